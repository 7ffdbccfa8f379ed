# Subclassing int, str, tuple and object-like builtins: values, overridden methods, and what operations return.

class Cents(int):
    def __str__(self):
        return str(int(self) // 100) + "." + str(int(self) % 100).zfill(2)

    def __repr__(self):
        return "Cents(" + int.__repr__(self) + ")"

c = Cents(1234)
print(c, repr(c), c + 1, type(c + 1).__name__, c * 2, c == 1234, c < 2000)
print(isinstance(c, int), int(c), hash(c) == hash(1234), [10, 20][Cents(1)])
print({1234: "found"}[c], f"{c}", f"[{c!s:>8}]")

# An int subclass with an extra attribute computed in __new__.
class Tagged(int):
    def __new__(cls, value, tag):
        obj = super().__new__(cls, value)
        obj.tag = tag
        return obj

t = Tagged(7, "seven")
print(t, t.tag, t + 3, t * t, -t)

# str subclasses.
class Name(str):
    def greet(self):
        return "Hello, " + self + "!"

    def shout(self):
        return Name(self.upper())

n = Name("ada")
print(n.greet(), n.shout().greet(), type(n.shout()).__name__, type(n.upper()).__name__, len(n), n[0], n == "ada")
print(n + "!", type(n + "!").__name__, "a" in n, n.startswith("a"), {"ada": 1}[n])

# tuple subclasses with named accessors.
class Pair(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))

    @property
    def first(self):
        return self[0]

    @property
    def second(self):
        return self[1]

    def swap(self):
        return Pair(self[1], self[0])

p = Pair(1, "x")
print(p, p.first, p.second, p.swap(), len(p), p == (1, "x"), type(p.swap()).__name__)
a, b = p
print(a, b, hash(p) == hash((1, "x")), p + (3,), type(p + (3,)).__name__)

# float subclass.
class Celsius(float):
    def to_f(self):
        return self * 9 / 5 + 32
print(Celsius(100).to_f(), Celsius(-40).to_f(), Celsius(36.6) > 36)

# set and frozenset subclasses.
class Tags(set):
    def add_all(self, *items):
        for item in items:
            self.add(item)
        return self

class FrozenTags(frozenset):
    def describe(self):
        return ",".join(sorted(self))

tags = Tags(["b"]).add_all("a", "c")
print(sorted(tags), type(tags).__name__, len(tags), "a" in tags, FrozenTags("xy").describe())

# Subclass of a subclass of a builtin.
class Positive(int):
    def __new__(cls, v):
        if v <= 0:
            raise ValueError("not positive: " + str(v))
        return super().__new__(cls, v)
class Small(Positive):
    def __new__(cls, v):
        if v >= 10:
            raise ValueError("not small: " + str(v))
        return super().__new__(cls, v)
print(Small(3), [cls.__name__ for cls in Small.__mro__])
for v in (0, 10):
    try:
        Small(v)
    except ValueError as e:
        print("ValueError:", e)

# bool cannot be subclassed.
try:
    class MyBool(bool):
        pass
except TypeError as e:
    print("TypeError:", e)

# Builtin subclasses compare by value.
print(Cents(5) == Cents(5), Cents(5) == 5, Name("x") == "x", Pair(1, 2) == (1, 2))
