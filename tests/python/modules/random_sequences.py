# random: choice, shuffle, sample and choices with a fixed seed.
import random

random.seed(99)
deck = [f"{rank}{suit}" for suit in "SHDC" for rank in "A23456789TJQK"]
random.shuffle(deck)
print(deck[:10])
print(random.choice(deck), random.choice("abcdef"), random.choice((10, 20, 30)))
print(random.sample(range(100), 10))
print(random.sample(deck, 5))
print(random.sample("abcdefgh", 8))
print(random.sample(range(10 ** 6), 7))
print(random.sample(["red", "blue"], k=5, counts=[3, 2]))
print(random.choices("abc", k=10))
print(random.choices(["x", "y", "z"], weights=[1, 0, 5], k=8))
print(random.choices(range(4), cum_weights=[1, 2, 3, 10], k=6))
letters = list("hello")
random.shuffle(letters)
print("".join(letters))
for bad in [lambda: random.choice([]), lambda: random.sample([1, 2], 3), lambda: random.sample({1, 2}, 1),
            lambda: random.randrange(0), lambda: random.randrange(5, 2), lambda: random.randrange(1, 10, 0),
            lambda: random.choices([1, 2], weights=[1], k=1), lambda: random.getrandbits(-1)]:
    try:
        bad()
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
