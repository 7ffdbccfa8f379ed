# Infinite generators stopped by break, by islice-like helpers, and by return in the consumer.

def naturals():
    n = 0
    while True:
        yield n
        n += 1

for n in naturals():
    if n * n > 50:
        break
print("first square above 50 from", n)

def fibonacci():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

def take(n, gen):
    out = []
    for x in gen:
        if len(out) == n:
            break
        out.append(x)
    return out

print(take(12, fibonacci()))
print(take(0, fibonacci()), take(3, naturals()))

def first_where(pred, gen):
    for x in gen:
        if pred(x):
            return x

print(first_where(lambda f: f > 1000, fibonacci()))
print(first_where(lambda k: k % 7 == 0 and k % 5 == 0 and k > 0, naturals()))

# Cycling through a finite sequence forever.
def cycle(items):
    while True:
        for x in items:
            yield x
c = cycle("abc")
print("".join(next(c) for _ in range(8)))

# while True with next() on an infinite generator.
collatz_steps = []
def collatz(n):
    while True:
        yield n
        n = n // 2 if n % 2 == 0 else 3 * n + 1
g = collatz(27)
count = 0
while next(g) != 1:
    count += 1
print("collatz(27) steps:", count)

# The generator's finally runs when it is closed after break.
def noisy():
    try:
        i = 0
        while True:
            yield i
            i += 1
    finally:
        print("  noisy cleaned up")
gen = noisy()
for v in gen:
    if v == 2:
        break
print("broke at", v)
gen.close()
print("after close")

# Two infinite generators consumed in lockstep with zip.
pairs = []
for a, b in zip(naturals(), fibonacci()):
    if a > 10:
        break
    pairs.append(a * b)
print(pairs)

# Nested loops over infinite generators with labelled-break emulation.
found = None
for i in naturals():
    for j in naturals():
        if j > i:
            break
        if i * i + j * j == 125:
            found = (i, j)
            break
    if found:
        break
print(found)

# continue inside a loop over an infinite generator.
odds = []
for n in naturals():
    if n > 15:
        break
    if n % 2 == 0:
        continue
    odds.append(n)
print(odds)

# An infinite generator resumed after a break continues where it stopped.
nat = naturals()
for x in nat:
    if x == 3:
        break
for x in nat:
    if x == 6:
        break
    print("resumed at", x)
