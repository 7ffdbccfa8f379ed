# Special methods called as methods, and CPython's two messages for a method used on the wrong type.
print((1).__add__(2), (1).__add__(1.5), (1.5).__add__(1), (7).__rsub__(10), (2).__pow__(10), (7).__floordiv__(2), (7.0).__mod__(2))
print((1).__lt__(2), (1).__eq__('a'), (2.5).__ge__(2), True.__add__(True), (5).__neg__(), (-2.5).__neg__(), (0).__bool__(), (3).__hash__())
print(list(map(int.__add__, [1, 2], [10, 20])), int.__mul__(6, 7), float.__truediv__(1.0, 4), (3).__repr__(), (2.5).__repr__())
try:
    int.__add__('a', 1)
except TypeError as e:
    print(e)
try:
    (1).__truediv__(0)
except ZeroDivisionError as e:
    print(e)
for f in [lambda: str.__len__(5), lambda: list.__reversed__(5), lambda: int.__round__('a'), lambda: str.__format__(1, ''), lambda: dict.__getitem__(1, 1), lambda: list.__iadd__(1, []), lambda: float.__floor__(1), lambda: int.__index__(1.5), lambda: set.__contains__(1, 1), lambda: list.__getitem__(5, 0), lambda: dict.__contains__(5, 0), lambda: tuple.__getitem__(5,0), lambda: str.__getitem__(5,0), lambda: frozenset.__contains__(5, 1), lambda: str.__contains__(5, 'a'), lambda: str.upper(1), lambda: dict.get(1, 2)]:
    try: f()
    except TypeError as e: print(e)
