# Container protocol: __len__, __bool__, __getitem__/__setitem__/__delitem__ with ints and slices, __contains__.

class Grid:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.cells = {}
        self.log = []

    def __len__(self):
        return self.w * self.h

    def __getitem__(self, key):
        self.log.append(("get", key))
        if not isinstance(key, tuple):
            raise TypeError("grid index must be a tuple")
        x, y = key
        if not (0 <= x < self.w and 0 <= y < self.h):
            raise IndexError("cell out of range")
        return self.cells.get(key, ".")

    def __setitem__(self, key, value):
        self.log.append(("set", key, value))
        self.cells[key] = value

    def __delitem__(self, key):
        self.log.append(("del", key))
        del self.cells[key]

    def __contains__(self, value):
        return value in self.cells.values()

g = Grid(3, 2)
g[0, 0] = "X"
g[2, 1] = "O"
print(len(g), g[0, 0], g[1, 1], g[2, 1])
print("X" in g, "Z" in g, "Z" not in g)
del g[0, 0]
print(g[0, 0], "X" in g)
print(g.log)
try:
    g[5, 5]
except IndexError as e:
    print("IndexError:", e)
try:
    g[1]
except TypeError as e:
    print("TypeError:", e)
try:
    del g[1, 1]
except KeyError as e:
    print("KeyError:", e)

# Slices arrive as slice objects.
class Seq:
    def __init__(self, data):
        self.data = list(data)
    def __getitem__(self, index):
        if isinstance(index, slice):
            return ("slice", index.start, index.stop, index.step, Seq(self.data[index]))
        return self.data[index]
    def __setitem__(self, index, value):
        self.data[index] = value
    def __delitem__(self, index):
        del self.data[index]
    def __len__(self):
        return len(self.data)
    def __repr__(self):
        return "Seq(" + repr(self.data) + ")"

s = Seq(range(10))
print(s[3], s[-1], s[2:5], s[::3], s[:2], s[1:8:2])
s[0:3] = ["a"]
print(s)
del s[::2]
print(s, len(s))

# __bool__ decides truthiness; otherwise __len__; otherwise always true.
class Flag:
    def __init__(self, on):
        self.on = on
    def __bool__(self):
        return self.on
class Sized:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
class Neither:
    pass
for obj in (Flag(True), Flag(False), Sized(0), Sized(3), Neither()):
    print(type(obj).__name__, bool(obj), "yes" if obj else "no", not obj)
print([x.n for x in [Sized(2), Sized(0), Sized(5)] if x])
print(Flag(False) or "fallback", Flag(True) and "second", (Sized(0) or Sized(7)).n)

# __bool__ takes priority over __len__.
class Both:
    def __bool__(self):
        return False
    def __len__(self):
        return 10
print(bool(Both()), len(Both()))

# __bool__ must return bool, __len__ must return a non-negative int.
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print("TypeError:", e)
class NegLen:
    def __len__(self):
        return -1
try:
    len(NegLen())
except ValueError as e:
    print("ValueError:", e)
class StrLen:
    def __len__(self):
        return "3"
try:
    len(StrLen())
except TypeError as e:
    print("TypeError:", e)

# __len__ results that do not fit in an index-sized integer.
class Huge:
    def __len__(self):
        return 2 ** 70
try:
    len(Huge())
except OverflowError as e:
    print("OverflowError:", e)

# len() on an object without __len__.
try:
    len(Neither())
except TypeError as e:
    print("TypeError:", e)

# 'in' without __contains__ falls back to iteration, then to __getitem__.
class IterOnly:
    def __iter__(self):
        return iter([1, 2, 3])
class GetitemOnly:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError(i)
        return i * 10
print(2 in IterOnly(), 4 in IterOnly(), 30 in GetitemOnly(), 35 in GetitemOnly())
print(list(GetitemOnly()), [x + 1 for x in GetitemOnly()])

# __contains__ result is converted to bool.
class Odd:
    def __contains__(self, x):
        return x % 2
print(3 in Odd(), 4 in Odd(), 3 not in Odd())

# Subscripting without __getitem__ / assignment without __setitem__.
try:
    Neither()[0]
except TypeError as e:
    print("TypeError:", e)
try:
    Neither()[0] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    del Neither()[0]
except TypeError as e:
    print("TypeError:", e)

# A dict-like class with keys used through ** unpacking.
class Mapping:
    def __init__(self, d):
        self.d = d
    def keys(self):
        return self.d.keys()
    def __getitem__(self, k):
        return self.d[k] * 2
def show(**kw):
    return sorted(kw.items())
print(show(**Mapping({"a": 1, "b": 2})))
print(dict(Mapping({"x": 5})))
