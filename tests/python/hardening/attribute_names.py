# Found by FuzzTest: attribute names given to object's attribute methods must be str, as in CPython.
class C:
    pass

c = C()
for call in (lambda: object.__setattr__(c, None, 1), lambda: object.__getattribute__(c, 3),
             lambda: object.__delattr__(c, b"x"), lambda: setattr(c, 1.5, 0), lambda: getattr(c, None),
             lambda: delattr(c, 7), lambda: hasattr(c, [])):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
object.__setattr__(c, "x", 1)
print(object.__getattribute__(c, "x"))
object.__delattr__(c, "x")
print(hasattr(c, "x"))
