# collections.deque: both ends, rotation, maxlen, indexing and errors.
from collections import deque

d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d, len(d), d[0], d[-1], d[2])
print(d.pop(), d.popleft(), d)
d.extend("ab")
d.extendleft([9, 8])
print(d, list(reversed(d)), "a" in d, 7 in d)
d.rotate(2)
print(d)
d.rotate(-3)
print(d)
print(d.count("a"), d.index(2), d.index("b"))
d.remove(9)
d.insert(1, "x")
d[0] = "first"
del d[2]
print(d)
d.reverse()
print(d, d.copy(), d == deque(d), d != deque())
last3 = deque(maxlen=3)
for i in range(6):
    last3.append(i)
    print(list(last3), end=" ")
print()
print(last3, last3.maxlen, deque().maxlen)
last3.appendleft(-1)
print(last3)
print(deque("abc") + deque("de"), deque([1, 2]) * 3, deque(range(3)) < deque(range(4)))
q = deque()
for word in ["a", "b", "c"]:
    q.append(word)
while q:
    print(q.popleft(), end=" ")
print()
print(bool(deque()), bool(deque([0])), repr(deque()), deque([[1], (2,)]))
for bad in [lambda: deque().pop(), lambda: deque().popleft(), lambda: deque([1])[5], lambda: deque([1]).remove(3),
            lambda: deque([1, 2]).index(7), lambda: deque(maxlen=-1), lambda: deque([1, 2])[0:1], lambda: hash(deque())]:
    try:
        bad()
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
d = deque([1, 2, 3])
try:
    for x in d:
        d.append(x)
except RuntimeError as e:
    print(e)
