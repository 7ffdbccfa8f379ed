# collections.OrderedDict: order-aware operations and equality.
from collections import OrderedDict

od = OrderedDict()
od["b"] = 2
od["a"] = 1
od["c"] = 3
print(od, list(od), list(od.keys()), list(od.values()), list(od.items()))
od.move_to_end("b")
print(od)
od.move_to_end("c", last=False)
print(od)
print(od.popitem(), od.popitem(last=False), od)
od.update([("x", 10), ("y", 20)], z=30)
print(od, od.keys(), od.values(), od.items())
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == {"b": 2, "a": 1})
print(dict(OrderedDict(a=1)) == {"a": 1}, OrderedDict.fromkeys("xyz", 0), OrderedDict())
print(list(reversed(OrderedDict.fromkeys("abc"))), od.setdefault("w", 5), od.pop("x"), od)
copy = od.copy()
copy["new"] = 1
print(type(copy).__name__, len(od), len(copy), isinstance(od, dict))
try:
    OrderedDict().popitem()
except KeyError as e:
    print("KeyError", e)
lru = OrderedDict()
for key in ["a", "b", "c", "a", "d", "b", "e"]:
    if key in lru:
        lru.move_to_end(key)
    lru[key] = True
    if len(lru) > 3:
        lru.popitem(last=False)
print(list(lru))
