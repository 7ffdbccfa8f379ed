# Calls (keywords, *args, **kwargs, methods), displays with unpacking, assignment targets, operators, imports.
import math
from math import sqrt as root, pi

items = [3, *range(2), 5]
first, *middle, last = items
table = {"a": 1, **{"b": 2}, "c": 3}
table["a"] += 10
point = (1, 2)
x, y = point
print(*items, sep=", ", end="\n")
print(items.index(5), sorted(items, key=lambda v: -v), {**table})
print(1 < x <= 2 < y, x and y or None, not x, -y, ~x, x ** 2 // 3 % 2)
print(items[1:3], items[::-1], items[-1], root(16.0) + pi * math.floor(2.5))
del items[0], table["b"]
if (n := len(items)) > 2 and x is not None and 5 in items:
    print(n, f"{n:04d}|{x!s}")
