# A class body on its namespace (__classcell__ for super()), generators (yield, yield from, a generator
# expression) and with statements (BEFORE_WITH, WITH_EXCEPT_START, the exit call on return).
class Shape:
    sides = 0

    def __init__(self, name):
        self.name = name


class Square(Shape):
    sides = 4

    def __init__(self):
        super().__init__("square")


def countdown(n):
    while n > 0:
        received = yield n
        if received:
            n = received
        n -= 1
    return "liftoff"


def chain(*iterables):
    for iterable in iterables:
        result = yield from iterable
    return result


def first_line(path, opener):
    with opener(path) as handle, opener(path + ".bak"):
        return handle.readline()


print(list(countdown(3)), list(chain("ab", (x * 2 for x in range(3)))), Square().sides)
