# Unary special methods and __index__ (used for list indexing, slicing, range, bin/hex, repetition).

class Signed:
    def __init__(self, v):
        self.v = v
    def __neg__(self):
        return Signed(-self.v)
    def __pos__(self):
        return Signed(+self.v if self.v >= 0 else self.v)
    def __abs__(self):
        return Signed(abs(self.v))
    def __invert__(self):
        return Signed(~self.v)
    def __repr__(self):
        return "S(" + str(self.v) + ")"

s = Signed(5)
print(-s, +s, abs(Signed(-3)), ~s, -(-s), ~~s)
print(--Signed(7), -abs(Signed(-2)))

# Missing unary methods.
class Nothing:
    pass
for op, fn in (("-", lambda o: -o), ("+", lambda o: +o), ("~", lambda o: ~o), ("abs", lambda o: abs(o))):
    try:
        fn(Nothing())
    except TypeError as e:
        print(op, "TypeError:", e)

# __index__ lets an object be used wherever an integer index is required.
class Idx:
    def __init__(self, i):
        self.i = i
    def __index__(self):
        return self.i

data = ["a", "b", "c", "d", "e"]
print(data[Idx(1)], data[Idx(-1)], data[Idx(1):Idx(3)], data[::Idx(2)])
print("hello"[Idx(4)], (1, 2, 3)[Idx(0)], range(10)[Idx(3)])
print(list(range(Idx(3))), list(range(Idx(1), Idx(10), Idx(4))))
print(bin(Idx(5)), hex(Idx(255)), oct(Idx(8)))
print([0] * Idx(3), "ab" * Idx(2), Idx(2) * [1])
data[Idx(0)] = "A"
del data[Idx(1)]
print(data)
print(operator_like := Idx(7).__index__())

# Objects with __int__ but not __index__ cannot index.
class OnlyInt:
    def __int__(self):
        return 1
try:
    data[OnlyInt()]
except TypeError as e:
    print("TypeError:", e)
print(int(OnlyInt()))

# __index__ must return an int.
class BadIndex:
    def __index__(self):
        return 1.5
try:
    data[BadIndex()]
except TypeError as e:
    print("TypeError:", e)

# __int__, __float__ conversions.
class Conv:
    def __int__(self):
        return 42
    def __float__(self):
        return 2.5
print(int(Conv()), float(Conv()))

# Unary minus on a subclass picks the subclass method.
class Base:
    def __neg__(self):
        return "Base.neg"
class Sub(Base):
    def __neg__(self):
        return "Sub.neg:" + super().__neg__()
print(-Base(), -Sub())

# __round__ used by round().
class Roundable:
    def __round__(self, ndigits=None):
        return ("round", ndigits)
print(round(Roundable()), round(Roundable(), 2))

# Indexing a list with a bool (an int subclass) and with a negative Idx out of range.
print(data[True], data[False])
try:
    data[Idx(-10)]
except IndexError as e:
    print("IndexError:", e)
