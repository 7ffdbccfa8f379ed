"""Mandelbrot set: escape-time iteration over an n x n grid (float loops), with a bit-packed checksum."""
import sys

N = 900
WARMUP_N = 250

MAX_ITERATIONS = 50


def bench(n):
    inside = 0
    checksum = 0
    total_iterations = 0
    for y in range(n):
        ci = 2.0 * y / n - 1.0
        bits = 0
        for x in range(n):
            cr = 2.0 * x / n - 1.5
            zr = zi = 0.0
            i = 0
            while i < MAX_ITERATIONS:
                tr = zr * zr - zi * zi + cr
                zi = 2.0 * zr * zi + ci
                zr = tr
                if zr * zr + zi * zi > 4.0:
                    break
                i += 1
            total_iterations += i
            bits = (bits << 1) & 0xFFFFFFFF
            if i == MAX_ITERATIONS:
                inside += 1
                bits |= 1
        checksum = (checksum * 31 + bits) % 1000000007
    return "mandelbrot %d %d %d" % (inside, total_iterations, checksum)


if __name__ == "__main__":
    print(bench(int(sys.argv[1]) if len(sys.argv) > 1 else N))
