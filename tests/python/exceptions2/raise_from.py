# raise X from Y, implicit chaining, __cause__/__context__/__suppress_context__, raise ... from None.

def explicit():
    try:
        {}["missing"]
    except KeyError as e:
        raise ValueError("bad config") from e

try:
    explicit()
except ValueError as e:
    print(repr(e), repr(e.__cause__), repr(e.__context__), e.__suppress_context__)
    print(e.__cause__ is e.__context__)

def implicit():
    try:
        1 / 0
    except ZeroDivisionError:
        raise RuntimeError("while dividing")

try:
    implicit()
except RuntimeError as e:
    print(repr(e), e.__cause__, repr(e.__context__), e.__suppress_context__)

def suppressed():
    try:
        [][0]
    except IndexError:
        raise LookupError("clean") from None

try:
    suppressed()
except LookupError as e:
    print(repr(e), e.__cause__, repr(e.__context__), e.__suppress_context__)

# from a class (instantiated), from an unrelated exception instance.
try:
    raise TypeError("t") from ValueError
except TypeError as e:
    print(repr(e.__cause__), e.__context__)

try:
    raise TypeError("t2") from KeyError("k")
except TypeError as e:
    print(repr(e.__cause__), e.__context__, e.__suppress_context__)

# from something that is not an exception.
try:
    raise TypeError("t3") from 5
except TypeError as e:
    print("TypeError:", e)

# Fresh exceptions have no chain.
e = ValueError("plain")
print(e.__cause__, e.__context__, e.__suppress_context__)

# Chains of three.
def three():
    try:
        try:
            raise KeyError("first")
        except KeyError:
            raise IndexError("second")
    except IndexError:
        raise ValueError("third")
try:
    three()
except ValueError as e:
    chain = []
    cur = e
    while cur is not None:
        chain.append(type(cur).__name__)
        cur = cur.__context__
    print(" <- ".join(chain))

# Setting __cause__ by hand.
err = RuntimeError("manual")
err.__cause__ = OSError("os")
print(repr(err.__cause__), err.__suppress_context__)

# An exception raised in finally gets the pending exception as context.
try:
    try:
        raise KeyError("pending")
    finally:
        raise ValueError("from finally")
except ValueError as e:
    print(repr(e), repr(e.__context__))

# Re-raising the same exception does not chain it to itself.
try:
    try:
        raise KeyError("same")
    except KeyError as inner:
        raise inner
except KeyError as e:
    print(repr(e), e.__context__)

# A handled exception inside a handler does not leak into the context of later raises.
try:
    try:
        raise KeyError("outer")
    except KeyError:
        try:
            raise IndexError("inner handled")
        except IndexError:
            pass
        raise ValueError("after inner")
except ValueError as e:
    print(repr(e), repr(e.__context__))

# No context when raised outside any handler.
try:
    raise ValueError("solo")
except ValueError as e:
    print(e.__context__)
