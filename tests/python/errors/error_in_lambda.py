to_int = lambda s: int(s)
print(list(map(to_int, ["1", "2"])))
print(to_int("three"))
