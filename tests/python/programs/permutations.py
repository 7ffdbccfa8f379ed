def permutations(items):
    if len(items) <= 1:
        return [items[:]]
    result = []
    for i in range(len(items)):
        rest = items[:i] + items[i + 1:]
        for perm in permutations(rest):
            result.append([items[i]] + perm)
    return result

def queens(n, row=0, columns=[], diagonals=[], anti=[]):
    if row == n:
        return 1
    count = 0
    for col in range(n):
        if col not in columns and row - col not in diagonals and row + col not in anti:
            count += queens(n, row + 1, columns + [col], diagonals + [row - col], anti + [row + col])
    return count

for p in permutations([1, 2, 3]):
    print(p)
print(len(permutations(list("abcde"))))
print(["".join(p) for p in permutations(list("abc"))])
print([queens(n) for n in range(1, 8)])
