# enum: IntEnum, StrEnum, Flag, IntFlag, member __init__.
from enum import IntEnum, StrEnum, Flag, IntFlag, Enum, auto


class Priority(IntEnum):
    LOW = 1
    MEDIUM = 2
    HIGH = 3


print(Priority.LOW, repr(Priority.HIGH), str(Priority.MEDIUM), f"{Priority.HIGH}", f"{Priority.HIGH:03}")
print(Priority.LOW + 1, Priority.HIGH * 2, Priority.LOW < Priority.HIGH, Priority.MEDIUM == 2, Priority(3), int(Priority.HIGH))
print(sorted([Priority.HIGH, Priority.LOW]), ["a", "b", "c", "d"][Priority.HIGH], max(Priority), Priority.HIGH > 2)


class Perm(Flag):
    R = 4
    W = 2
    X = 1


rw = Perm.R | Perm.W
print(rw, repr(rw), Perm.R in rw, Perm.X in rw, Perm(7), repr(Perm(0)), bool(Perm(0)), list(Perm))
print(~Perm.R, rw & Perm.W, rw ^ Perm.R, list(rw), len(rw), Perm.R | Perm.R)


class Style(Flag):
    BOLD = auto()
    ITALIC = auto()
    UNDERLINE = auto()


print([s.value for s in Style], Style.BOLD | Style.UNDERLINE)


class Access(IntFlag):
    READ = 4
    WRITE = 2
    EXEC = 1


a = Access.READ | Access.WRITE
print(a, repr(a), a == 6, a | 1, Access.READ + 0, Access(5), Access.WRITE in a)


class Fruit(StrEnum):
    APPLE = auto()
    PEAR = "pear"


print(Fruit.APPLE, repr(Fruit.PEAR), Fruit.PEAR == "pear", Fruit.APPLE.upper(), f"<{Fruit.PEAR}>", list(Fruit))


class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def surface_gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)


for p in Planet:
    print(p.name, p.value, p.mass, round(p.surface_gravity, 3))
