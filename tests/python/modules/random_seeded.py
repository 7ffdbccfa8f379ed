# random: a seeded generator draws exactly CPython's numbers.
import random

random.seed(42)
print([random.randint(1, 100) for _ in range(5)])
print([random.random() for _ in range(3)])
random.seed(0)
print(random.random(), random.randrange(10), random.randrange(5, 50, 5), random.randrange(-10, 10), random.randint(-3, 3))
random.seed(123456789)
print(random.getrandbits(1), random.getrandbits(32), random.getrandbits(64), random.getrandbits(100))
random.seed(2 ** 100 + 7)
print([random.randrange(1000) for _ in range(8)], random.randrange(10 ** 30))
random.seed(-5)
a = random.random()
random.seed(5)
print(a == random.random())
random.seed("hello world")
print(random.random(), random.randint(0, 10 ** 6))
random.seed(b"bytes seed")
print(random.random())
random.seed(3.25)
print(random.random())
random.seed(True)
print(random.random())
counts = [0] * 6
random.seed(2024)
for _ in range(6000):
    counts[random.randint(1, 6) - 1] += 1
print(counts, sum(counts))
random.seed(7)
dice = [random.choice(range(1, 7)) for _ in range(20)]
print(dice)
