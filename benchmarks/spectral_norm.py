"""Spectral norm of the infinite matrix A(i, j) = 1 / ((i + j) (i + j + 1) / 2 + i + 1) by the power method."""
import sys

N = 600
WARMUP_N = 150


def a(i, j):
    return 1.0 / ((i + j) * (i + j + 1) // 2 + i + 1)


def times(v, n):
    result = []
    for i in range(n):
        total = 0.0
        for j in range(n):
            total += a(i, j) * v[j]
        result.append(total)
    return result


def times_transposed(v, n):
    result = []
    for i in range(n):
        total = 0.0
        for j in range(n):
            total += a(j, i) * v[j]
        result.append(total)
    return result


def times_ata(v, n):
    return times_transposed(times(v, n), n)


def bench(n):
    u = [1.0] * n
    v = u
    for _ in range(10):
        v = times_ata(u, n)
        u = times_ata(v, n)
    vbv = 0.0
    vv = 0.0
    for i in range(n):
        vbv += u[i] * v[i]
        vv += v[i] * v[i]
    return "spectral_norm %.9f" % ((vbv / vv) ** 0.5)


if __name__ == "__main__":
    print(bench(int(sys.argv[1]) if len(sys.argv) > 1 else N))
