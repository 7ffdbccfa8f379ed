print(list(map(str, [1, 2, 3])), list(map(int, ["4", "5"])))
print(list(map(lambda a, b: a * b, [1, 2, 3], [4, 5, 6, 7])))
print(list(filter(None, [0, 1, "", "a", None, [], [0]])))
print(list(filter(lambda s: s.startswith("a"), ["apple", "banana", "avocado"])))
print(sum(map(len, ["ab", "cde"])))
for x in map(abs, [-1, -2]):
    print(x)
print(list(map(lambda s: s.upper(), filter(lambda s: len(s) > 2, ["hi", "hey", "hello"]))))
