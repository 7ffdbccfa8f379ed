values = [1, -1, 1.5, "text", "it's", 'a "b"', None, True, [1, "x"], (1,), (), {"k": [1]}, {}, set(), {1}]
for v in values:
    print(repr(v))
print(repr(repr("x")))
print(str("x"), repr("x"))
