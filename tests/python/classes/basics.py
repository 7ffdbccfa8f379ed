# Class statements, class attributes versus instance attributes, bound methods, type() and names.

class Counter:
    """Counts things."""
    kind = "counter"
    instances = 0

    def __init__(self, start=0):
        self.value = start
        Counter.instances += 1

    def increment(self, by=1):
        self.value += by
        return self

    def get(self):
        return self.value


a = Counter()
b = Counter(10)
print(a.value, b.value, Counter.instances)
a.increment().increment(5)
print(a.get(), b.get())
print(a.kind, b.kind, Counter.kind)

# Assigning on the instance shadows the class attribute for that instance only.
a.kind = "mine"
print(a.kind, b.kind, Counter.kind)
Counter.kind = "changed"
print(a.kind, b.kind, Counter.kind)
del a.kind
print(a.kind)

# Class attributes that are mutable are shared.
class Bag:
    items = []

    def add(self, x):
        self.items.append(x)

x, y = Bag(), Bag()
x.add(1)
y.add(2)
print(Bag.items, x.items is y.items)

# Bound methods: remember the instance, compare equal when same function and instance.
m = b.increment
print(type(m).__name__)
m(3)
print(b.value)
print(m.__self__ is b, m.__func__ is Counter.increment)
print(b.increment == b.increment, a.increment == b.increment)
unbound = Counter.get
print(type(unbound).__name__, unbound(b))
methods = [c.get for c in (a, b)]
print([f() for f in methods])

# Names and types.
print(Counter.__name__, Counter.__qualname__, type(a).__name__)
print(type(a) is Counter, a.__class__ is Counter, type(Counter) is type)
print(Counter.__doc__)
print(type(Counter.__dict__["increment"]).__name__)
print(Counter.__module__)

# A class with no body other than pass.
class Empty:
    pass

e = Empty()
e.anything = 42
e.other = "x"
print(e.anything, e.other)
print(isinstance(e, Empty), isinstance(e, object), isinstance(Empty, type))
print(Empty.__bases__ == (object,), Counter.__bases__[0] is object)

# Functions stored on instances are not bound.
def free(v):
    return v * 2

e.f = free
print(e.f(21))

# Methods can be added to the class after creation.
def describe(self):
    return "Counter at " + str(self.value)

Counter.describe = describe
print(a.describe(), b.describe())

# Attribute functions: getattr/setattr/hasattr/delattr.
print(getattr(a, "value"), getattr(a, "missing", "default"))
setattr(a, "extra", [1, 2])
print(hasattr(a, "extra"), hasattr(a, "nope"))
delattr(a, "extra")
print(hasattr(a, "extra"))

# Instances of the same class are distinct objects.
c1, c2 = Counter(1), Counter(1)
print(c1 is c2, c1 == c2, c1 != c2, c1 is c1, c1 == c1)
