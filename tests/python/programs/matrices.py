def multiply(a, b):
    return [[sum([a[i][k] * b[k][j] for k in range(len(b))]) for j in range(len(b[0]))] for i in range(len(a))]

def transpose(m):
    return [list(row) for row in zip(*m)]

def identity(n):
    return [[1 if i == j else 0 for j in range(n)] for i in range(n)]

def matrix_power(m, e):
    result = identity(len(m))
    while e:
        if e & 1:
            result = multiply(result, m)
        m = multiply(m, m)
        e >>= 1
    return result

def show(m):
    for row in m:
        print(" ".join([f"{x:>4}" for x in row]))

a = [[1, 2, 3], [4, 5, 6]]
b = [[7, 8], [9, 10], [11, 12]]
show(multiply(a, b))
show(transpose(a))
print(multiply(identity(2), [[5, 6], [7, 8]]))
fib = matrix_power([[1, 1], [1, 0]], 90)
print(fib[0][1])
print(matrix_power([[2, 0], [0, 3]], 40))
