# dataclasses: frozen, order, unsafe_hash, kw_only, InitVar, __post_init__, inheritance, make_dataclass.
from dataclasses import dataclass, field, FrozenInstanceError, KW_ONLY, InitVar, make_dataclass, fields


@dataclass(frozen=True)
class Coordinate:
    lat: float
    lon: float = 0.0


c = Coordinate(51.5, -0.1)
try:
    c.lat = 0
except FrozenInstanceError as e:
    print(type(e).__name__, e)
print(c, hash(c) == hash((51.5, -0.1)), {c: "london"}[Coordinate(51.5, -0.1)], len({c, Coordinate(51.5, -0.1)}))


@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    label: str = field(default="", compare=False)


vs = [Version(1, 2, "b"), Version(0, 9), Version(1, 2, "a"), Version(1, 0)]
print(sorted(vs), max(vs), Version(1) < Version(1, 1), Version(2) >= Version(1, 9), Version(1, 2, "x") == Version(1, 2, "y"))
try:
    Version(1) < (1, 0)
except TypeError as e:
    print(e)


@dataclass
class Options:
    name: str
    _: KW_ONLY
    verbose: bool = False
    level: int = 1


print(Options("x"), Options("y", level=3, verbose=True), Options.__match_args__)
try:
    Options("z", True)
except TypeError as e:
    print(e)


@dataclass
class Rectangle:
    width: float
    height: float
    area: float = field(init=False)
    scale: InitVar[float] = 1.0

    def __post_init__(self, scale):
        self.width *= scale
        self.height *= scale
        self.area = self.width * self.height


print(Rectangle(2, 3), Rectangle(2, 3, 2.0), [f.name for f in fields(Rectangle)])


@dataclass
class Animal:
    name: str
    sound: str = "..."

    def speak(self):
        return f"{self.name} says {self.sound}"


@dataclass
class Dog(Animal):
    sound: str = "woof"
    tricks: list = field(default_factory=list)


d = Dog("rex", tricks=["sit"])
print(d, d.speak(), Animal("cat").speak(), isinstance(d, Animal))


@dataclass(unsafe_hash=True)
class Key:
    a: int
    b: str


@dataclass(eq=False)
class Identity:
    v: int


print(hash(Key(1, "x")) == hash((1, "x")), Identity(1) == Identity(1), Identity(1) != Identity(1))
Pair = make_dataclass("Pair", [("left", int), ("right", int, field(default=0))])
print(Pair(1), Pair(1, 2).right, fields(Pair)[0].name)


@dataclass(repr=False)
class Quiet:
    v: int

    def __repr__(self):
        return f"<quiet {self.v}>"


print(Quiet(5))
try:
    @dataclass(order=True, eq=False)
    class Wrong:
        v: int
except ValueError as e:
    print(e)
