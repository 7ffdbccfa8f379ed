def compute():
    value = 10
    return value * completely_unknown_thing

print("before")
compute()
