def loud(label, value):
    print("eval", label)
    return value

print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1 > 0, 1 == 1 == 1.0)
x = 5
print(0 < x <= 5, 0 < x < 5, 1 <= x != 4)
print(loud("a", 1) < loud("b", 2) < loud("c", 3))
print(loud("a", 3) < loud("b", 2) < loud("c", 1))
a = None
print(a is None, a is not None, a is not a)
print("a" < "b" < "c" in "abc")
