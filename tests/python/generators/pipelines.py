# Generators in generator pipelines, comprehensions, and consumer loops.

def read_lines(text):
    for line in text.split("\n"):
        yield line

def strip_comments(lines):
    for line in lines:
        if "#" in line:
            line = line[:line.index("#")]
        line = line.strip()
        if line:
            yield line

def parse_pairs(lines):
    for line in lines:
        key, _, value = line.partition("=")
        yield key.strip(), value.strip()

def to_numbers(pairs):
    for key, value in pairs:
        if value.isdigit():
            yield key, int(value)
        else:
            yield key, value

config = """
# settings
width = 80
height=24   # rows
name = krait

depth = 3
"""
pipeline = to_numbers(parse_pairs(strip_comments(read_lines(config))))
print(dict(pipeline))

# Generators inside comprehensions.
def squares(n):
    for i in range(n):
        yield i * i
print([s for s in squares(6) if s % 2 == 0])
print({s: list(squares(s)) for s in range(4)})
print([[x for x in squares(k)] for k in range(4)])
print(sum(sum(squares(k)) for k in range(5)))

# A windowing generator.
def window(items, size):
    buf = []
    for x in items:
        buf.append(x)
        if len(buf) > size:
            buf.pop(0)
        if len(buf) == size:
            yield tuple(buf)
print(list(window(range(6), 3)))
print([sum(w) / len(w) for w in window([2, 4, 6, 8, 10], 2)])

# Merging sorted streams with generators.
def merge(a, b):
    a, b = iter(a), iter(b)
    sentinel = object()
    x, y = next(a, sentinel), next(b, sentinel)
    while x is not sentinel or y is not sentinel:
        if y is sentinel or (x is not sentinel and x <= y):
            yield x
            x = next(a, sentinel)
        else:
            yield y
            y = next(b, sentinel)
print(list(merge([1, 4, 9], [2, 3, 10, 11])))
print(list(merge(squares(4), (2 * i for i in range(4)))))

# Chunking.
def chunks(items, n):
    chunk = []
    for x in items:
        chunk.append(x)
        if len(chunk) == n:
            yield chunk
            chunk = []
    if chunk:
        yield chunk
print(list(chunks("abcdefg", 3)))

# Prime sieve as a chain of filtering generators.
def naturals(start):
    n = start
    while True:
        yield n
        n += 1
def drop_multiples(p, numbers):
    for n in numbers:
        if n % p:
            yield n
def primes():
    numbers = naturals(2)
    while True:
        p = next(numbers)
        yield p
        numbers = drop_multiples(p, numbers)
ps = primes()
print([next(ps) for _ in range(15)])

# enumerate/zip/map/filter over generators.
letters = (c for c in "generator")
print(list(enumerate(letters, 1))[:3])
print(list(map(lambda p: p[0] * p[1], zip(squares(5), naturals(1)))))
print(list(filter(lambda v: v > 5, squares(5))))

# Grouping consecutive runs.
def runs(items):
    it = iter(items)
    try:
        current = next(it)
    except StopIteration:
        return
    count = 1
    for x in it:
        if x == current:
            count += 1
        else:
            yield current, count
            current, count = x, 1
    yield current, count
print(list(runs("aaabccdddd")), list(runs("")))
