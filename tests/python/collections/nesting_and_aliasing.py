row = [0] * 3
grid = [row] * 3
grid[0][0] = 1
print(grid)
grid = [[0] * 3 for _ in range(3)]
grid[0][0] = 1
print(grid)
people = [{"name": "Ann", "tags": ["a"]}, {"name": "Bob", "tags": []}]
people[1]["tags"].append("b")
print(people)
original = [1, [2, 3]]
shallow = list(original)
shallow[1].append(4)
shallow[0] = 100
print(original, shallow)
print([[], [[]], [1, [2, [3, []]]]])
print(["it's", 'say "x"', None, True, 1.0, -0.5])
