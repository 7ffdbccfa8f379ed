"""Fannkuch-redux on 10 pancakes: flips over the first n permutations (small int lists, slicing, swaps)."""
import sys

N = 2000000
WARMUP_N = 150000

SIZE = 10


def fannkuch(size, limit):
    perm1 = list(range(size))
    count = [0] * size
    max_flips = 0
    checksum = 0
    permutation = 0
    r = size
    while permutation < limit:
        while r != 1:
            count[r - 1] = r
            r -= 1
        perm = perm1[:]
        flips = 0
        k = perm[0]
        while k:
            perm[:k + 1] = perm[k::-1]
            flips += 1
            k = perm[0]
        if flips > max_flips:
            max_flips = flips
        checksum += flips if permutation % 2 == 0 else -flips
        # The next permutation in the rotation order of the original program.
        while True:
            if r == size:
                return permutation + 1, checksum, max_flips
            first = perm1[0]
            i = 0
            while i < r:
                perm1[i] = perm1[i + 1]
                i += 1
            perm1[r] = first
            count[r] -= 1
            if count[r] > 0:
                break
            r += 1
        permutation += 1
    return permutation, checksum, max_flips


def bench(n):
    permutations, checksum, max_flips = fannkuch(SIZE, n)
    return "fannkuch %d %d %d" % (permutations, checksum, max_flips)


if __name__ == "__main__":
    print(bench(int(sys.argv[1]) if len(sys.argv) > 1 else N))
