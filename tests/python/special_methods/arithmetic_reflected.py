# Binary arithmetic special methods, reflected variants and NotImplemented fallbacks.

class Num:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return "Num(" + repr(self.v) + ")"

    def _coerce(self, other):
        if isinstance(other, Num):
            return other.v
        if isinstance(other, (int, float)):
            return other
        return None

    def __add__(self, other):
        o = self._coerce(other)
        return NotImplemented if o is None else Num(self.v + o)
    def __radd__(self, other):
        o = self._coerce(other)
        return NotImplemented if o is None else Num(o + self.v)
    def __sub__(self, other):
        o = self._coerce(other)
        return NotImplemented if o is None else Num(self.v - o)
    def __rsub__(self, other):
        o = self._coerce(other)
        return NotImplemented if o is None else Num(o - self.v)
    def __mul__(self, other):
        o = self._coerce(other)
        return NotImplemented if o is None else Num(self.v * o)
    __rmul__ = __mul__
    def __truediv__(self, other):
        return Num(self.v / self._coerce(other))
    def __rtruediv__(self, other):
        return Num(self._coerce(other) / self.v)
    def __floordiv__(self, other):
        return Num(self.v // self._coerce(other))
    def __rfloordiv__(self, other):
        return Num(self._coerce(other) // self.v)
    def __mod__(self, other):
        return Num(self.v % self._coerce(other))
    def __rmod__(self, other):
        return Num(self._coerce(other) % self.v)
    def __pow__(self, other):
        return Num(self.v ** self._coerce(other))
    def __rpow__(self, other):
        return Num(self._coerce(other) ** self.v)
    def __divmod__(self, other):
        return (Num(self.v // other), Num(self.v % other))
    def __rdivmod__(self, other):
        return ("rdivmod", other, self.v)
    def __lshift__(self, other):
        return Num(self.v << other)
    def __rlshift__(self, other):
        return Num(other << self.v)
    def __rshift__(self, other):
        return Num(self.v >> other)
    def __rrshift__(self, other):
        return Num(other >> self.v)
    def __and__(self, other):
        return Num(self.v & other)
    def __rand__(self, other):
        return Num(other & self.v)
    def __or__(self, other):
        return Num(self.v | other)
    def __ror__(self, other):
        return Num(other | self.v)
    def __xor__(self, other):
        return Num(self.v ^ other)
    def __rxor__(self, other):
        return Num(other ^ self.v)
    def __matmul__(self, other):
        return ("matmul", self.v, other)
    def __rmatmul__(self, other):
        return ("rmatmul", other, self.v)

a, b = Num(7), Num(2)
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** b)
print(a + 1, 1 + a, a - 1, 10 - a, a * 3, 3 * a, 14 / a, 15 // a, 16 % a, 2 ** b, a ** 2)
print(a + 0.5, 0.5 + a)
print(divmod(a, 3), divmod(3, a))
print(a << 2, 1 << b, a >> 1, 64 >> b, a & 3, 3 & a, a | 8, 8 | a, a ^ 1, 1 ^ a)
print(a @ 5, 5 @ a)

# Unsupported operands: both sides return NotImplemented.
for expr in (lambda: a + "s", lambda: "s" + a, lambda: a - [1], lambda: None - a):
    try:
        print(expr())
    except TypeError as e:
        print("TypeError:", e)

# The reflected method of a subclass wins over the left operand's method.
class Base:
    def __add__(self, other):
        return "Base.__add__"
    def __radd__(self, other):
        return "Base.__radd__"
class Derived(Base):
    def __add__(self, other):
        return "Derived.__add__"
    def __radd__(self, other):
        return "Derived.__radd__"
print(Base() + Derived(), Derived() + Base(), Base() + Base())

# Only when the subclass actually overrides the reflected method.
class Derived2(Base):
    pass
print(Base() + Derived2())

# NotImplemented from the left lets the right side try.
class Left:
    def __mul__(self, other):
        return NotImplemented
class Right:
    def __rmul__(self, other):
        return "Right.__rmul__ with " + type(other).__name__
print(Left() * Right())
try:
    Left() * Left()
except TypeError as e:
    print("TypeError:", e)

# Same type: the reflected method is not tried.
class Same:
    def __sub__(self, other):
        return NotImplemented
    def __rsub__(self, other):
        return "never"
try:
    Same() - Same()
except TypeError as e:
    print("TypeError:", e)

# Ints and floats delegate to the user's reflected method.
class Meters:
    def __init__(self, m):
        self.m = m
    def __rmul__(self, k):
        return Meters(self.m * k)
    def __radd__(self, other):
        if other == 0:
            return self
        return Meters(self.m + other.m)
    def __add__(self, other):
        return Meters(self.m + other.m)
    def __repr__(self):
        return str(self.m) + "m"
print(3 * Meters(2), 2.5 * Meters(2), [Meters(1)] * 2)
print(sum([Meters(1), Meters(2), Meters(3)]))

# Operators defined on the class are looked up on the type, not the instance.
n = Num(1)
n.__add__ = lambda other: "instance attribute"
print(n + 1)

# True division by zero inside a special method propagates.
try:
    Num(1) / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
