"""Metaclasses: creation hooks, class-level protocols, __call__, and the module docstring."""

class Registry(type):
    classes = []

    def __new__(mcs, name, bases, namespace):
        namespace["registered_as"] = name.upper()
        cls = super().__new__(mcs, name, bases, namespace)
        Registry.classes.append(name)
        return cls

    def __iter__(cls):
        return iter(cls.items)

    def __len__(cls):
        return len(cls.items)

    def __getitem__(cls, key):
        return cls.items[key]

    def describe(cls):
        return "class " + cls.__name__

class Base(metaclass=Registry):
    items = [1, 2, 3]

class Child(Base):
    items = ["a", "b"]

print(Registry.classes, Base.registered_as, Child.registered_as)
print(list(Base), len(Child), Child[1], Base.describe(), Child.describe())
print(type(Child).__name__, Child.__class__ is Registry, isinstance(Child, Registry), isinstance(Child, type))

class Singleton(type):
    instances = {}

    def __call__(cls, *args, **kwargs):
        if cls not in Singleton.instances:
            Singleton.instances[cls] = super().__call__(*args, **kwargs)
        return Singleton.instances[cls]

class Config(metaclass=Singleton):
    def __init__(self, value=1):
        self.value = value

print(Config(5) is Config(7), Config().value)

Point = type("Point", (object,), {"x": 3, "norm": lambda self: self.x * 2})
print(Point().norm(), Point.__name__, type(Point) is type)
print(__doc__)
