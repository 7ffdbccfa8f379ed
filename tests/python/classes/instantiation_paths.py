# Instantiating classes: plain classes (a cached fast path), subclasses, keywords, __init__ replaced later, errors.
class P:
    def __init__(self, x, y=2):
        self.x = x
        self.y = y
class Q(P):
    pass
class R:
    pass
class S:
    def __init__(self):
        return 5
def make(n):
    out = []
    for i in range(n):
        out.append(P(i).x + Q(i, y=3).y)
    return out[-1]
print(make(100000), R().__class__.__name__)
P.__init__ = lambda self, x, y=9: setattr(self, 'x', -x) or setattr(self, 'y', y)
print(make(10))
try:
    P()
except TypeError as e:
    print(e)
try:
    S()
except TypeError as e:
    print(e)
try:
    R(1)
except TypeError as e:
    print(e)
