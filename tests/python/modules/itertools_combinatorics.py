# itertools: products, permutations and combinations in CPython's order.
from itertools import product, permutations, combinations, combinations_with_replacement

print(list(product("ab", "xy")), list(product(range(2), repeat=3)))
print(list(product([1, 2], "a", [True])), list(product()), list(product("ab", [])), len(list(product(range(4), repeat=4))))
print(["".join(p) for p in permutations("abc")], list(permutations(range(4), 2)))
print(list(permutations("ab", 3)), list(permutations([], 0)), list(permutations("abc", 0)))
print(list(combinations("abcd", 2)), list(combinations(range(5), 3)), list(combinations("ab", 5)))
print(list(combinations_with_replacement("abc", 2)), list(combinations_with_replacement(range(2), 3)))
print(sum(1 for _ in permutations(range(7))), sum(1 for _ in combinations(range(20), 5)))
coins = [1, 2, 5]
ways = [c for n in range(1, 4) for c in combinations_with_replacement(coins, n) if sum(c) == 6]
print(ways)
grid = [(r, c) for r, c in product(range(3), repeat=2) if r != c]
print(grid)
best = max(permutations([3, 1, 4, 1]), key=lambda p: p[0] * 1000 + p[1] * 100 + p[2] * 10 + p[3])
print(best)
for bad in [lambda: permutations("abc", -1), lambda: combinations("abc", -2), lambda: product("ab", repeat=-1), lambda: product(5)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
