values = [0, 1, -1, 0.0, 0.5, "", "0", " ", [], [0], (), (None,), {}, {"": 0}, set(), None, True, False,
          range(0), range(1), 10 ** 30]
for v in values:
    if v:
        print(repr(v), "is true")
    else:
        print(repr(v), "is false")
print(bool([]), bool([[]]), bool(-0.0))
