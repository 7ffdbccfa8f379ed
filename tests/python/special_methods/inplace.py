# In-place operators: __iadd__ and friends, the fallback to __add__, and rebinding semantics.

class Acc:
    def __init__(self, items=()):
        self.items = list(items)
    def __iadd__(self, other):
        self.items.append(("iadd", other))
        return self
    def __isub__(self, other):
        self.items.append(("isub", other))
        return self
    def __imul__(self, other):
        self.items = self.items * other
        return self
    def __ior__(self, other):
        self.items.append(("ior", other))
        return self
    def __repr__(self):
        return "Acc(" + repr(self.items) + ")"

a = Acc()
alias = a
a += 1
a -= 2
a |= 3
print(a, a is alias)
a *= 2
print(a, len(a.items))

# Without __iadd__, += uses __add__ and rebinds to a new object.
class Value:
    def __init__(self, v):
        self.v = v
    def __add__(self, other):
        return Value(self.v + other)
    def __repr__(self):
        return "Value(" + str(self.v) + ")"

x = Value(1)
y = x
x += 10
print(x, y, x is y)

# __iadd__ returning NotImplemented falls back to __add__, then __radd__.
class Fallback:
    def __init__(self, v):
        self.v = v
    def __iadd__(self, other):
        return NotImplemented
    def __add__(self, other):
        return Fallback(self.v + other)
    def __repr__(self):
        return "Fallback(" + str(self.v) + ")"
f = Fallback(1)
f += 5
print(f)

class OnlyRadd:
    def __radd__(self, other):
        return "radd got " + repr(other)
z = 5
z += OnlyRadd()
print(z)

# __iadd__ can return something else entirely; the name is rebound to it.
class Changer:
    def __iadd__(self, other):
        return "changed to " + str(other)
c = Changer()
c += 3
print(c)

# __iadd__ returning None rebinds to None.
class ForgetsReturn:
    def __iadd__(self, other):
        pass
r = ForgetsReturn()
r += 1
print(r)

# Augmented assignment on attributes and subscripts calls __getattr__/__getitem__ once each.
class Box:
    def __init__(self):
        self.log = []
        self.data = {"k": Acc()}
    def __getitem__(self, key):
        self.log.append("get " + key)
        return self.data[key]
    def __setitem__(self, key, value):
        self.log.append("set " + key)
        self.data[key] = value

b = Box()
b["k"] += "x"
print(b.log, b.data["k"])

class Holder:
    pass
h = Holder()
h.acc = Acc()
before = h.acc
h.acc += 7
print(h.acc is before, h.acc)

# Lists: += extends in place, + creates a new list.
lst = [1]
same = lst
lst += [2, 3]
print(lst, same, lst is same)
lst = lst + [4]
print(lst, same, lst is same)

# Tuples rebind.
t = (1,)
t2 = t
t += (2,)
print(t, t2, t is t2)

# The famous tuple-with-list case: the list is extended, then the assignment fails.
tl = ([1],)
try:
    tl[0] += [2]
except TypeError as e:
    print("TypeError:", e)
print(tl)

# All the in-place operators on ints via user classes.
class All:
    def __init__(self):
        self.ops = []
    def _record(name):
        def method(self, other):
            self.ops.append(name)
            return self
        return method
    __iadd__ = _record("+=")
    __isub__ = _record("-=")
    __imul__ = _record("*=")
    __itruediv__ = _record("/=")
    __ifloordiv__ = _record("//=")
    __imod__ = _record("%=")
    __ipow__ = _record("**=")
    __ilshift__ = _record("<<=")
    __irshift__ = _record(">>=")
    __iand__ = _record("&=")
    __ixor__ = _record("^=")
    __ior__ = _record("|=")
    __imatmul__ = _record("@=")
o = All()
o += 1; o -= 1; o *= 1; o /= 1; o //= 1; o %= 1; o **= 1
o <<= 1; o >>= 1; o &= 1; o ^= 1; o |= 1; o @= 1
print(" ".join(o.ops))
