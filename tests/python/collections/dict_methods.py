d = {"b": 2, "a": 1}
d["c"] = 3
print(d, len(d), d["a"])
print(list(d.keys()), list(d.values()), list(d.items()))
print(d.get("a"), d.get("z"), d.get("z", 0))
d.update({"a": 10, "d": 4})
d.update(e=5)
print(d)
print(d.setdefault("a", 99), d.setdefault("f", 6), d)
print(d.pop("b"), d.pop("zz", "default"), d)
del d["c"]
print("c" in d, "a" in d, d)
d["b"] = 2
print(list(d))
print(dict([("x", 1), ("y", 2)]), dict(k=1), dict({"z": 0}, w=1), dict())
counts = {}
for ch in "hello":
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
print(d.popitem(), d)
keys = {1: "int", 1.5: "float", "1": "str", (1, 2): "tuple", None: "none", True: "bool wins slot 1"}
print(keys)
