# random.Random instances: independent generators, state save/restore, subclassing.
import random

r1 = random.Random(2023)
r2 = random.Random(2023)
print([r1.random() for _ in range(3)] == [r2.random() for _ in range(3)])
print(r1.randint(1, 10), r2.randint(1, 10), type(r1).__name__, isinstance(r1, random.Random))
state = r1.getstate()
a = [r1.random() for _ in range(4)]
r1.setstate(state)
b = [r1.random() for _ in range(4)]
print(a == b, state[0], len(state[1]))
r3 = random.Random("seed text")
print(r3.random(), r3.choice(["a", "b", "c"]), r3.getrandbits(16))
r3.seed(17)
x = r3.random()
random.seed(17)
print(x == random.random())
g = random.Random(5)
print(g.gauss(0, 1), g.gauss(0, 1))
s = g.getstate()
one = g.gauss(0, 1)
g.setstate(s)
print(one == g.gauss(0, 1))


class Loaded(random.Random):
    def roll(self):
        return self.randint(1, 6)


die = Loaded(11)
print([die.roll() for _ in range(10)], die.random())
print(random.Random(0).sample(range(50), 5), random.Random(0).randbytes(6))
