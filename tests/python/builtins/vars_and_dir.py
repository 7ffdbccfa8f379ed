# vars() and dir() of instances, classes, modules and functions.
class Shape:
    sides = 0
    def area(self):
        return 0

class Square(Shape):
    sides = 4
    def __init__(self, side):
        self.side = side

sq = Square(3)
sq.color = 'red'
print(vars(sq), [n for n in dir(sq) if not n.startswith('__')])
print(sorted(k for k in vars(Square) if not k.startswith('__')), 'area' in dir(Square), 'sides' in dir(Shape))
def helper():
    pass
helper.tag = 'x'
print(vars(helper), 'tag' in dir(helper))
import sys
print('argv' in dir(sys), 'upper' in dir(str), 'append' in dir([]), 'keys' in dir({}))
try:
    vars(42)
except TypeError as e:
    print('TypeError:', e)
