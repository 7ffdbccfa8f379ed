# Sorting by tuples of ints and strs (a fast path) must agree with the general comparison everywhere else.
data = [(i * 7919 % 13, "k%d" % (i % 4), i) for i in range(60)]
print(sorted(data)[:8])
print(sorted(data, reverse=True)[:5])
print(sorted(data, key=lambda t: (t[1], -t[0]))[:6])
pairs = [(x % 5, i) for i, x in enumerate(range(40, 0, -3))]
pairs.sort(reverse=True)
print(pairs)
print(sorted([(1, "b"), (1, "a"), (0, "z"), (1,), (1, "a", 0), (-5, "q"), ()]))
print(sorted([(True, 1), (1, 0), (0.5, 2), (1, -1.5)]))
print(sorted([(2**70, 1), (2**70, 0), (1, 2)]))


class Rev(tuple):
    def __lt__(self, other):
        return tuple.__gt__(self, other)


print(sorted([Rev((1, 2)), Rev((3, 4)), Rev((2, 0))]))
print(sorted([(1, [2]), (1, [1])]))
try:
    sorted([(1, "a"), (1, 2)])
except TypeError as e:
    print("TypeError", e)
nan = float("nan")
print(sorted([(1, 2.5), (1, 2), (0, nan)])[0][0])
xs = list(range(100, 0, -1))
print(xs.index(37), xs.index(37.0), xs.index(True), [1.0, 2.0].index(2))
try:
    xs.index(1000)
except ValueError as e:
    print("ValueError", e)
print(xs.index(50, 40, 60))
