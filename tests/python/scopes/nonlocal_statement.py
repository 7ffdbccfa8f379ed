def outer():
    x = "outer"
    def inner():
        nonlocal x
        x = "changed by inner"
    inner()
    return x

print(outer())

def accumulator():
    total = 0
    def add(n):
        nonlocal total
        total += n
        return total
    return add

acc = accumulator()
print(acc(5), acc(10), acc(-3))

def levels():
    a = 1
    def middle():
        def innermost():
            nonlocal a
            a += 100
        innermost()
        return a
    return middle()

print(levels())
