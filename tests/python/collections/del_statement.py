x = 5
del x
try:
    print(x)
except NameError as e:
    print("NameError:", e)
items = [0, 1, 2, 3, 4]
del items[0]
del items[-1]
print(items)
d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print(d)
a, b = 1, 2
del a, b
try:
    b
except NameError:
    print("b is gone too")
nested = {"inner": [1, 2, 3]}
del nested["inner"][1]
print(nested)
