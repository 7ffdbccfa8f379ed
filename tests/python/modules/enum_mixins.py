# Members of IntEnum, IntFlag, StrEnum and data-type mixins are instances of their data type.
from enum import Enum, IntEnum, IntFlag, StrEnum, Flag, auto


class Level(IntEnum):
    LOW = 1
    MID = 5
    HIGH = 10


print(isinstance(Level.LOW, int), isinstance(Level.LOW, Level), type(Level.MID).__mro__[1] is int)
print(Level.MID + 1, Level.HIGH * 2, Level.HIGH // 3, -Level.LOW, Level.MID << 2, Level.MID & 4, divmod(Level.HIGH, 3))
print(Level.LOW < Level.MID, Level.MID == 5, 5 == Level.MID, Level.HIGH > 7, sorted([Level.HIGH, 3, Level.LOW]))
print(str(Level.MID), repr(Level.MID), format(Level.MID, '03d'), f'{Level.HIGH:x}', '%d|%s' % (Level.LOW, Level.LOW))
print(int(Level.HIGH), float(Level.MID), hash(Level.MID) == hash(5), {5: 'five'}[Level.MID], list(range(Level.MID)))
print([1, 2, 3, 4, 5, 6][Level.MID], 'abcdefghijk'[Level.LOW:Level.MID], Level(5) is Level.MID, Level['HIGH'])
print(max(Level), min(Level), sum(Level), Level.MID.bit_length(), Level.HIGH.to_bytes(2, 'big'))


class Perm(IntFlag):
    R = 4
    W = 2
    X = 1


rw = Perm.R | Perm.W
print(isinstance(rw, int), rw, repr(rw), rw + 1, rw == 6, Perm.W in rw, Perm.X in rw, int(rw), bool(Perm(0)))
print(repr(Perm.R | 8), repr(~Perm.R), repr(rw & 3), repr(rw ^ Perm.R), list(rw), len(rw), 6 | Perm.X)


class Color(StrEnum):
    RED = auto()
    GREEN = 'green'


print(isinstance(Color.RED, str), Color.RED, repr(Color.RED), Color.RED.upper(), Color.GREEN + '!', len(Color.GREEN))
print(Color.RED == 'red', 'red' == Color.RED, Color('green') is Color.GREEN, f'[{Color.RED:>6}]', '-'.join(Color))
print(Color.GREEN.startswith('gr'), Color.RED in 'bored', sorted(Color), {'green': 1}[Color.GREEN])


class Half(float, Enum):
    ONE = 0.5
    TWO = 1.5


print(isinstance(Half.ONE, float), Half.ONE + 1, Half.TWO * 2, str(Half.ONE), repr(Half.TWO), Half.ONE.is_integer())


class Planet(bytes, Enum):
    pass


class Mood(Enum):
    HAPPY = 1


print(isinstance(Mood.HAPPY, int), Mood.HAPPY == 1)


class Shape(IntEnum):
    SQUARE = 4

    def describe(self):
        return f'{self.name} has {self + 0} corners'

    def __str__(self):
        return 'shape ' + self.name


print(Shape.SQUARE.describe(), str(Shape.SQUARE), f'{Shape.SQUARE}', Shape.SQUARE.value * 2)

try:
    class Bad(IntEnum):
        A = 'x'
except ValueError as e:
    print('ValueError', e)

try:
    class Worse(StrEnum):
        A = 1
except TypeError as e:
    print('TypeError', e)

try:
    Level(7)
except ValueError as e:
    print('ValueError', e)
