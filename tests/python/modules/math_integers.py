# math: integer functions, exact for big ints.
import math

print([math.factorial(n) for n in range(12)])
print(math.factorial(30), math.factorial(52))
print(len(str(math.factorial(500))), math.factorial(100) % (10 ** 9 + 7))
print(math.gcd(12, 18), math.gcd(0, 5), math.gcd(-12, 18), math.gcd(), math.gcd(7), math.gcd(24, 36, 60))
print(math.gcd(2 ** 100, 6 ** 50), math.lcm(4, 6), math.lcm(4, 6, 10), math.lcm(), math.lcm(0, 5), math.lcm(-3, 4))
print(math.isqrt(0), math.isqrt(15), math.isqrt(16), math.isqrt(10 ** 40 + 1), math.isqrt(2 ** 127))
print(math.comb(10, 3), math.comb(5, 0), math.comb(5, 7), math.comb(100, 50), math.comb(60, 30))
print(math.perm(10, 3), math.perm(5), math.perm(5, 0), math.perm(4, 9), math.perm(30, 10))
print(math.prod([1, 2, 3, 4, 5]), math.prod(range(1, 21)), math.prod([]), math.prod([2, 3], start=10))
print(math.prod([1.5, 2, 4]), math.prod(range(1, 30)), math.prod(['ab'], start=2))
print(sum(math.comb(10, k) for k in range(11)), 2 ** 10)
print(math.floor(2 ** 70 + 0.5), math.trunc(10 ** 30), math.ceil(-(10 ** 25)))


class Idx:
    def __index__(self):
        return 6


print(math.factorial(Idx()), math.gcd(Idx(), 4), math.isqrt(Idx()), math.comb(Idx(), 2))
