# Bare raise: re-raises the exception being handled, keeps its identity, works from nested functions.

def reraise():
    try:
        raise ValueError("original")
    except ValueError:
        raise

try:
    reraise()
except ValueError as e:
    print("re-raised:", e)

# The re-raised object is the same one.
saved = None
try:
    try:
        raise KeyError("k")
    except KeyError as e:
        saved = e
        raise
except KeyError as e2:
    print(e2 is saved)

# Bare raise in a helper called from a handler re-raises the handled exception.
def helper():
    raise

try:
    try:
        raise IndexError("from helper")
    except IndexError:
        helper()
except IndexError as e:
    print("helper re-raised:", e)

# Bare raise with no active exception.
try:
    raise
except RuntimeError as e:
    print("RuntimeError:", e)

# After a handler completes, there is no active exception again.
try:
    raise ValueError("done")
except ValueError:
    pass
try:
    raise
except RuntimeError as e:
    print("RuntimeError again:", e)

# Nested handlers: bare raise refers to the innermost exception being handled.
try:
    try:
        raise KeyError("outer")
    except KeyError:
        try:
            raise ValueError("inner")
        except ValueError:
            pass
        raise  # outer again
except Exception as e:
    print("after nested:", type(e).__name__, e)

try:
    try:
        raise KeyError("outer")
    except KeyError:
        try:
            raise ValueError("inner")
        except ValueError:
            raise
except Exception as e:
    print("inner re-raised:", type(e).__name__, e, type(e.__context__).__name__)

# Conditional re-raise.
def handle(exc):
    try:
        raise exc
    except LookupError as e:
        if isinstance(e, KeyError):
            return "handled KeyError"
        raise
for exc in (KeyError("a"), IndexError("b")):
    try:
        print(handle(exc))
    except IndexError as e:
        print("propagated:", repr(e))

# Bare raise in finally-less except inside a loop.
attempts = 0
def flaky():
    global attempts
    attempts += 1
    if attempts < 3:
        raise ConnectionError("try again " + str(attempts))
    return "ok after " + str(attempts)
def retry(n):
    for i in range(n):
        try:
            return flaky()
        except ConnectionError as e:
            print("  retry:", e)
            if i == n - 1:
                raise
print(retry(5))
attempts = -10
try:
    retry(2)
except ConnectionError as e:
    print("gave up:", e)

# Re-raising with a new traceback-less exception instance in the handler.
try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise e
except ZeroDivisionError as e:
    print("raise e:", e, e.__context__)
