print(hasattr("abc", "upper"), hasattr(1, "foo"), hasattr([], "append"), hasattr({}, "items"))
upper = getattr("abc", "upper")
print(upper())
print(getattr(5, "missing", "default value"))
append = getattr([1, 2], "append")
items = []
getattr(items, "append")(3)
print(items)
try:
    getattr(5, "missing")
except AttributeError as e:
    print("AttributeError:", e)
try:
    [].nothing
except AttributeError as e:
    print("AttributeError:", e)
