# repr of floats is the shortest string that reads back as the same value.
values = [0.1, 0.2, 0.1 + 0.2, 1.0, -0.0, 100.0, 1e16, 1e15, 123456789.0, 1e22, 1e-05, 0.0001, 1.5e-7,
          1 / 3, 2 / 3, 10 / 4, 1e300 * 1e10, -1e300 * 1e10, 12345678901234567890.0, 2.5e-308, 3.14159]
for v in values:
    print(v, repr(v), str(v))
print(float('nan'), float('inf'), float('-inf'))
print([0.1, 1e16, -2.5])
