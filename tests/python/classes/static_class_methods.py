# @staticmethod and @classmethod on classes, instances and subclasses.

class Money:
    rate = 100
    count = 0

    def __init__(self, cents):
        self.cents = cents
        Money.count += 1

    @classmethod
    def from_units(cls, units):
        return cls(units * cls.rate)

    @classmethod
    def kind(cls):
        return cls.__name__

    @staticmethod
    def fmt(cents):
        return str(cents // 100) + "." + str(cents % 100).rjust(2, "0")

    def show(self):
        return self.fmt(self.cents) + " " + self.kind()


class Euro(Money):
    rate = 100

class Yen(Money):
    rate = 1

    @staticmethod
    def fmt(cents):
        return str(cents) + "Y"


print(Money.from_units(3).show())
print(Euro.from_units(2).show())
print(Yen.from_units(500).show())
print(type(Yen.from_units(1)).__name__)
print(Money.fmt(1234), Money(5).fmt(7))
print(Money(1).kind(), Euro(1).kind(), Yen.kind())
print(Money.count)

# The descriptors seen through __dict__.
print(type(Money.__dict__["from_units"]).__name__, type(Money.__dict__["fmt"]).__name__)
print(type(Money.from_units).__name__, type(Money.fmt).__name__)
print(Money.from_units.__self__ is Money, Euro.from_units.__self__ is Euro)

# staticmethod/classmethod applied by calling, not as decorators.
class Tools:
    def add(a, b):
        return a + b
    add = staticmethod(add)

    def make(cls):
        return cls.__name__ + "!"
    make = classmethod(make)

print(Tools.add(2, 3), Tools().add(4, 5), Tools.make(), Tools().make())

# A static method is just the function.
def plain(x):
    return x + 1
class Holder:
    f = staticmethod(plain)
print(Holder.f is plain, Holder().f(1))

# classmethods that build registries on the class.
class Registry:
    items = None

    @classmethod
    def register(cls, item):
        if cls.items is None:
            cls.items = []
        cls.items.append(item)
        return cls

class RA(Registry):
    pass
class RB(Registry):
    pass

RA.register("a1").register("a2")
RB.register("b1")
print(RA.items, RB.items, Registry.items)

# Alternative constructors in a chain.
class Date:
    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d

    @classmethod
    def parse(cls, text):
        parts = [int(p) for p in text.split("-")]
        return cls(*parts)

    @classmethod
    def first_of(cls, y, m):
        return cls.parse(str(y) + "-" + str(m) + "-1")

    def __repr__(self):
        return type(self).__name__ + "(" + str(self.y) + ", " + str(self.m) + ", " + str(self.d) + ")"

class Holiday(Date):
    pass

print(Date.parse("2024-3-15"), Holiday.first_of(2023, 12))
