# Reading __dict__ of instances and classes, __slots__, isinstance/issubclass with tuples.

class Point:
    dims = 2

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm1(self):
        return abs(self.x) + abs(self.y)

p = Point(3, -4)
print(p.__dict__)
p.z = 5
print(sorted(p.__dict__.items()))
print("dims" in p.__dict__, "dims" in Point.__dict__, "norm1" in Point.__dict__)
print(sorted(k for k in Point.__dict__ if not k.startswith("__")))
print(Point.__dict__["dims"])

# Writing through __dict__ is visible as attributes.
p.__dict__["w"] = 9
print(p.w)
del p.__dict__["z"]
print(hasattr(p, "z"))

# vars() is the same mapping.
print(vars(p) is p.__dict__, sorted(vars(p)))

# Insertion order of instance attributes is kept.
class Ordered:
    def __init__(self):
        self.c = 3
        self.a = 1
        self.b = 2
print(list(Ordered().__dict__))

# __slots__ is accepted and restricts attributes.
class Slotted:
    __slots__ = ("a", "b")

    def __init__(self, a):
        self.a = a

s = Slotted(1)
s.b = 2
print(s.a, s.b)
try:
    s.c = 3
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(s, "__dict__"))
print(Slotted.__slots__)

# An unset slot raises AttributeError.
t = Slotted(10)
try:
    print(t.b)
except AttributeError as e:
    print("AttributeError:", e)

# Subclass without __slots__ gets a __dict__ again.
class Loose(Slotted):
    pass
lo = Loose(1)
lo.c = 3
print(lo.a, lo.c, lo.__dict__)

# __slots__ given as a single string.
class One:
    __slots__ = "only"
o = One()
o.only = "yes"
print(o.only)

# isinstance and issubclass with tuples and nesting.
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

# Class-level __dict__ includes functions and the class docstring.
class Doc:
    "doc here"
    def f(self):
        pass
print(Doc.__dict__["__doc__"], type(Doc.__dict__["f"]).__name__, Doc.__dict__["__module__"])

# type() with three arguments builds a class.
Dyn = type("Dyn", (A,), {"v": 7, "get": lambda self: self.v * 2})
d = Dyn()
print(Dyn.__name__, d.v, d.get(), isinstance(d, A), [c.__name__ for c in Dyn.__mro__])
