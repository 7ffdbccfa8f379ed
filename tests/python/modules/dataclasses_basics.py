# dataclasses: generated __init__, __repr__, __eq__, defaults and default factories.
from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass


@dataclass
class Point:
    x: int
    y: int = 0


@dataclass
class Inventory:
    owner: str
    items: list = field(default_factory=list)
    counts: dict = field(default_factory=dict, repr=False)

    def add(self, item):
        self.items.append(item)
        self.counts[item] = self.counts.get(item, 0) + 1


p = Point(1, 2)
print(p, Point(5), Point(y=3, x=4), p == Point(1, 2), p == Point(2, 1), p.x + p.y)
inv = Inventory("ann")
inv.add("apple")
inv.add("apple")
other = Inventory("bob")
print(inv, other, inv.counts, other.items is not inv.items)
print([f.name for f in fields(Inventory)], [f.type for f in fields(Point)], fields(Point)[1].default)
print(asdict(inv), astuple(p), replace(p, y=9), is_dataclass(p), is_dataclass(Point), is_dataclass(3))
print(Point.__doc__, Point.__match_args__, Point.__init__.__qualname__)
for args, kwargs in [((), {}), ((1, 2, 3), {}), ((1,), {"z": 2}), ((1,), {"x": 2})]:
    try:
        Point(*args, **kwargs)
    except TypeError as e:
        print(e)
try:
    @dataclass
    class Bad:
        a: int = 1
        b: int
except TypeError as e:
    print(e)
try:
    @dataclass
    class Shared:
        tags: list = []
except ValueError as e:
    print(e)
try:
    hash(p)
except TypeError as e:
    print(e)


@dataclass
class Node:
    value: int
    children: list = field(default_factory=list)

    def total(self):
        return self.value + sum(child.total() for child in self.children)


tree = Node(1, [Node(2), Node(3, [Node(4)])])
print(tree.total(), tree)
print(asdict(tree))
