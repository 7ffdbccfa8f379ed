# @property with getter, setter and deleter; property() built by hand; read-only properties.

class Temperature:
    def __init__(self, celsius):
        self._celsius = celsius
        self.log = []

    @property
    def celsius(self):
        self.log.append("get")
        return self._celsius

    @celsius.setter
    def celsius(self, value):
        self.log.append("set " + str(value))
        if value < -273.15:
            raise ValueError("below absolute zero")
        self._celsius = value

    @celsius.deleter
    def celsius(self):
        self.log.append("del")
        del self._celsius

    @property
    def fahrenheit(self):
        return self.celsius * 9 / 5 + 32


t = Temperature(25)
print(t.celsius, t.fahrenheit)
t.celsius = 100
print(t.celsius, t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
del t.celsius
print(hasattr(t, "_celsius"))
print(t.log)

# Read-only property: assigning fails with AttributeError.
try:
    t.fahrenheit = 5
except AttributeError as e:
    print("AttributeError caught")

# The property object itself lives on the class.
prop = Temperature.__dict__["celsius"]
print(type(prop).__name__, isinstance(Temperature.celsius, property))
print(Temperature.celsius.fget.__name__, Temperature.celsius.fset.__name__, Temperature.celsius.fdel.__name__)
print(Temperature.fahrenheit.fset is None)

# property() as a function.
class Point:
    def __init__(self, x):
        self._x = x
    def get_x(self):
        return self._x
    def set_x(self, v):
        self._x = int(v)
    def del_x(self):
        self._x = None
    x = property(get_x, set_x, del_x, "the x coordinate")

p = Point(3)
print(p.x)
p.x = "42"
print(p.x, type(p.x).__name__)
del p.x
print(p.x)
print(Point.x.__doc__)

# A property computed from other attributes, overridden in a subclass.
class Rect:
    def __init__(self, w, h):
        self.w, self.h = w, h
    @property
    def area(self):
        return self.w * self.h
    @property
    def name(self):
        return "rect"

class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s)
    @property
    def name(self):
        return "square of " + super().name

shapes = [Rect(2, 3), Square(4)]
for s in shapes:
    print(s.name, s.area)

# Properties take precedence over the instance dict (data descriptors).
class Shadow:
    @property
    def v(self):
        return "property"
sh = Shadow()
sh.__dict__["v"] = "instance"
print(sh.v)

# A getter that raises AttributeError.
class Lazy:
    @property
    def value(self):
        raise AttributeError("not ready")
print(hasattr(Lazy(), "value"), getattr(Lazy(), "value", "fallback"))

# Setter chain via property.setter produces a new property object.
class Chain:
    @property
    def a(self):
        return 1
    first = a
    @a.setter
    def a(self, v):
        pass
print(Chain.first is Chain.a, Chain.first.fset is None, Chain.a.fset is not None)
