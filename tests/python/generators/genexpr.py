# Generator expressions: laziness, scoping of the first iterable, use with builtins, nested loops.

gen = (x * x for x in range(5))
print(type(gen).__name__, next(gen), next(gen), list(gen), list(gen))

# Only the first iterable is evaluated immediately.
def source(tag, n):
    print("  building", tag)
    return range(n)
g = (x + y for x in source("outer", 2) for y in source("inner", 2))
print("genexpr created")
print(list(g))

# Errors in the first iterable happen at creation time; later ones lazily.
try:
    g = (x for x in 5)
except TypeError as e:
    print("TypeError at creation:", e)
g = (1 / x for x in [1, 0])
print(next(g))
try:
    next(g)
except ZeroDivisionError:
    print("ZeroDivisionError while iterating")

# Builtins consuming generator expressions.
words = ["apple", "bob", "kayak", "level", "python"]
print(sum(len(w) for w in words), max(len(w) for w in words), min((len(w), w) for w in words))
print(any(w == w[::-1] for w in words), all(w.islower() for w in words))
print(sorted((w for w in words if len(w) == 5), reverse=True))
print(",".join(w.upper() for w in words if "o" in w))
print(dict((w, len(w)) for w in words[:2]), set(len(w) for w in words) == {3, 5, 6})
print(tuple(i for i in range(4)), list(zip((c for c in "ab"), (n for n in range(10)))))

# Conditions and nested loops.
print(list((i, j) for i in range(4) for j in range(i) if (i + j) % 2))
print(list(x for row in [[1, 2], [3], []] for x in row))

# Generator expressions close over variables at iteration time (late binding).
n = 10
g = (x + n for x in range(3))
n = 100
print(list(g))

# The loop variable does not leak.
x = "unchanged"
list(x for x in range(3))
print(x)

# Generator expressions in class bodies see only the first iterable in class scope.
class Table:
    rows = [1, 2, 3]
    squares = list(r * r for r in rows)
print(Table.squares)

# Chained generator expressions make a lazy pipeline.
log = []
def traced(items):
    for i in items:
        log.append(i)
        yield i
evens = (x for x in traced(range(10)) if x % 2 == 0)
squared = (x * x for x in evens)
print(next(squared), next(squared), log)

# Generator expressions as the sole argument need no extra parentheses.
print(sum(x for x in range(101)))

# A generator expression stopped early by break leaves the rest unevaluated.
pulled = []
def counting():
    i = 0
    while True:
        pulled.append(i)
        yield i
        i += 1
for v in (c * 2 for c in counting()):
    if v > 6:
        break
print(pulled)

# Generator expression methods: send/throw/close work too.
g = (x for x in range(3))
print(next(g), g.send(None))
g.close()
print(list(g))
