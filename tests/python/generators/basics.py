# yield basics: laziness, state between calls, generator objects, return ending iteration.

def counter(n):
    print("  counter starts")
    i = 0
    while i < n:
        print("  about to yield", i)
        yield i
        print("  resumed after", i)
        i += 1
    print("  counter ends")

g = counter(2)
print(type(g).__name__)
print("created, nothing ran yet")
print(next(g))
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.value)

# Iterating twice: a generator is exhausted after one pass.
g = counter(1)
print(list(g), list(g))

# A generator function with an early return.
def until_negative(items):
    for x in items:
        if x < 0:
            return
        yield x
print(list(until_negative([3, 1, 4, -1, 5])))

# Local state survives across yields, including loops and nested data.
def running_totals(items):
    total = 0
    seen = []
    for x in items:
        total += x
        seen.append(x)
        yield total, list(seen)
for t in running_totals([1, 2, 3]):
    print(t)

# yield as an expression (value None when resumed by next()).
def echo():
    while True:
        received = yield "ready"
        print("  received", received)
        if received == "stop":
            return
e = echo()
print(next(e), next(e))

# Several independent generator objects from the same function.
a, b = counter(3), counter(3)
print(next(a), next(a), next(b))

# Generators are iterators.
g = until_negative([1, 2])
print(iter(g) is g, hasattr(g, "__next__"), hasattr(g, "send"))

# yield in various positions.
def positions():
    x = yield 1
    y = [(yield 2), (yield 3)]
    z = (yield 4) or "default"
    yield ("done", x, y, z)
print(list(positions()))

# Generators capturing closures and default arguments.
def make_gen(factor):
    def gen(items, offset=100):
        for i in items:
            yield i * factor + offset
    return gen
print(list(make_gen(3)([1, 2, 3])), list(make_gen(2)([5], offset=0)))

# A generator with try/except inside the loop.
def parse(items):
    for s in items:
        try:
            yield int(s)
        except ValueError:
            yield "bad:" + s
print(list(parse(["1", "x", "3"])))

# Generator methods and generator attributes.
def named():
    yield 1
g = named()
print(g.__name__, g.__qualname__)

# Generator defined in a class.
class Range2:
    def __init__(self, n):
        self.n = n
    def evens(self):
        for i in range(self.n):
            if i % 2 == 0:
                yield i
    @staticmethod
    def odds(n):
        yield from (i for i in range(n) if i % 2)
r = Range2(7)
print(list(r.evens()), list(Range2.odds(7)))

# A recursive generator.
def permutations(items):
    if len(items) <= 1:
        yield list(items)
        return
    for i in range(len(items)):
        for rest in permutations(items[:i] + items[i + 1:]):
            yield [items[i]] + rest
print(["".join(p) for p in permutations("abc")])

# Returning a value from a generator sets StopIteration.value.
def with_return():
    yield 1
    return "the result"
g = with_return()
next(g)
try:
    next(g)
except StopIteration as e:
    print("value:", e.value, e.args)
