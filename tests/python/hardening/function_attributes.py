# Found by FuzzTest: assigning a function's special attributes checks the type, as CPython does.
def f(a=1):
    return a

for name, value in (("__name__", f), ("__qualname__", 3), ("__defaults__", [2]), ("__name__", None)):
    try:
        setattr(f, name, value)
    except TypeError as e:
        print(name, "TypeError:", e)

f.__name__ = "g"
f.__qualname__ = "outer.g"
f.__defaults__ = (5,)
print(f.__name__, f.__qualname__, f())
f.__defaults__ = None
try:
    f()
except TypeError as e:
    print("TypeError:", e)
