# The descriptor protocol behind methods and properties: user __get__/__set__/__delete__, __set_name__,
# data versus non-data descriptors, and functions as descriptors.

class Typed:
    def __init__(self, kind):
        self.kind = kind
        self.log = []

    def __set_name__(self, owner, name):
        self.name = name
        self.storage = "_" + name
        self.log.append("named " + owner.__name__ + "." + name)

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.storage)

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(self.name + " must be " + self.kind.__name__ + ", not " + type(value).__name__)
        setattr(obj, self.storage, value)

    def __delete__(self, obj):
        self.log.append("delete " + self.name)
        delattr(obj, self.storage)


class Person:
    name = Typed(str)
    age = Typed(int)

    def __init__(self, name, age):
        self.name = name
        self.age = age


p = Person("Ada", 36)
print(p.name, p.age, sorted(p.__dict__.items()))
print(type(Person.name).__name__, Person.age.name, Person.name.log)
try:
    p.age = "old"
except TypeError as e:
    print("TypeError:", e)
del p.age
print(hasattr(p, "_age"), Person.age.log)

# A non-data descriptor (only __get__) is shadowed by the instance dict; a data descriptor is not.
class Constant:
    def __init__(self, value):
        self.value = value

    def __get__(self, obj, objtype=None):
        return ("constant", self.value, obj is None, objtype.__name__)

class Holder:
    c = Constant(7)

h = Holder()
print(h.c, Holder.c)
h.c = "instance value"
print(h.c)
del h.c
print(h.c[0])

# A lazily computed attribute: the non-data descriptor stores into the instance, which then wins.
class Lazy:
    def __init__(self, func):
        self.func = func
        self.calls = 0

    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        self.calls += 1
        value = self.func(obj)
        obj.__dict__[self.name] = value
        return value

class Data:
    def __init__(self, n):
        self.n = n

    @Lazy
    def total(self):
        return sum(range(self.n))

d = Data(10)
print(d.total, d.total, d.total, Data.total.calls, "total" in d.__dict__)

# Functions are descriptors: __get__ makes bound methods.
class Greeter:
    def __init__(self, name):
        self.name = name

    def greet(self, greeting):
        return greeting + ", " + self.name

def shout(self):
    return self.name.upper()

g = Greeter("bob")
bound = Greeter.__dict__["greet"].__get__(g, Greeter)
print(bound("hi"), type(bound).__name__, bound.__self__ is g)
print(shout.__get__(g)(), Greeter.__dict__["greet"].__get__(None, Greeter) is Greeter.__dict__["greet"])

# staticmethod and classmethod objects are descriptors too.
class Tools:
    @staticmethod
    def double(x):
        return 2 * x

    @classmethod
    def name(cls):
        return cls.__name__

print(Tools.__dict__["double"].__get__(None, Tools)(21), Tools.__dict__["name"].__get__(None, Tools)())

# __set_name__ is called for every descriptor in the class body, in definition order.
class Recorder:
    order = []

    def __set_name__(self, owner, name):
        Recorder.order.append(name)

class Many:
    first = Recorder()
    second = Recorder()
    third = Recorder()

print(Recorder.order)

# A descriptor found on the class through inheritance.
class Base:
    kind = Constant("base")

class Derived(Base):
    pass

print(Derived().kind[1], Derived.kind[3])
