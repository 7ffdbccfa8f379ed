def greet(name):
    return f"Hello, {name}!"

print(greet("Krait"))
print("2 ** 100 =", 2 ** 100)
