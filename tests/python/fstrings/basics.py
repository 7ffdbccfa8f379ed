name = "World"
n = 41
print(f"Hello, {name}!")
print(f"{n + 1} is the answer")
print(f"{name.upper()} {len(name)}")
print(f"{'single'} {'yes' if n > 40 else 'no'}")
print(f"{{braces}} {{{n}}}")
print(f"{[1, 2, 3]} {(1, 'a')} {None} {True}")
items = {"a": 1}
print(f"{items['a']} {items}")
print(f"")
print(f"{n}" f"{name}" "plain")
