from .square import Square
from .circle import Circle
KINDS = [Square.__name__, Circle.__name__]
