# Closures (cells and free variables), defaults, keyword-only defaults, decorators, lambdas and comprehensions.
def counter(start=0, *, step=1):
    count = start

    def increment():
        nonlocal count
        count += step
        return count
    return increment


def shout(function):
    return lambda *args, **kwargs: function(*args, **kwargs).upper()


@shout
def greet(name, punctuation="!"):
    """Says hello."""
    return f"hello {name!r:>10}{punctuation}"


squares = [x * x for x in range(10) if x % 3 if x > 1]
pairs = {k: v for k, v in zip("ab", [1, 2])}
grid = [(i, j) for i in range(3) for j in range(i)]
tick = counter(step=2)
print(tick(), tick(), squares, pairs, grid, {n % 3 for n in range(9)})
