# Class decorators and nested classes.

registry = {}

def register(cls):
    registry[cls.__name__] = cls
    return cls

def add_greeting(greeting):
    def decorate(cls):
        def greet(self):
            return greeting + ", " + self.name
        cls.greet = greet
        return cls
    return decorate

def replace_with_factory(cls):
    def factory(*args):
        obj = cls(*args)
        obj.made_by_factory = True
        return obj
    factory.wrapped = cls
    return factory

@register
@add_greeting("Hello")
class Person:
    def __init__(self, name):
        self.name = name

@register
class Robot:
    def __init__(self, name):
        self.name = name

print(sorted(registry))
print(Person("Ann").greet())
print(registry["Robot"]("R2").name)

@replace_with_factory
class Widget:
    def __init__(self, size):
        self.size = size

w = Widget(3)
print(type(Widget).__name__, w.size, w.made_by_factory, type(w).__name__, Widget.wrapped.__name__)

# Decorator order: the innermost applies first.
order = []
def mark(label):
    def deco(cls):
        order.append(label)
        cls.labels = getattr(cls, "labels", ()) + (label,)
        return cls
    return deco

@mark("outer")
@mark("middle")
@mark("inner")
class Marked:
    pass
print(order, Marked.labels)

# Nested classes.
class Outer:
    class Inner:
        value = 1
        class Deepest:
            value = 2

        def get(self):
            return self.value

    def make_inner(self):
        return self.Inner()

print(Outer.Inner.value, Outer.Inner.Deepest.value)
print(Outer().make_inner().get())
print(Outer.Inner.__name__, Outer.Inner.__qualname__, Outer.Inner.Deepest.__qualname__)

# Classes defined inside functions capture the function's locals.
def make_class(base_value):
    class Local:
        value = base_value

        def doubled(self):
            return self.value * 2

        def closure_value(self):
            return base_value
    return Local

L5 = make_class(5)
L7 = make_class(7)
print(L5().doubled(), L7().doubled(), L5 is L7, L5.__qualname__)
print(L5().closure_value(), L7().closure_value())

# Classes created in a loop are distinct.
classes = []
for i in range(3):
    class Numbered:
        n = i
    classes.append(Numbered)
print([c.n for c in classes], classes[0] is classes[1])

# A decorator returning a subclass.
def with_repr(cls):
    class Wrapped(cls):
        def __repr__(self):
            return "<" + cls.__name__ + " " + str(self.__dict__) + ">"
    Wrapped.__name__ = cls.__name__
    return Wrapped

@with_repr
class Pair:
    def __init__(self, a, b):
        self.a = a
        self.b = b

print(repr(Pair(1, 2)), Pair.__name__, Pair.__mro__[1].__name__)

# Methods referring to a nested class through the outer class name.
class Tree:
    class Node:
        def __init__(self, v, kids=()):
            self.v = v
            self.kids = list(kids)

    def __init__(self):
        self.root = Tree.Node(1, [Tree.Node(2), Tree.Node(3, [Tree.Node(4)])])

    def total(self, node=None):
        node = node or self.root
        return node.v + sum(self.total(k) for k in node.kids)

print(Tree().total())
