# Lists of ints, of floats and of anything behave the same (Krait keeps the first two in primitive arrays).
a = [5, 3, 9, 1]
a.sort()
print(a, a[-1], a[-4])
a.sort(reverse=True)
print(a)
a[0] = True
print(a, type(a[0]).__name__, a[0] is True)
big = [1, 2]
big.append(10 ** 30)
big[0] = -2 ** 63
print(big, big[0] - 1)
zeros = [0] * 6
zeros[2] = 7
zeros[-1] = 'x'
print(zeros, len(zeros))
floats = [1.5, 2.5]
floats.append(3)
print(floats, floats[-1], type(floats[-1]).__name__, floats[0] + floats[1])
mixed = []
mixed.append(1)
mixed.append(2.0)
mixed.append(None)
print(mixed)
squares = [i * i for i in range(10)]
squares.insert(3, 100)
squares.insert(0, 'z')
print(squares.pop(), squares.pop(0), squares)
twice = [1, 2]
twice += twice
twice.extend([3.0])
print(twice, twice * 2, [2.0] * 3, [-0.0] * 2)
g = [1, 2, 3]
g[1:2] = [7, 8]
print(g)
g.reverse()
print(g)
del g[0]
print(g, 7 in g, g.index(7), g.count(1))
nan = float('nan')
h = [nan, 1.0]
x = h[0]
print(x in h, h[0] is x, h.index(nan), h == h, [1, 2] == [1, 2], [1.0] == [1], [1, 2] < [1, 3])
r = list(range(5))
r.remove(3)
print(r, max(r), min(r), sum(r), sorted(r, key=lambda v: -v), r[::2], r[1:3])
f = [0.5] * 3
f[1] = 2
f[2] = 'y'
print(f, [1, 2, 3] + [4.0], [1.0] + [2.0], list(map(float, [1, 2])))
c = [1, 2, 3]
c.clear()
c.append('a')
print(c, list(reversed([1, 2, 3])), [1, 2, 3][::-1], [i / 2 for i in range(4)])
grid = [[0] * 3 for _ in range(3)]
for i in range(3):
    for j in range(3):
        grid[i][j] = i * 3 + j
grid[1][1] = 4.5
print(grid, sum(grid[0]), sum(grid[1]))
counts = [0] * 5
for v in [1, 3, 3, 4, 1, 1]:
    counts[v] += 1
print(counts, counts.index(3), 3 in counts, 'a' in counts)
try:
    counts[5] = 1
except IndexError as e:
    print('IndexError', e)
try:
    print([1.0, 2.0][-3])
except IndexError as e:
    print('IndexError', e)
