# Closures see the variable, not its value at creation time.
functions = []
for i in range(3):
    functions.append(lambda: i)
print([f() for f in functions])

bound = []
for i in range(3):
    bound.append(lambda i=i: i)
print([f() for f in bound])

def make():
    fs = [lambda: x for x in range(3)]
    return [f() for f in fs]

print(make())

def later():
    def show():
        return value
    value = "assigned after the def"
    return show()

print(later())
