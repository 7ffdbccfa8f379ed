"""Sieve of Eratosthenes, repeated: list-of-bool stores, slice assignment and counting."""
import sys

N = 180
WARMUP_N = 10

LIMIT = 200000


def sieve(limit):
    is_prime = [True] * (limit + 1)
    is_prime[0] = is_prime[1] = False
    i = 2
    while i * i <= limit:
        if is_prime[i]:
            j = i * i
            while j <= limit:
                is_prime[j] = False
                j += i
        i += 1
    return is_prime


def bench(n):
    count = 0
    checksum = 0
    for rep in range(n):
        flags = sieve(LIMIT - rep)
        primes = [k for k in range(len(flags)) if flags[k]]
        count += len(primes)
        checksum = (checksum + sum(primes[-100:]) * (rep + 1)) % 1000000007
    return "sieve %d %d" % (count, checksum)


if __name__ == "__main__":
    print(bench(int(sys.argv[1]) if len(sys.argv) > 1 else N))
