# __repr__, __str__ and __format__ as used by print, str(), repr(), f-strings, format() and containers.

class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return "Vec(" + repr(self.x) + ", " + repr(self.y) + ")"

    def __str__(self):
        return "<" + str(self.x) + ", " + str(self.y) + ">"

    def __format__(self, spec):
        if spec == "":
            return str(self)
        if spec == "polar":
            return "polar!"
        return "(" + format(self.x, spec) + "; " + format(self.y, spec) + ")"

v = Vec(1.5, -2)
print(v)
print(str(v), repr(v))
print([v, v])
print((v,), {"k": v})
print(f"{v}", f"{v!r}", f"{v!s}", f"{v:polar}", f"{v:.2f}", f"{v:>6}")
print(format(v), format(v, "polar"), format(v, "+"))
print("%s and %r" % (v, v))
print("{} {!r} {:.1f}".format(v, v, v))

# Only __repr__: str() falls back to it.
class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr()"
print(OnlyRepr(), str(OnlyRepr()), [OnlyRepr()], f"{OnlyRepr()}")

# Only __str__: repr() uses object's default (not printed here because it has an address).
class OnlyStr:
    def __str__(self):
        return "only str"
o = OnlyStr()
print(o, str(o), f"{o}", repr(o).startswith("<__main__.OnlyStr object at 0x"))
print(str([o]).startswith("[<__main__.OnlyStr object"))

# __repr__ must return a str.
class BadRepr:
    def __repr__(self):
        return 42
try:
    repr(BadRepr())
except TypeError as e:
    print("TypeError:", e)
class BadStr:
    def __str__(self):
        return None
try:
    str(BadStr())
except TypeError as e:
    print("TypeError:", e)

# The default __format__ rejects non-empty specs.
class Plain:
    def __str__(self):
        return "plain"
print(format(Plain()), f"{Plain()}")
try:
    format(Plain(), "10")
except TypeError as e:
    print("TypeError:", e)

# __format__ must return a str.
class BadFormat:
    def __format__(self, spec):
        return 1
try:
    f"{BadFormat()}"
except TypeError as e:
    print("TypeError:", e)

# Recursion through containers calls __repr__ of elements.
class Node:
    def __init__(self, value, children=()):
        self.value = value
        self.children = list(children)
    def __repr__(self):
        if self.children:
            return "Node(" + repr(self.value) + ", " + repr(self.children) + ")"
        return "Node(" + repr(self.value) + ")"
tree = Node(1, [Node(2), Node("three", [Node(4.0)])])
print(tree)
print(str(tree) == repr(tree))

# __str__ and __repr__ inherited and overridden.
class Base:
    def __repr__(self):
        return type(self).__name__ + "()"
class Sub(Base):
    pass
class Sub2(Base):
    def __str__(self):
        return "sub2 as str"
print(Base(), Sub(), Sub2(), [Sub2()])

# Class-level repr is the type's repr.
print(repr(int), repr(Vec).replace("__main__.", "M."), str(Vec) == repr(Vec))

# Exceptions inside __repr__ propagate.
class Raises:
    def __repr__(self):
        raise ValueError("no repr for you")
try:
    print([Raises()])
except ValueError as e:
    print("ValueError:", e)

# Format specs with width and conversion combined.
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __format__(self, spec):
        text = str(self.cents // 100) + "." + str(self.cents % 100 // 10) + str(self.cents % 10)
        return format(text, spec)
m = Money(12345)
print(f"[{m}] [{m:>10}] [{m:<10}] [{m:^11}]")
print(f"[{m:*>12}]")
