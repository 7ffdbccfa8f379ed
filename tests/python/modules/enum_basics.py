# enum.Enum: members, lookup, iteration, aliases, methods and errors.
from enum import Enum, auto, unique


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1

    def describe(self):
        return f"{self.name.lower()} ({self.value})"

    @property
    def is_warm(self):
        return self is Color.RED

    @classmethod
    def default(cls):
        return cls.GREEN


print(Color.RED, repr(Color.GREEN), Color.BLUE.name, Color.BLUE.value, Color(3), Color["GREEN"], Color.CRIMSON)
print(list(Color), len(Color), [c.name for c in reversed(Color)], Color.RED in Color, Color.CRIMSON is Color.RED)
print(Color.__members__, repr(Color), type(Color.RED), isinstance(Color.RED, Color))
print(Color.RED.describe(), Color.RED.is_warm, Color.BLUE.is_warm, Color.default())
print(f"{Color.RED}", f"[{Color.RED:>12}]", str(Color.GREEN), Color.RED == 1, Color.RED != Color.BLUE)
print({Color.RED: "stop", Color.GREEN: "go"}[Color(1)], sorted(Color, key=lambda c: -c.value))


class Status(Enum):
    PENDING = auto()
    ACTIVE = auto()
    DONE = auto()


print(list(Status), Status.DONE.value)


class Direction(Enum):
    NORTH = "N"
    SOUTH = "S"

    @property
    def opposite(self):
        return Direction.SOUTH if self is Direction.NORTH else Direction.NORTH


print(Direction("N").opposite, Direction.SOUTH.opposite.value)
Animal = Enum("Animal", "ANT BEE CAT")
print(list(Animal), Animal.CAT.value, repr(Animal))
Planet = Enum("Planet", [("MERCURY", 1), ("VENUS", 2)])
print(Planet(2), Planet.MERCURY.value)


class Mood(Enum):
    HAPPY = 1
    SAD = 2

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            return cls[value.upper()]
        return None


print(Mood("happy"), Mood(2))
for bad in [lambda: Color(7), lambda: Color["PURPLE"], lambda: Mood(3)]:
    try:
        bad()
    except (ValueError, KeyError) as e:
        print(type(e).__name__, e)
try:
    class More(Color):
        WHITE = 9
except TypeError as e:
    print(e)
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print(e)
