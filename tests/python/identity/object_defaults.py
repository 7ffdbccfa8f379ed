# object's defaults: __eq__ by identity, __hash__ by identity, __ne__ derived, __repr__ shape, and object() itself.

class Thing:
    def __init__(self, n):
        self.n = n

t1, t2 = Thing(1), Thing(1)
print(t1 == t2, t1 != t2, t1 == t1, t1 != t1)
print(hash(t1) == hash(t1), isinstance(hash(t1), int))
print(len({t1, t2, t1}), len({t1: 1, t2: 2}))

# object() instances.
o1, o2 = object(), object()
print(o1 == o2, o1 is o2, o1 == o1, type(o1).__name__, type(o1) is object)
try:
    o1.attr = 1
except AttributeError as e:
    print("AttributeError:", e)

# Default repr has the shape <__main__.Thing object at 0x...>; check the shape, not the address.
r = repr(t1)
print(r.startswith("<__main__.Thing object at 0x"), r.endswith(">"), str(t1) == r)
print(repr(object()).startswith("<object object at 0x"))

# The methods exist on object and can be called explicitly.
print(object.__eq__(t1, t1), object.__eq__(t1, t2), object.__ne__(t1, t2))
print(object.__hash__(t1) == hash(t1), object.__repr__(t1) == repr(t1), object.__str__(t1) == str(t1))
print(t1.__eq__(t2), t1.__eq__(t1), t1.__ne__(t2))

# Rich comparisons other than == and != are not provided.
print(t1.__lt__(t2), object.__lt__(t1, t2))
try:
    t1 < t2
except TypeError as e:
    print("TypeError:", e)
try:
    t1 >= t2
except TypeError as e:
    print("TypeError:", e)

# __class__, __dict__, __module__ and __doc__ defaults.
print(t1.__class__ is Thing, t1.__dict__, Thing.__module__, Thing.__doc__)

# Overriding __eq__ in a subclass while keeping __hash__ explicitly.
class Named(Thing):
    def __eq__(self, other):
        return isinstance(other, Named) and self.n == other.n
    __hash__ = Thing.__hash__
a, b = Named(5), Named(5)
print(a == b, a is b, len({a, b}), hash(a) == object.__hash__(a))

# Calling object's __init__ and __new__ directly.
raw = object.__new__(Thing)
print(type(raw).__name__, hasattr(raw, "n"))
object.__init__(raw)
try:
    object.__init__(raw, 1)
except TypeError as e:
    print("TypeError:", e)
try:
    object(1)
except TypeError as e:
    print("TypeError:", e)

# object is at the root of every class's MRO.
print(Thing.__mro__[-1] is object, int.__mro__[-1] is object, issubclass(type, object), isinstance(type, object))
print(isinstance(object, type), isinstance(None, object), isinstance(Thing, object))

# dir() of a fresh instance contains the object methods.
names = dir(t1)
print(all(n in names for n in ("__eq__", "__hash__", "__repr__", "__init__", "__class__", "n")))
