# __iter__ and __next__: custom iterators in for loops, unpacking, builtins and comprehensions.

class Countdown:
    def __init__(self, start):
        self.start = start
    def __iter__(self):
        return CountdownIter(self.start)

class CountdownIter:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1

c = Countdown(3)
for x in c:
    print("tick", x)
print(list(c), list(c), tuple(c), sorted(c), sum(c), max(c), min(c))
print([x * x for x in c], {x: -x for x in c}, set(c) == {1, 2, 3})
a, b, cc = c
print(a, b, cc)
first, *rest = Countdown(5)
print(first, rest)
print(list(zip(Countdown(3), "abc")), list(enumerate(Countdown(2))))
print(" ".join(str(x) for x in Countdown(4)))
print(any(x == 2 for x in c), all(x > 0 for x in c))

# iter() and next() directly, and next() with a default.
it = iter(Countdown(2))
print(next(it), next(it), next(it, "done"))
try:
    next(it)
except StopIteration:
    print("StopIteration")

# An iterator that is its own iterable is exhausted after one pass.
once = CountdownIter(3)
print(list(once), list(once))

# The legacy __getitem__ protocol.
class Squares:
    def __getitem__(self, i):
        if i >= 5:
            raise IndexError
        return i * i
print(list(Squares()), [s for s in Squares() if s % 2])
it = iter(Squares())
print(next(it), next(it))

# __iter__ returning a non-iterator is an error.
class BadIter:
    def __iter__(self):
        return 5
try:
    for x in BadIter():
        pass
except TypeError as e:
    print("TypeError:", e)
class NotIterable:
    pass
try:
    iter(NotIterable())
except TypeError as e:
    print("TypeError:", e)
try:
    for x in NotIterable():
        pass
except TypeError as e:
    print("TypeError:", e)

# __next__ raising something other than StopIteration propagates out of the for loop.
class Fails:
    def __init__(self):
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.i += 1
        if self.i == 3:
            raise ValueError("broke at 3")
        return self.i
try:
    for x in Fails():
        print("got", x)
except ValueError as e:
    print("ValueError:", e)

# __iter__ written as a generator.
class Tree:
    def __init__(self, value, *children):
        self.value = value
        self.children = children
    def __iter__(self):
        yield self.value
        for child in self.children:
            yield from child
t = Tree(1, Tree(2, Tree(3)), Tree(4, Tree(5), Tree(6)))
print(list(t), sum(t), 5 in t, 7 in t)

# A fibonacci iterator stopped by break.
class Fib:
    def __iter__(self):
        self.a, self.b = 0, 1
        return self
    def __next__(self):
        value = self.a
        self.a, self.b = self.b, self.a + self.b
        return value
out = []
for f in Fib():
    if f > 100:
        break
    out.append(f)
print(out)

# Iterating a dict-backed class that yields keys sorted.
class SortedKeys:
    def __init__(self, d):
        self.d = d
    def __iter__(self):
        return iter(sorted(self.d))
print(list(SortedKeys({"b": 1, "a": 2, "c": 3})))

# The iterator protocol on builtin iterators.
li = iter([10, 20])
print(type(li).__name__, li.__next__(), next(li), iter(li) is li)

# Parallel independent iterators over the same iterable.
c5 = Countdown(3)
print([(x, y) for x in c5 for y in c5 if x > y])
