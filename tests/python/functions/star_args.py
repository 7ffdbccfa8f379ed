def total(*numbers):
    print(type(numbers), len(numbers))
    return sum(numbers)

print(total(), total(1), total(1, 2, 3))

def show(**options):
    for key in options:
        print(key, "=", options[key])
    return options

print(show(b=2, a=1, c=3))
values = [4, 5, 6]
print(total(*values), total(0, *values, 10))
opts = {"x": 1, "y": 2}
print(show(**opts, z=3))

def point(x, y, z=0):
    return (x, y, z)

print(point(*[1, 2]), point(**{"y": 5, "x": 4}), point(1, *(2,), **{"z": 3}))
