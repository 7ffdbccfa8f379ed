# __eq__ and __hash__: instances as dict keys and set members, hash caching, unhashable classes.

class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __eq__(self, other):
        return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __repr__(self):
        return "P(" + str(self.x) + "," + str(self.y) + ")"

d = {Point(0, 0): "origin", Point(1, 2): "a"}
print(d[Point(0, 0)], d[Point(1, 2)], Point(3, 3) in d, Point(1, 2) in d)
d[Point(1, 2)] = "replaced"
print(len(d), d)
s = {Point(1, 1), Point(1, 1), Point(2, 2)}
print(len(s), Point(2, 2) in s)
print(hash(Point(1, 2)) == hash(Point(1, 2)), hash(Point(1, 2)) == hash((1, 2)))
counts = {}
for p in [Point(0, 1), Point(1, 0), Point(0, 1), Point(0, 1)]:
    counts[p] = counts.get(p, 0) + 1
print(counts)

# Defining __eq__ without __hash__ makes instances unhashable.
class EqOnly:
    def __eq__(self, other):
        return True
print(EqOnly.__hash__ is None)
try:
    {EqOnly(): 1}
except TypeError as e:
    print("TypeError:", e)
try:
    hash(EqOnly())
except TypeError as e:
    print("TypeError:", e)
try:
    set([EqOnly()])
except TypeError as e:
    print("TypeError:", e)

# Explicitly unhashable.
class NoHash:
    __hash__ = None
try:
    hash(NoHash())
except TypeError as e:
    print("TypeError:", e)

# Default hash and eq: identity.
class Ident:
    pass
i1, i2 = Ident(), Ident()
table = {i1: "one", i2: "two"}
print(table[i1], table[i2], len({i1, i1, i2}), hash(i1) == hash(i1))

# hash() calls __hash__ and the result is reduced to a machine int.
class Big:
    def __hash__(self):
        return 2 ** 100
print(hash(Big()) == hash(2 ** 100))
class Neg:
    def __hash__(self):
        return -1
print(hash(Neg()))

# __hash__ must return an int.
class BadHash:
    def __hash__(self):
        return "no"
try:
    hash(BadHash())
except TypeError as e:
    print("TypeError:", e)

# A key whose hash collides with an int key but is not equal stays separate.
class Collide:
    def __hash__(self):
        return 1
    def __eq__(self, other):
        return self is other
mix = {1: "int one", Collide(): "collide"}
print(len(mix), mix[1])

# A key equal to an int key with the same hash finds it.
class LikeOne:
    def __hash__(self):
        return hash(1)
    def __eq__(self, other):
        return other == 1
print({1: "found"}[LikeOne()], LikeOne() in {1, 2})

# Subclass inherits __hash__ unless it defines __eq__.
class Parent:
    def __eq__(self, other):
        return True
    def __hash__(self):
        return 7
class KeepsHash(Parent):
    pass
class LosesHash(Parent):
    def __eq__(self, other):
        return False
print(hash(KeepsHash()), LosesHash.__hash__ is None)

# __eq__ is called for keys with equal hashes; count the calls.
calls = []
class Tracked:
    def __init__(self, k):
        self.k = k
    def __hash__(self):
        return 0
    def __eq__(self, other):
        calls.append((self.k, other.k))
        return self.k == other.k
box = {}
for k in "abca":
    box[Tracked(k)] = k
print(len(box), len(calls) > 0, sorted(v for v in box.values()))

# Frozen-style value objects used as set members with set operations.
a = {Point(x, 0) for x in range(5)}
b = {Point(x, 0) for x in range(3, 8)}
print(sorted((p.x for p in a & b)), sorted((p.x for p in a - b)), len(a | b))
