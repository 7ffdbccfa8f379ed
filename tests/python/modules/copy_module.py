# copy: shallow and deep copies of containers and instances.
import copy

nested = [[1, 2], {"k": [3]}, (4, [5])]
shallow = copy.copy(nested)
deep = copy.deepcopy(nested)
nested[0].append(99)
nested[1]["k"].append(98)
print(shallow, deep, shallow[0] is nested[0], deep[0] is nested[0])
d = {"a": [1], "b": {"c": 2}}
d2 = copy.deepcopy(d)
d2["b"]["c"] = 3
print(d, d2, copy.copy(d) == d, copy.copy((1, 2)) == (1, 2), copy.deepcopy("text"))
shared = [1]
pair = [shared, shared]
pair_copy = copy.deepcopy(pair)
print(pair_copy[0] is pair_copy[1], pair_copy[0] is shared)


class Config:
    def __init__(self, name, options):
        self.name = name
        self.options = options


cfg = Config("base", {"debug": False, "paths": ["/a"]})
clone = copy.deepcopy(cfg)
clone.options["paths"].append("/b")
flat = copy.copy(cfg)
print(cfg.options, clone.options, flat.options is cfg.options, type(clone).__name__)


class Tracked:
    def __init__(self, v):
        self.v = v

    def __copy__(self):
        print("custom copy")
        return Tracked(self.v)

    def __deepcopy__(self, memo):
        print("custom deepcopy")
        return Tracked(copy.deepcopy(self.v, memo))


t = Tracked([1])
print(copy.copy(t).v, copy.deepcopy(t).v)
print(copy.copy({1, 2}), copy.deepcopy(frozenset({3})), copy.copy(None), copy.deepcopy([]))
