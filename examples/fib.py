# Recursive calls: a call-heavy workload.
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

for n in (10, 20, 27):
    print(f"fib({n}) = {fib(n)}")
