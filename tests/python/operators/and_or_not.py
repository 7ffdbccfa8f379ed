def loud(value):
    print("eval", value)
    return value

print(0 or "x", "" and 1, None or [] or 5, 1 and 2 and 3, 0 and 1 / 0)
print(repr("" or ""), [] and [1], [0] or 1)
print(loud(0) and loud(1))
print(loud(1) or loud(2))
print(loud(1) and loud(0) or loud("fallback"))
print(not [], not [0], not 0.0, not "a", not None)
x = 7
print(x > 5 and "big" or "small")
