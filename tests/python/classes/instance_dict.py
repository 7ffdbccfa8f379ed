# Instance and class __dict__: reading, writing through it, vars(), the __dict__.update idiom, reading a class __dict__.

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

# Class-level __dict__ includes functions and the class docstring.
class Doc:
    "doc here"
    def f(self):
        pass
print(Doc.__dict__["__doc__"], type(Doc.__dict__["f"]).__name__, Doc.__dict__["__module__"])

# The __dict__.update idiom for keyword constructors.
class Record:
    def __init__(self, **fields):
        self.__dict__.update(fields)

rec = Record(name="ada", year=1815)
print(rec.name, rec.year, sorted(vars(rec).items()))
rec.__dict__.clear()
print(hasattr(rec, "name"), rec.__dict__)

# An instance's __dict__ is the same object each time.
print(rec.__dict__ is rec.__dict__)

# A class's __dict__ lists the class attributes (Krait returns a dict copy, not a read-only mappingproxy).
print("dims" in Point.__dict__, len(Point.__dict__) > 3)
Point.dims = 3
print(Point.__dict__["dims"], p.dims)
