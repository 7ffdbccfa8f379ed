for i in range(10, 0, -3):
    print(i, end=" ")
print()
for k in {"one": 1, "two": 2}:
    print(k)
for k, v in {"one": 1, "two": 2}.items():
    print(k, v)
for a, (b, c) in [(1, (2, 3)), (4, (5, 6))]:
    print(a + b + c)
for i, ch in enumerate("abc", start=1):
    print(i, ch)
pairs = []
for x, y in zip([1, 2, 3], "xyz"):
    pairs.append(str(x) + y)
print(pairs)
items = [1, 2, 3]
for i in range(len(items)):
    items[i] *= 10
print(items)
