# Subclassing dict: __missing__, overridden __setitem__/__getitem__, inherited methods, extra attributes.

class Counter(dict):
    def __missing__(self, key):
        return 0

    def add(self, items):
        for item in items:
            self[item] += 1
        return self

    def most_common(self):
        return sorted(self.items(), key=lambda kv: (-kv[1], kv[0]))

c = Counter().add("mississippi")
print(c.most_common())
print(c["s"], c["z"], "z" in c, len(c), c.get("z"), c.get("z", "none"))
print(isinstance(c, dict), type(c).__name__, dict(c) == c, sorted(c.keys()))

# __missing__ that stores a default (like defaultdict).
class AutoList(dict):
    def __missing__(self, key):
        value = self[key] = []
        return value

groups = AutoList()
for word in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    groups[word[0]].append(word)
print(groups)
print(sorted(groups), groups["a"], groups.pop("c"))

# __missing__ is only used by [], not by get() or 'in'.
class Loud(dict):
    def __missing__(self, key):
        print("  missing", repr(key))
        raise KeyError(key)
ld = Loud(a=1)
print(ld["a"], ld.get("b"), "b" in ld)
try:
    ld["b"]
except KeyError as e:
    print("KeyError:", e)

# Overriding __setitem__ (note: dict.update and the constructor do not call it).
class Upper(dict):
    def __setitem__(self, key, value):
        super().__setitem__(key.upper(), value)

u = Upper(x=1)
u["y"] = 2
u.update(z=3)
print(sorted(u.items()))

# Overriding __getitem__ and using inherited methods.
class Default(dict):
    def __init__(self, default, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.default = default

    def __getitem__(self, key):
        if key in self:
            return super().__getitem__(key)
        return self.default

d = Default("?", {"a": 1}, b=2)
print(d["a"], d["b"], d["c"], d.default, len(d), sorted(d.items()))
d.setdefault("c", 3)
print(d["c"], d.pop("a"), list(d))

# Attribute access on dict subclasses (a common "attrdict").
class AttrDict(dict):
    def __getattr__(self, name):
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name)

    def __setattr__(self, name, value):
        self[name] = value

ad = AttrDict(x=10)
ad.y = 20
print(ad.x, ad.y, ad, hasattr(ad, "z"))

# Equality with plain dicts, and repr.
class Plain(dict):
    pass
p = Plain({"k": "v"})
print(p == {"k": "v"}, {"k": "v"} == p, repr(p), p | {"n": 1}, type(p | {"n": 1}).__name__)

# The MRO and dict methods through super().
class Tracking(dict):
    def __init__(self):
        super().__init__()
        self.writes = 0
    def __setitem__(self, key, value):
        self.writes += 1
        super().__setitem__(key, value)
    def __delitem__(self, key):
        self.writes += 1
        super().__delitem__(key)
t = Tracking()
for i in range(5):
    t[i] = i * i
del t[0]
print(t, t.writes, [cls.__name__ for cls in Tracking.__mro__])

# Iterating, keys(), values() inherited.
print(list(t), list(t.values()), sum(t.values()))

# A dict subclass fills itself as dict() does, with the same errors.
class Plain(dict):
    pass
print(Plain([(1, 2)], a=3), Plain({"x": 1}))
try:
    Plain([(1, 2, 3)])
except ValueError as e:
    print("ValueError:", e)
