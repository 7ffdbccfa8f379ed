# Only hash facts Python guarantees: equal values hash equal; small ints hash to themselves.
print(hash(1), hash(0), hash(12345))
print(hash(True) == hash(1), hash(1.0) == hash(1), hash(2.5) == hash(2.5))
print(hash("abc") == hash("ab" + "c"), hash((1, "a")) == hash((1, "a")))
print(hash(None) == hash(None), hash(10 ** 30) == hash(10 ** 30))
d = {1: "a"}
print(d[1.0], d[True])
for unhashable in ([], {}, set(), ([1], 2)):
    try:
        hash(unhashable)
    except TypeError as e:
        print("TypeError:", e)
