# Rich comparisons: reflected fallbacks, NotImplemented, default identity equality, and sorting with __lt__.

class Version:
    def __init__(self, *parts):
        self.parts = parts
    def __repr__(self):
        return "v" + ".".join(str(p) for p in self.parts)
    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts == other.parts
    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts < other.parts
    def __le__(self, other):
        return self == other or self < other
    def __hash__(self):
        return hash(self.parts)

a, b, c = Version(1, 2), Version(1, 10), Version(1, 2)
print(a == c, a != c, a == b, a != b)
print(a < b, a <= b, a > b, a >= b, b > a, b >= a)
print(sorted([b, a, Version(0, 9), Version(2)]))
print(max([a, b]), min([a, b]))
print(a == "1.2", a != "1.2")
try:
    a < "1.2"
except TypeError as e:
    print("TypeError:", e)

# __ne__ defaults to the inverse of __eq__.
class OnlyEq:
    def __init__(self, k):
        self.k = k
    def __eq__(self, other):
        return isinstance(other, OnlyEq) and self.k == other.k
print(OnlyEq(1) != OnlyEq(1), OnlyEq(1) != OnlyEq(2))

# Reflection: a > b tries b < a when a's __gt__ is missing.
class OnlyLt:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        print("  OnlyLt.__lt__", self.v, other.v)
        return self.v < other.v
x, y = OnlyLt(1), OnlyLt(2)
print(x < y)
print(x > y)
try:
    x <= y
except TypeError as e:
    print("TypeError:", e)

# The reflected operand of a subclass goes first.
class P:
    def __eq__(self, other):
        return "P.__eq__"
    def __lt__(self, other):
        return "P.__lt__"
    def __gt__(self, other):
        return "P.__gt__"
class Q(P):
    def __eq__(self, other):
        return "Q.__eq__"
    def __lt__(self, other):
        return "Q.__lt__"
    def __gt__(self, other):
        return "Q.__gt__"
print(P() == Q(), Q() == P(), P() < Q(), Q() < P(), P() > Q())

# Default equality is identity; comparing ordering of plain objects fails.
class Plain:
    pass
p1, p2 = Plain(), Plain()
print(p1 == p1, p1 == p2, p1 != p2, p1 is p1)
try:
    p1 < p2
except TypeError as e:
    print("TypeError:", e)

# Comparisons return arbitrary objects; chained comparisons use bool() on them.
class Loud:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return [self.v, other.v] if self.v < other.v else []
    def __repr__(self):
        return "Loud(" + str(self.v) + ")"
l1, l2, l3 = Loud(1), Loud(2), Loud(3)
print(l1 < l2, l2 < l1)
print(l1 < l2 < l3, l2 < l1 < l3)

# == between int and user object: int returns NotImplemented, the user's __eq__ runs reflected.
class AlwaysEq:
    def __eq__(self, other):
        return True
print(5 == AlwaysEq(), AlwaysEq() == 5, 5 != AlwaysEq(), [1, 2] == AlwaysEq(), None == AlwaysEq())

# 'in' and list.index/count use ==.
class Loose:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return self.v == getattr(other, "v", other)
items = [Loose(1), Loose(2), Loose(3)]
print(2 in items, 5 in items, items.index(3), items.count(1))

# Identity shortcut: containers check 'is' before '=='.
class NeverEq:
    def __eq__(self, other):
        return False
ne = NeverEq()
print(ne == ne, ne in [ne], [ne] == [ne], (ne,) == (ne,), [ne].count(ne))

# __eq__ returning NotImplemented on both sides falls back to identity.
class Shy:
    def __eq__(self, other):
        return NotImplemented
s1 = Shy()
print(s1 == s1, s1 == Shy(), s1 != Shy())

# Sorting uses only __lt__.
class Card:
    order = "23456789TJQKA"
    def __init__(self, face):
        self.face = face
    def __lt__(self, other):
        return Card.order.index(self.face) < Card.order.index(other.face)
    def __repr__(self):
        return self.face
hand = [Card(f) for f in "KA2T9J"]
print(sorted(hand), sorted(hand, reverse=True))
hand.sort()
print(hand)
