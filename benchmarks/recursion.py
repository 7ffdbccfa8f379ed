"""Recursion: naive Fibonacci, Ackermann and Takeuchi (deep call chains of small functions, int arithmetic)."""
import sys

N = 400
WARMUP_N = 30


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))


def tak(x, y, z):
    if y >= x:
        return z
    return tak(tak(x - 1, y, z), tak(y - 1, z, x), tak(z - 1, x, y))


def bench(n):
    f = a = t = 0
    for i in range(n):
        f += fib(18 + i % 5)
        # ackermann(3, k) recurses about 2 ** (k + 3) deep: k <= 6 stays under CPython's recursion limit.
        a += ackermann(3, 2 + i % 5)
        t += tak(10 + i % 4, 6, 2)
    return "recursion %d %d %d %d" % (n, f, a, t)


if __name__ == "__main__":
    print(bench(int(sys.argv[1]) if len(sys.argv) > 1 else N))
