# yield from: delegation, return values, sending into sub-generators, delegation to iterables.

def inner(n):
    for i in range(n):
        yield i
    return "inner returned " + str(n)

def outer():
    r1 = yield from inner(2)
    print("  got", r1)
    r2 = yield from inner(3)
    print("  got", r2)
    return r1 + " & " + r2

g = outer()
print(list(g))

# The return value of the outermost generator.
def driver():
    result = yield from outer()
    yield "final: " + result
print(list(driver()))

# yield from an arbitrary iterable.
def flatten(nested):
    for item in nested:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item
print(list(flatten([1, [2, [3, [4]], 5], [[6]], 7])))

def chars_and_range():
    yield from "ab"
    yield from range(3)
    yield from (x * x for x in range(3))
    yield from {"k": 1}
    r = yield from []
    yield r
print(list(chars_and_range()))

# send() passes through yield from to the sub-generator.
def accumulator():
    total = 0
    while True:
        value = yield total
        if value is None:
            return total
        total += value

def supervisor(results):
    while True:
        total = yield from accumulator()
        results.append(total)
        if len(results) == 2:
            return

results = []
s = supervisor(results)
next(s)
for v in (1, 2, 3):
    print("sent", v, "->", s.send(v))
print("new round starts at", s.send(None))
for v in (10, 20):
    s.send(v)
try:
    s.send(None)
except StopIteration:
    print("supervisor finished")
print(results)

# The value of yield from when the sub-generator returns without a value.
def no_value():
    yield 1
def wrap():
    r = yield from no_value()
    yield ("returned", r)
print(list(wrap()))

# yield from a generator that returns immediately.
def empty():
    return "empty result"
    yield
def use_empty():
    r = yield from empty()
    yield r
print(list(use_empty()))

# Deep delegation chains.
def depth(n):
    if n == 0:
        yield "bottom"
        return 0
    r = yield from depth(n - 1)
    yield "level " + str(n)
    return r + 1
g = depth(4)
print(list(g))
def total_depth():
    d = yield from depth(3)
    yield d
print(list(total_depth())[-1])

# A tree walker built on yield from.
class Node:
    def __init__(self, name, children=()):
        self.name = name
        self.children = children
    def walk(self, level=0):
        yield "  " * level + self.name
        for c in self.children:
            yield from c.walk(level + 1)
tree = Node("root", [Node("a", [Node("a1"), Node("a2")]), Node("b")])
for line in tree.walk():
    print(line)

# StopIteration.value via yield from an iterator class with a value.
class ReturnsValue:
    def __init__(self):
        self.done = False
    def __iter__(self):
        return self
    def __next__(self):
        if self.done:
            raise StopIteration("iterator value")
        self.done = True
        return "only item"
def from_class():
    r = yield from ReturnsValue()
    yield r
print(list(from_class()))
