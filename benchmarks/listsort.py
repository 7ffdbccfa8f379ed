"""List work: sorting (builtin with keys, and merge sort and insertion by binary search written in Python),
permutations in lexicographic order, slicing, reversing, comprehensions and list methods."""
import sys

N = 1000
WARMUP_N = 100


class Random:
    def __init__(self, seed):
        self.state = seed

    def next(self, bound):
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return (self.state >> 4) % bound


def merge_sort(items):
    if len(items) <= 1:
        return items
    middle = len(items) // 2
    left = merge_sort(items[:middle])
    right = merge_sort(items[middle:])
    merged = []
    i = j = 0
    while i < len(left) and j < len(right):
        if left[i] <= right[j]:
            merged.append(left[i])
            i += 1
        else:
            merged.append(right[j])
            j += 1
    merged.extend(left[i:])
    merged.extend(right[j:])
    return merged


def insertion_by_bisection(items):
    result = []
    for item in items:
        low, high = 0, len(result)
        while low < high:
            middle = (low + high) // 2
            if result[middle] < item:
                low = middle + 1
            else:
                high = middle
        result.insert(low, item)
    return result


def next_permutation(p):
    """Rearranges p into the next permutation in lexicographic order; False after the last one."""
    i = len(p) - 2
    while i >= 0 and p[i] >= p[i + 1]:
        i -= 1
    if i < 0:
        return False
    j = len(p) - 1
    while p[j] <= p[i]:
        j -= 1
    p[i], p[j] = p[j], p[i]
    p[i + 1:] = p[i + 1:][::-1]
    return True


def permutation_checksum(size):
    p = list(range(size))
    count = 0
    total = 0
    while True:
        count += 1
        if p[0] < p[-1]:
            total += p[size // 2] * count % 97
        if not next_permutation(p):
            return count, total


def sort_round(rng, size):
    data = [rng.next(1000000) for _ in range(size)]
    ordered = sorted(data)
    if merge_sort(data) != ordered:
        raise AssertionError("merge sort")
    small = data[:size // 4]
    if insertion_by_bisection(small) != sorted(small):
        raise AssertionError("insertion")
    by_key = sorted(data, key=lambda x: (x % 1000, -x))
    pairs = [(x % 100, i) for i, x in enumerate(data)]
    pairs.sort(reverse=True)
    descending = ordered[::-1]
    evens = [x for x in data if x % 2 == 0]
    evens.reverse()
    chunks = [sum(data[i:i + 100]) for i in range(0, size, 100)]
    rotated = data[size // 3:] + data[:size // 3]
    positions = sum(rotated.index(x) for x in data[:20])
    checksum = len(evens) + max(chunks) + positions + pairs[0][1]
    for i in range(0, size, 7):
        checksum = (checksum * 31 + ordered[i] + by_key[i] + pairs[i][1] + descending[i]) % 1000000007
    return checksum


def bench(n):
    rng = Random(7)
    checksum = 0
    for i in range(n):
        checksum = (checksum * 7 + sort_round(rng, 1000 + i % 10)) % 1000000007
    permutations, total = permutation_checksum(7 + n % 2)
    return "listsort %d %d %d %d" % (n, permutations, total, checksum)


if __name__ == "__main__":
    print(bench(int(sys.argv[1]) if len(sys.argv) > 1 else N))
