s = {3, 1, 2}
s.add(4)
s.add(1)
s.discard(10)
s.discard(2)
print(sorted(s), len(s), 3 in s, 2 in s)
s.remove(3)
print(sorted(s))
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(a | b, a & b, a - b, a ^ b)
print(a.union(b) == a | b, a.intersection(b), a.difference(b), b.issubset(a), {3}.issubset(a))
print(set(), set([5, 5, 1]), len({1, 1, 1}))
words = {"pear", "apple", "fig"}
print(sorted(words), "fig" in words)
print(sorted({len(w) for w in words}))
