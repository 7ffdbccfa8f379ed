# abc: abstract methods block instantiation, concrete subclasses work, register() makes virtual subclasses.
from abc import ABC, ABCMeta, abstractmethod


class Shape(ABC):
    @abstractmethod
    def area(self):
        ...

    @abstractmethod
    def perimeter(self):
        ...

    def describe(self):
        return f"{type(self).__name__} with area {self.area()}"


class Square(Shape):
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side ** 2

    def perimeter(self):
        return 4 * self.side


class HalfDone(Shape):
    def area(self):
        return 0


for cls in (Shape, HalfDone):
    try:
        cls()
    except TypeError as e:
        print(e)
sq = Square(3)
print(sq.area(), sq.perimeter(), sq.describe(), isinstance(sq, Shape), issubclass(Square, Shape))
print(sorted(Shape.__abstractmethods__), sorted(HalfDone.__abstractmethods__), Square.__abstractmethods__, type(Shape).__name__)


class Drawable(metaclass=ABCMeta):
    @property
    @abstractmethod
    def name(self):
        ...

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Drawable and any("draw" in B.__dict__ for B in C.__mro__):
            return True
        return NotImplemented


class Sprite:
    def draw(self):
        return "drawn"


class Label:
    pass


print(isinstance(Sprite(), Drawable), issubclass(Label, Drawable))
try:
    Drawable()
except TypeError as e:
    print(e)


class Plugin(ABC):
    pass


@Plugin.register
class External:
    pass


print(isinstance(External(), Plugin), issubclass(External, Plugin), isinstance(Label(), Plugin), Plugin.register(int) is int, isinstance(3, Plugin))
