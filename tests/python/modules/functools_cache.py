# functools: lru_cache, cache, cached_property, singledispatch.
import functools


@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(100), fib.cache_info())
fib.cache_clear()
print(fib.cache_info())


@functools.lru_cache(maxsize=3)
def square(x):
    print("computing", x)
    return x * x


for v in [1, 2, 3, 1, 4, 2, 1]:
    square(v)
print(square.cache_info(), square.cache_parameters())


@functools.lru_cache
def combos(n, k):
    if k == 0 or k == n:
        return 1
    return combos(n - 1, k - 1) + combos(n - 1, k)


print(combos(30, 15), combos.cache_info().currsize > 0)


@functools.cache
def collatz(n):
    if n == 1:
        return 0
    return 1 + collatz(n // 2 if n % 2 == 0 else 3 * n + 1)


print(max(range(1, 3000), key=collatz), collatz.cache_info().misses)


@functools.lru_cache(maxsize=2, typed=True)
def kind(x):
    return type(x).__name__


print(kind(1), kind(1.0), kind(1), kind.cache_info())
try:
    kind([1])
except TypeError as e:
    print(e)


class Circle:
    def __init__(self, r):
        self.r = r

    @functools.cached_property
    def area(self):
        print("computing area")
        return 3.14159 * self.r ** 2


c = Circle(2)
print(c.area, c.area, "area" in c.__dict__)


@functools.singledispatch
def describe(x):
    return f"object {x!r}"


@describe.register(int)
def _(x):
    return f"int {x}"


@describe.register(list)
def _(x):
    return f"list of {len(x)}"


print(describe(3), describe(True), describe([1, 2]), describe("s"), describe(2.5))
