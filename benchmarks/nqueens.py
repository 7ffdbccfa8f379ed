"""N-queens: count every placement by backtracking, once with sets and once with bit masks."""
import sys

N = 600
WARMUP_N = 40


def count_with_sets(n, row, columns, diagonals, anti_diagonals):
    if row == n:
        return 1
    total = 0
    for col in range(n):
        if col in columns or (row - col) in diagonals or (row + col) in anti_diagonals:
            continue
        columns.add(col)
        diagonals.add(row - col)
        anti_diagonals.add(row + col)
        total += count_with_sets(n, row + 1, columns, diagonals, anti_diagonals)
        columns.remove(col)
        diagonals.remove(row - col)
        anti_diagonals.remove(row + col)
    return total


def count_with_bits(all_ones, columns, left, right):
    if columns == all_ones:
        return 1
    total = 0
    free = all_ones & ~(columns | left | right)
    while free:
        bit = free & -free
        free -= bit
        total += count_with_bits(all_ones, columns | bit, ((left | bit) << 1) & all_ones, (right | bit) >> 1)
    return total


def first_solution(n):
    queens = []

    def place(row):
        if row == n:
            return True
        for col in range(n):
            if all(q != col and abs(q - col) != row - r for r, q in enumerate(queens)):
                queens.append(col)
                if place(row + 1):
                    return True
                queens.pop()
        return False

    place(0)
    return queens


def bench(n):
    # n rounds over the boards of 4 to 8 queens: solution counts two ways and the first solution.
    by_sets = by_bits = 0
    firsts = []
    for rep in range(n):
        for size in range(4, 9):
            by_sets += count_with_sets(size, 0, set(), set(), set())
            by_bits += count_with_bits((1 << size) - 1, 0, 0, 0)
            if rep == 0:
                firsts.append("".join(str(c) for c in first_solution(size)))
            else:
                first_solution(size)
    return "nqueens %d %d %d %s" % (n, by_sets, by_bits, ",".join(firsts))


if __name__ == "__main__":
    print(bench(int(sys.argv[1]) if len(sys.argv) > 1 else N))
