# e.args, str(e) and repr(e) for builtin exceptions with zero, one and several arguments.

cases = [
    Exception(),
    Exception("message"),
    Exception("a", "b"),
    Exception(1, 2, 3),
    Exception(None),
    Exception(""),
    Exception(("tuple",)),
    Exception(["list"]),
    ValueError("bad value"),
    ValueError(3.5),
    TypeError("wrong", "type"),
    KeyError("key"),
    KeyError(1),
    KeyError(),
    KeyError("a", "b"),
    IndexError("index"),
    AttributeError("attr"),
    RuntimeError(),
    StopIteration(),
    StopIteration(42),
    StopIteration(1, 2),
    ZeroDivisionError("zero"),
    NotImplementedError(),
    AssertionError("x == y"),
    SystemExit(3),
    BaseException("base"),
]
for e in cases:
    print(type(e).__name__, "|", e.args, "|", str(e), "|", repr(e))

# KeyError's str is the repr of its single argument.
print(str(KeyError("quoted")), str(KeyError("it's")), str(KeyError('say "hi"')))

# StopIteration.value and SystemExit.code.
print(StopIteration().value, StopIteration(7).value, StopIteration(1, 2).value)
print(SystemExit().code, SystemExit(2).code, SystemExit("msg").code, SystemExit(1, 2).code)

# args is always a tuple, even when set.
e = ValueError("x")
e.args = ["converted"]
print(e.args, type(e.args).__name__, str(e))

# Exceptions raised by the runtime carry their message as args[0].
def args_of(f):
    try:
        f()
    except Exception as e:
        return e.args
print(args_of(lambda: 1 / 0))
print(args_of(lambda: [1][5]))
print(args_of(lambda: {"a": 1}["b"]))
print(args_of(lambda: int("q")))
print(args_of(lambda: undefined))

# Exceptions in f-strings and formatting.
err = ValueError("formatted")
print(f"{err}", f"{err!r}", "%s" % err, "{}".format(err))

# Exceptions with keyword arguments are rejected for builtin exception classes.
try:
    ValueError(message="x")
except TypeError as e:
    print("TypeError:", e)

# Attributes can be added to exception instances.
e = RuntimeError("r")
e.extra = [1, 2]
print(e.extra, e)

# Equality of exceptions is identity.
a, b = ValueError("same"), ValueError("same")
print(a == b, a == a, a.args == b.args)
