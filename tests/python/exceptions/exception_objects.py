errors = [ValueError("bad"), ValueError("a", 1), ValueError(), KeyError("k"), KeyError("a", "b"),
          IndexError(3), Exception("x"), RuntimeError(None), ZeroDivisionError("custom")]
for e in errors:
    print(repr(e), "|", str(e), "|", e.args)
try:
    raise TypeError("message", 42)
except TypeError as e:
    print(e.args[1], len(e.args), str(e))
print(isinstance(ValueError(), Exception), isinstance(KeyError(), LookupError))
print(type(ValueError("v")), type(ValueError("v")) is ValueError)
