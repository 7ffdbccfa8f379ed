# collections.namedtuple: construction, fields, helpers and errors.
from collections import namedtuple

Point = namedtuple("Point", ["x", "y"])
p = Point(3, 4)
print(p, p.x, p.y, p[0], p[-1], p[:1], len(p), list(p))
x, y = p
print(x + y, p == (3, 4), p == Point(3, 4), p != Point(4, 3), hash(p) == hash((3, 4)))
print(p._asdict(), p._replace(y=10), Point._make([5, 6]), Point._fields, Point.__name__)
Color = namedtuple("Color", "red green blue", defaults=[255])
print(Color(1, 2), Color(1, 2, 3), Color._field_defaults, Color(red=0, green=0))
Employee = namedtuple("Employee", "name, age, title")
staff = [Employee("ann", 40, "cto"), Employee("bob", 25, "dev"), Employee("cy", 33, "ops")]
for e in sorted(staff, key=lambda e: e.age):
    print(e.name, e.age, e.title)
print(max(staff, key=lambda e: e.age).name, [e.title for e in staff if e.age > 30])
print(sorted([Point(2, 1), Point(1, 9), Point(1, 2)]), Point(1, 2) < Point(1, 3), Point(0, 0) + (1,))
print(p.count(3), p.index(4), 3 in p, dict(zip(Point._fields, p)))
R = namedtuple("R", ["def", "ok", "ok"], rename=True)
print(R._fields)
for bad in [lambda: Point(1), lambda: Point(1, 2, 3), lambda: Point(1, z=2), lambda: Point(1, x=2),
            lambda: namedtuple("P", "a a"), lambda: namedtuple("P", "_a"), lambda: namedtuple("P", "class"),
            lambda: namedtuple("1P", "a"), lambda: Point._make([1]), lambda: p._replace(z=1)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    p.x = 5
except AttributeError as e:
    print("AttributeError", e)
