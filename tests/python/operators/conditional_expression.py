def loud(value):
    print("eval", value)
    return value

for n in (-3, 0, 4):
    print(n, "negative" if n < 0 else "zero" if n == 0 else "positive")
print(loud("yes") if True else loud("no"))
print(loud("yes") if False else loud("no"))
grid = [("x" if (i + j) % 2 else "o") for i in range(3) for j in range(3)]
print("".join(grid))
f = lambda v: v * 2 if v else -1
print(f(0), f(5))
