# itertools: the infinite iterators and slicing them.
from itertools import count, cycle, repeat, islice, takewhile, dropwhile

print(list(islice(count(), 5)), list(islice(count(10, 5), 4)), list(islice(count(1.5, 0.25), 3)), list(islice(count(5, -2), 3)))
print(repr(count(3)), repr(count(3, 2)), repr(repeat("x", 2)), repr(repeat(7)))
print(list(islice(cycle("abc"), 8)), list(islice(cycle([]), 3)), list(repeat("z", 3)), list(repeat(1, 0)), list(repeat(1, -5)))
print(list(zip(count(1), "abc")), list(map(pow, range(5), repeat(2))))
print(list(islice("ABCDEFG", 2)), list(islice("ABCDEFG", 2, 4)), list(islice("ABCDEFG", 2, None)), list(islice("ABCDEFG", 0, None, 2)))
print(list(islice(range(20), 3, 15, 4)), list(islice(range(3), 10)), list(islice([], 2)), list(islice("abc", None)))
it = iter(range(10))
print(list(islice(it, 3)), next(it), list(islice(it, 2, 4)), list(it))
print(list(takewhile(lambda x: x * x < 30, count(1))), list(dropwhile(lambda c: c != "d", "abcdefa")))
c = count(100)
print(next(c), next(c), repr(c))
squares = (n * n for n in count(1))
print(list(takewhile(lambda s: s < 60, squares)))
for args in [(-1,), (1, -1), (0, 5, 0), ("a",)]:
    try:
        islice("abc", *args)
    except ValueError as e:
        print(e)
