# Generators consumed by all/any/sum/for in hot loops: short-circuits leave the generator suspended where it stopped.
def numbers(limit, log):
    for i in range(limit):
        log.append(i)
        yield i


log = []
gen = numbers(10, log)
print(all(x < 3 for x in gen), log)
print(next(gen), log)
print(any(x > 6 for x in gen), log)
print(list(gen))

total = 0
for rep in range(3000):
    total += sum(i * i for i in range(rep % 7))
    if not all(q != rep % 5 for q in range(3)):
        total -= 1
    if any(c == "x" for c in "abx"):
        total += 2
print(total)

print(sum((x / 2 for x in range(5)), 0.5), sum([[1], [2]], []), sum(range(10**6, 10**6 + 3)))
print(sum(x for x in [2**62, 2**62, 2**62]))


def two_kinds():
    yield 1
    yield "a"


for _ in range(2000):
    gens = [numbers(3, []), (y for y in (4, 5)), two_kinds()]
    out = [list(g) for g in gens]
print(out)


def failing():
    yield 1
    raise ValueError("boom")


try:
    all(failing())
except ValueError as e:
    print("ValueError", e)

g = (x for x in range(3))
print(all(g), all(g), any(g))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print("TypeError", e)
print(sum(x for x in []))
