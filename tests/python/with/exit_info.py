# The exception information passed to __exit__: type, value, traceback; and None triples on success.

class Inspect:
    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, tb):
        self.type = exc_type
        self.value = exc_value
        self.tb = tb
        print("  exit:", exc_type.__name__ if exc_type else None, repr(exc_value),
              "tb is None" if tb is None else "tb present", type(tb).__name__)
        return True

with Inspect() as i:
    pass
print(i.type, i.value, i.tb)

with Inspect() as i:
    raise ValueError("boom")
print(i.type is ValueError, isinstance(i.value, ValueError), i.value.args)

# The value is the exception instance even when a class was raised.
with Inspect() as i:
    raise KeyError
print(type(i.value).__name__, i.value.args)

# Runtime errors arrive the same way.
with Inspect() as i:
    {}["nope"]
print(repr(i.value))

with Inspect() as i:
    undefined_variable
print(i.type.__name__, i.value)

# __exit__ with *args and default parameters.
class Star:
    def __enter__(self):
        return "entered"
    def __exit__(self, *args):
        print("  args:", len(args), [a is None for a in args], type(args[1]).__name__)
        return True
with Star() as s:
    raise TypeError("star")
with Star() as s:
    print("  body", s)

# __exit__ can inspect the chained context of the exception.
with Inspect() as i:
    try:
        raise KeyError("first")
    except KeyError:
        raise ValueError("second")
print(repr(i.value), repr(i.value.__context__))

# Exceptions raised from a function called in the body carry through.
def deep(n):
    if n == 0:
        raise ArithmeticError("deep")
    deep(n - 1)
with Inspect() as i:
    deep(3)
print(i.value)

# Exit information when the exception is raised from within another with.
class Outer:
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        print("  outer got", t.__name__ if t else None, v)
        return False
try:
    with Outer():
        with Outer():
            raise LookupError("inner")
except LookupError:
    print("propagated to caller")

# BaseException subclasses that are not Exceptions also go through __exit__.
with Inspect() as i:
    raise SystemExit(7)
print(i.value.code)
with Inspect() as i:
    raise GeneratorExit
print(i.type.__name__)

# The traceback object knows its line.
with Inspect() as i:
    x = 1
    raise IndexError("line check")
print(i.tb.tb_lineno)
