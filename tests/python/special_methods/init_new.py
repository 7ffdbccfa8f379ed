# __new__ and __init__: order, arguments, __new__ returning other objects, singletons, immutable-style classes.

log = []

class Traced:
    def __new__(cls, *args, **kwargs):
        log.append("new " + cls.__name__ + " " + str(args) + " " + str(sorted(kwargs.items())))
        instance = super().__new__(cls)
        instance.created = True
        return instance

    def __init__(self, a, b=2):
        log.append("init " + str(a) + " " + str(b))
        self.a = a
        self.b = b

t = Traced(1, b=5)
print(log)
print(t.created, t.a, t.b, type(t).__name__)

# __init__ is skipped when __new__ returns an object that is not an instance of the class.
class Weird:
    def __new__(cls, value):
        if value < 0:
            return "negative"
        return super().__new__(cls)

    def __init__(self, value):
        print("Weird.__init__", value)
        self.value = value

print(Weird(-1))
w = Weird(3)
print(w.value)

# __new__ returning an instance of a subclass still runs its __init__.
class Shape:
    def __new__(cls, sides):
        if cls is Shape:
            cls = Triangle if sides == 3 else Square
        return super().__new__(cls)

    def __init__(self, sides):
        self.sides = sides

class Triangle(Shape):
    pass

class Square(Shape):
    pass

for n in (3, 4):
    s = Shape(n)
    print(type(s).__name__, s.sides)

# A singleton.
class Single:
    _instance = None
    inits = 0

    def __new__(cls):
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __init__(self):
        Single.inits += 1

print(Single() is Single(), Single.inits)

# __init__ must return None.
class BadInit:
    def __init__(self):
        return 5
try:
    BadInit()
except TypeError as e:
    print("TypeError:", e)

# Calling __init__ again re-initialises.
class Re:
    def __init__(self, v):
        self.v = v
r = Re(1)
r.__init__(2)
print(r.v)

# object.__new__ directly, then __init__ by hand.
raw = object.__new__(Re)
print(hasattr(raw, "v"))
Re.__init__(raw, 9)
print(raw.v)

# Inherited __init__ and __new__.
class Base:
    def __init__(self, *parts):
        self.parts = parts
class Child(Base):
    pass
print(Child(1, 2, 3).parts)

# __new__ with keyword-only arguments.
class Kw:
    def __new__(cls, *, name):
        obj = super().__new__(cls)
        obj.name = name.upper()
        return obj
print(Kw(name="abc").name)

# Counting instances through __new__ and class attributes per subclass.
class Counted:
    count = 0
    def __new__(cls):
        cls.count += 1
        return super().__new__(cls)
class CountedA(Counted):
    pass
Counted(); CountedA(); CountedA()
print(Counted.count, CountedA.count)
