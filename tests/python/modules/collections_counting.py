# collections: defaultdict and Counter.
from collections import defaultdict, Counter

groups = defaultdict(list)
for name in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    groups[name[0]].append(name)
print(groups)
print(groups["a"], groups["z"], len(groups), sorted(groups))
counts = defaultdict(int)
for ch in "mississippi":
    counts[ch] += 1
print(counts, dict(counts), counts.default_factory)
nested = defaultdict(lambda: defaultdict(int))
nested["x"]["y"] += 2
print(nested["x"]["y"], dict(nested["x"]))
plain = defaultdict()
try:
    plain["missing"]
except KeyError as e:
    print("KeyError", e)
print(defaultdict(set, {"k": {1}}), groups.copy() == groups, type(groups.copy()).__name__)
c = Counter("abracadabra")
print(c)
print(c.most_common(3), c["a"], c["z"], c.total(), sorted(c.elements()))
c.update("aab")
c.update({"z": 3})
print(c)
c.subtract("aaaa")
print(c, +c)
print(Counter(a=3, b=1) + Counter(a=1, b=2), Counter(a=3, b=1) - Counter(a=1, b=2))
print(Counter(a=3, b=1) | Counter(a=1, b=2), Counter(a=3, b=1) & Counter(a=1, b=2), -Counter(a=-2, b=3))
words = "the quick brown fox jumps over the lazy dog the end".split()
print(Counter(words).most_common(2), Counter(len(w) for w in words))
print(Counter(a=1) == Counter(a=1, b=0), Counter() == Counter(), Counter(a=1) <= Counter(a=2))
del c["a"]
del c["never"]
print(c, Counter(), repr(Counter({"x": 0})))
inventory = Counter(apples=3)
inventory += Counter(apples=2, pears=1)
inventory -= Counter(apples=6)
print(inventory)
try:
    Counter.fromkeys("abc")
except NotImplementedError as e:
    print(e)
