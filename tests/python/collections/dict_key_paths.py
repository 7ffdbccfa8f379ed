# Str and int keys take a fast lookup path; keys of other kinds that hash and compare equal must still be found.
d = {1: "int", "a": "str", 2.5: "float", (1, 2): "tuple"}
print(d[1], d[1.0], d[True], "a" in d, "b" in d, 1.0 in d, 2.5 in d, (1, 2) in d, d.get(True), d.get("zz", 0))


class Key(str):
    pass


d[Key("k")] = "sub"
print(d["k"], "k" in d, Key("a") in d, d[Key("a")])


class Collide:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return hash("x")

    def __eq__(self, other):
        print("eq", self.v, repr(other))
        return other == "x" or (isinstance(other, Collide) and other.v == self.v)


e = {Collide(1): 1}
print("x" in e, e.get("x"), "y" in e)
e["x"] = 2
print(len(e), e["x"])
n = {-1: "m1", -2: "m2", 2**64: "big"}
print(n[-1], n[-2], -1 in n, 2**64 in n, 2**64 + 0.0 in n)


class D(dict):
    def __contains__(self, k):
        return k == "always"


print("always" in D(), "a" in D(a=1), "a" not in D(a=1))
counts = {}
for i in range(5000):
    w = "w%d" % (i % 17)
    counts[w] = counts.get(w, 0) + 1
    if i % 3 in counts:
        counts[i % 3] += 1
    else:
        counts[i % 3] = 1
print(sorted(counts.items(), key=str)[:5], len(counts))
try:
    [] in {}
except TypeError as e:
    print("TypeError", e)
