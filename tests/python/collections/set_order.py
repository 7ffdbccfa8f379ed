# Sets of ints iterate in CPython's order: the slot order of its hash table, including after deletions and resizes.
print({3, 1, 2}, {-1, 5, 100, 7}, {1e10, 2.5}, {8, 16, 0, 24}, set(range(20)))
s = set(range(20))
for i in range(0, 20, 3):
    s.remove(i)
print(s)
s.add(100)
s.add(33)
s.add(0)
print(s)
print({0, 8, 16} - {0}, set([16, 1, 2, 3, 4]), frozenset([5, 3, 1, 64, 32]))
t = {0, 8, 16}
t.remove(0)
t.remove(16)
t.add(24)
print(t)
a = set(range(0, 40, 3))
b = set(range(0, 40, 5))
print(a | b)
print(a & b, b & a)
print(a - b, b - a)
print(a ^ b)
print(b ^ a)
print(a.union(b, [99, 1000]), a.intersection(b, range(20)), a.difference([3], (6,)), a.symmetric_difference(range(5)))
c = set(a)
c |= {1000, 64}
print(c)
c &= b
print(c)
d = set(range(50))
d -= set(range(0, 50, 2))
print(d)
d ^= {1, 2, 3, 200}
print(d)
d.difference_update(range(10))
d.update([-5, 77], (1, 2))
print(d)
d.intersection_update(range(100))
print(d)
e = {1, 2, 3}
print(e.pop(), e.pop(), e)
big = set()
for i in range(100):
    big.add(i * 7919 % 1000)
print(big)
print({i * 8 for i in range(10)}, set(x * x for x in range(10)), set({3: 1, 1: 2, 20: 3}))
print({(1, 2), (3, 4)} == {(3, 4), (1, 2)}, {True, 1, 1.0}, {0, False, 0.0}, {2 ** 64, 2 ** 65, 1})
print(hash(frozenset({1, 2})), hash(frozenset()), hash(frozenset({-1, 5, 100, 7})), hash(frozenset({1.5})))
print({frozenset({1, 2}): 'x'}[frozenset({2, 1})], {1} in {frozenset({1})}, {1, 2}.issubset([1, 2, 3]), {1, 2}.issuperset((1,)))
print({1, 2}.isdisjoint({3}), {1, 2} < {1, 2, 3}, {1, 2} <= {1, 2}, {1, 2, 3} > {1}, frozenset({1}) | {2}, {2} | frozenset({1}))
s = {1, 2}
s.discard(5)
s.discard(1)
print(s, s.copy(), frozenset(s).copy(), set(), frozenset())
try:
    s.remove(9)
except KeyError as err:
    print('KeyError', err)
try:
    set().pop()
except KeyError as err:
    print('KeyError', err)
try:
    for item in s:
        s.add(item + 1)
except RuntimeError as err:
    print('RuntimeError', err)
