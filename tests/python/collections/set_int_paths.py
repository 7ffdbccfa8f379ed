# Ints in sets take a fast path; everything that can equal an int (bools, floats, user objects) must still match.
s = set()
for i in range(2000):
    s.add(i % 37)
    if (i * 7) % 37 in s:
        s.discard((i * 3) % 37)
print(sorted(s), len(s))

t = {1, 2.0, True, "3"}
print(1 in t, 2 in t, 3 in t, True in t, 1.0 in t, 0 in t, len(t))
t.add(2)
t.add(1)
print(len(t), sorted(t, key=str))
t.remove(2)
print(2.0 in t, 2 in t)
try:
    t.remove(99)
except KeyError as e:
    print("KeyError", e)


class Weird:
    def __hash__(self):
        return 5

    def __eq__(self, other):
        print("eq called with", other)
        return other == 5


w = {Weird()}
print(5 in w, 6 in w, 5 not in w)
w.add(5)
print(len(w))
w.discard(5)
print(len(w))


class Evens(set):
    def __contains__(self, x):
        return x % 2 == 0


e = Evens([1, 2, 3])
print(1 in e, 2 in e, 4 in e, 1 not in e)
fs = frozenset(range(10))
print(3 in fs, 10 in fs, -1 not in fs, 2**70 in fs, 2**70 in {2**70})
n = -1
print(n in {-1, -2}, -2 in {-1}, hash(-1) == hash(-2))
seen = set()
for i in range(-5, 5):
    seen.add(i)
print(sorted(seen), 0 in seen, False in seen, -1 in seen)
