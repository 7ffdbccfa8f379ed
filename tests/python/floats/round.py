# round() uses round-half-to-even and returns an int when called with one argument.
for v in (0.5, 1.5, 2.5, 3.5, -0.5, -1.5, 2.4999, 2.5001):
    print(v, round(v))
print(round(2.675, 2))
print(round(3.14159, 3), round(3.14159, 0), round(-3.14159, 1))
print(round(1234.5678, -2), round(1250.0, -2))
print(round(15, -1), round(25, -1), round(-15, -1), round(123, 1), round(7))
print(type(round(2.5)), type(round(2.5, 1)))
