def lookup(container, key):
    try:
        return container[key]
    except (KeyError, IndexError) as e:
        return "missing: " + type(e).__name__

print(lookup([1, 2], 5), lookup({"a": 1}, "b"), lookup({"a": 1}, "a"))
for bad in ("1/0", "int", "name"):
    try:
        if bad == "1/0":
            1 / 0
        elif bad == "int":
            int("nope")
        else:
            undefined_variable_here
    except (ZeroDivisionError, ValueError):
        print(bad, "-> arithmetic or value")
    except NameError:
        print(bad, "-> name")
