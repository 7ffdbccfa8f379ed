# functools: reduce, partial, wraps, cmp_to_key, total_ordering.
import functools
import operator

print(functools.reduce(operator.add, [1, 2, 3, 4]), functools.reduce(lambda a, b: a * b, range(1, 6)), functools.reduce(max, [3, 9, 2], 0))
print(functools.reduce(operator.add, [], 10), functools.reduce(lambda acc, s: acc + s.upper(), "abc", ">"))
try:
    functools.reduce(operator.add, [])
except TypeError as e:
    print(e)
binary = functools.partial(int, base=2)
print(binary("1010"), binary.func is int, binary.args, binary.keywords)


def power(base, exponent):
    return base ** exponent


square = functools.partial(power, exponent=2)
cube_of_two = functools.partial(power, 2)
print(square(7), cube_of_two(3), functools.partial(square, 4)(), [square(n) for n in range(5)])


def logged(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        result = func(*args, **kwargs)
        print(f"{func.__name__}{args} -> {result}")
        return result
    return wrapper


@logged
def add(a, b):
    """Adds two numbers."""
    return a + b


add(2, 3)
print(add.__name__, add.__doc__, add.__wrapped__(5, 5), add.__qualname__)


def compare_length_then_alpha(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    return (a > b) - (a < b)


words = ["pear", "fig", "apple", "kiwi", "banana", "date"]
print(sorted(words, key=functools.cmp_to_key(compare_length_then_alpha)))
print(sorted([5, 2, 9], key=functools.cmp_to_key(lambda a, b: b - a)), max([3, 7, 1], key=functools.cmp_to_key(lambda a, b: a - b)))


@functools.total_ordering
class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split("."))

    def __eq__(self, other):
        return self.parts == other.parts

    def __lt__(self, other):
        return self.parts < other.parts

    def __repr__(self):
        return "Version(" + ".".join(map(str, self.parts)) + ")"


vs = [Version("1.10"), Version("1.2"), Version("1.2.1")]
print(sorted(vs), Version("2.0") > Version("1.9"), Version("1.0") >= Version("1.0"), Version("1.0") <= Version("0.9"))
try:
    @functools.total_ordering
    class Nothing:
        pass
except ValueError as e:
    print(e)
