# random: the real-valued distributions (gauss keeps its second value between calls).
import random

random.seed(1)
print([round(random.uniform(1, 10), 12) for _ in range(3)], random.uniform(-1, 1))
print(random.gauss(0, 1), random.gauss(0, 1), random.gauss(10, 2))
random.seed(1)
first = random.gauss()
random.seed(1)
print(first == random.gauss(), random.gauss())
print(random.normalvariate(0, 1), random.normalvariate(100, 15))
print(random.lognormvariate(0, 0.5), random.expovariate(1.5), random.expovariate(10))
print(random.triangular(), random.triangular(0, 10, 7), random.triangular(5, 5, 5))
print(random.vonmisesvariate(0, 4), random.vonmisesvariate(1, 0))
print(random.gammavariate(2.5, 1.0), random.gammavariate(0.5, 2.0), random.gammavariate(1.0, 3.0))
print(random.betavariate(2, 5), random.paretovariate(3), random.weibullvariate(1, 1.5))
samples = [random.gauss(50, 5) for _ in range(1000)]
print(round(sum(samples) / len(samples), 6))
try:
    random.gammavariate(-1, 1)
except ValueError as e:
    print(e)
