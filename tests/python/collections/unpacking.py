a, b = 1, 2
a, b = b, a
print(a, b)
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "abcd"
print(init, last)
head, *middle, tail = range(5)
print(head, middle, tail)
x, *empty, y = [1, 2]
print(x, empty, y)
(p, q), r = (1, 2), 3
print(p, q, r)
[m, n] = "mn"
print(m, n)
i = j = k = 0
print(i, j, k)
combined = [*range(3), *"ab", 9]
print(combined)
merged = {**{"a": 1, "b": 2}, "b": 20, **{"c": 3}}
print(merged)
print(*[1, 2, 3], sep="-")
for idx, (key, value) in enumerate({"k1": "v1", "k2": "v2"}.items()):
    print(idx, key, value)
