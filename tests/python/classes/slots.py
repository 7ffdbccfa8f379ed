# __slots__: accepted (Krait keeps slotted attributes on shapes and does not restrict them, which the data-model
# issue allows), so this program checks what slotted classes do, not the restriction.

class Slotted:
    __slots__ = ("a", "b")

    def __init__(self, a):
        self.a = a

s = Slotted(1)
s.b = 2
print(s.a, s.b)
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
print(lo.a, lo.c)

# __slots__ given as a single string.
class One:
    __slots__ = "only"
o = One()
o.only = "yes"
print(o.only)


# A slotted subclass of a slotted class adds its own slots.
class Point2(Slotted):
    __slots__ = ("c",)

q = Point2(1)
q.b, q.c = 2, 3
print(q.a, q.b, q.c)

# Slots coexist with methods, properties and class attributes.
class Vector:
    __slots__ = ("x", "y")
    dims = 2

    def __init__(self, x, y):
        self.x, self.y = x, y

    @property
    def length2(self):
        return self.x * self.x + self.y * self.y

    def scaled(self, k):
        return Vector(self.x * k, self.y * k)

v = Vector(3, 4).scaled(2)
print(v.x, v.y, v.length2, v.dims)
del v.x
print(hasattr(v, "x"), v.y)
