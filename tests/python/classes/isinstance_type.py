# isinstance/issubclass with classes and tuples, type() with one and three arguments, __class__ and __base__.

class A: pass
class B(A): pass
class C: pass
b = B()
print(isinstance(b, (C, A)), isinstance(b, (C, (int, B))), isinstance(b, ()))
print(issubclass(B, (C, A)), issubclass(B, B), issubclass(A, B), issubclass(bool, (str, int)))
print(isinstance(3, (str, float)), isinstance(True, int), isinstance(A, type), isinstance(A(), type))
try:
    issubclass(b, A)
except TypeError as e:
    print("TypeError:", e)
try:
    isinstance(b, "A")
except TypeError as e:
    print("TypeError:", e)

# type() with one argument, and the class of builtins.
print(type(1).__name__, type("s").__name__, type([]).__name__, type(None).__name__, type(type).__name__)
print(type(b) is B, type(b) is A, B.__base__ is A, A.__base__ is object)

# __class__ can be read on anything.
print((1).__class__.__name__, "x".__class__.__name__, b.__class__.__name__, B.__class__.__name__)

# type() with three arguments builds a class.
Dyn = type("Dyn", (A,), {"v": 7, "get": lambda self: self.v * 2})
d = Dyn()
print(Dyn.__name__, d.v, d.get(), isinstance(d, A), [c.__name__ for c in Dyn.__mro__])
