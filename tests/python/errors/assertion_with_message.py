def check_positive(x):
    assert x > 0, "expected a positive number, got " + str(x)
    return x

print(check_positive(5))
check_positive(-3)
