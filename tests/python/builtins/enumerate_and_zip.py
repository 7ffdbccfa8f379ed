print(list(enumerate("abc")), list(enumerate(["x", "y"], start=10)))
for i, (a, b) in enumerate(zip("ab", "cd")):
    print(i, a, b)
print(list(zip([1, 2, 3], "abc")), list(zip([1, 2, 3], "ab")), list(zip()), list(zip([1])))
print(list(zip(range(3), range(10, 13), range(20, 23))))
print(dict(zip(["one", "two"], [1, 2])))
names = ["a", "b"]
scores = [90, 85]
for name, score in zip(names, scores):
    print(name, score)
