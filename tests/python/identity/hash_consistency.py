# hash() of ints, floats, bools, tuples and None is consistent with ==; dict keys unify equal numbers.
# Exact values are printed only for numbers, whose hash Python's documentation specifies (modulo 2**61 - 1).

print(hash(1) == hash(1.0) == hash(True), hash(0) == hash(0.0) == hash(False) == hash(-0.0))
print(hash(2) == hash(2.0), hash(-5) == hash(-5.0), hash(10**6) == hash(1e6))
print(hash(1), hash(0), hash(-2), hash(True), hash(False), hash(12345))
print(hash(-1), hash(-1) == hash(-2))
print(hash(2**61 - 1), hash(2**61), hash(2**64), hash(-2**63), hash(10**20))
print(hash(0.5), hash(1.5), hash(-0.25), hash(2.0), hash(1e100))
print(hash(float("inf")), hash(float("-inf")))

# Tuples hash from their elements; equal tuples hash equal, even with mixed numeric types.
print(hash((1, 2)) == hash((1, 2)), hash((1, 2)) == hash((1.0, 2)), hash((True, 0)) == hash((1, False)))
print(hash(()) == hash(()), hash((1,)) == hash((1,)), hash(((1, 2), 3)) == hash(((1.0, 2.0), 3)))
print(hash((None,)) == hash((None,)), hash((1, (2, (3,)))) == hash((1.0, (2, (True + 2,)))), isinstance(hash((1, 2)), int))

# None hashes consistently.
print(hash(None) == hash(None))

# frozenset hashes are order-independent.
print(hash(frozenset([1, 2, 3])) == hash(frozenset([3, 2, 1])), hash(frozenset()) == hash(frozenset()))

# Dict keys: equal numbers are the same key; the first-inserted key object is kept.
d = {}
d[1] = "int"
d[1.0] = "float"
d[True] = "bool"
print(d, len(d), type(list(d)[0]).__name__)
d2 = {True: "a", 1: "b", 1.0: "c"}
print(d2)
d3 = {0: "zero", False: "false", 0.0: "float zero", -0.0: "neg"}
print(d3)
print({(1, 2): "t"}[(1.0, 2.0)], {2: "two"}.get(2.0), 1.0 in {1: None}, True in {1}, 0.0 in [False])

# Sets: equal numbers collapse.
s = {1, 1.0, True, 2, 2.0}
print(len(s), sorted(s))
print({0, False, 0.0, -0.0} == {0}, len({(1, 2), (1.0, 2.0)}))

# Large ints and their float equivalents.
big = 2 ** 53
print(big == float(big), hash(big) == hash(float(big)), big + 1 == float(big + 1))

# Unhashable builtins.
for value in ([], {}, set(), [1], ([],)):
    try:
        hash(value)
        print("hashable?!")
    except TypeError as e:
        print("TypeError:", e)
try:
    {[1, 2]: "list key"}
except TypeError as e:
    print("TypeError:", e)
try:
    {1, [2]}
except TypeError as e:
    print("TypeError:", e)


# Equal hashes are required for == objects; the converse is not: -1 and -2 collide but are different keys.
print({-1: "a", -2: "b"}[-1], len({-1, -2}))

# A cache keyed by tuples of mixed ints and floats.
cache = {}
for args in [(1, 2), (1.0, 2.0), (2, 1), (True, 2)]:
    cache[args] = cache.get(args, 0) + 1
print(cache)
