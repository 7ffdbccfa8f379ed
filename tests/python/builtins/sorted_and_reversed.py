print(sorted([3, 1, 2]), sorted([3, 1, 2], reverse=True), sorted("hello"), sorted((2, 1)))
print(sorted({"b": 1, "a": 2}), sorted([-3, 1, -2], key=abs))
pairs = [("b", 2), ("a", 2), ("c", 1)]
print(sorted(pairs, key=lambda p: p[1]))
print(sorted(pairs))
print(sorted(["banana", "Apple", "cherry"]), sorted(["banana", "Apple", "cherry"], key=str.lower))
original = [3, 1, 2]
result = sorted(original)
print(original, result)
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed((1, 2))), list(reversed(range(3))))
print(sorted([1.5, -2, 3, 0]))
