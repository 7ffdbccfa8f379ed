import support
import support.greeting
import support.greeting as g
from support.greeting import greet, PREFIX
from support import shapes
from support.shapes import Square, Circle
import sys

print(support.greeting.greet("world"), g is support.greeting, greet("again"), PREFIX)
print(shapes.KINDS, Square(3).area(), Circle(2).area(), Circle(1).hello())
print(support.LOADED, "support.greeting" in sys.modules, support.shapes.square.Square is Square)
print(__name__, support.__name__, support.greeting.__name__, shapes.circle.__name__)
print(support.greeting.__package__, shapes.__package__, shapes.square.__package__)
import support.greeting
print(support.LOADED)
