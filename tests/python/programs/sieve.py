def sieve(limit):
    is_prime = [True] * (limit + 1)
    is_prime[0] = is_prime[1] = False
    p = 2
    while p * p <= limit:
        if is_prime[p]:
            for multiple in range(p * p, limit + 1, p):
                is_prime[multiple] = False
        p += 1
    return [n for n in range(limit + 1) if is_prime[n]]

primes = sieve(10000)
print(len(primes), primes[:10], primes[-3:])
prime_set = set(primes)
twins = [(p, p + 2) for p in primes if p + 2 in prime_set]
print(len(twins), twins[:5], twins[-1])
gaps = {}
for a, b in zip(primes, primes[1:]):
    gaps[b - a] = gaps.get(b - a, 0) + 1
for gap in sorted(gaps)[:6]:
    print(f"gap {gap:>2}: {gaps[gap]:>4}")
