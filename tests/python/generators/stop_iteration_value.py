# StopIteration.value: set by return in a generator, visible to next(), to yield from, and to manual loops.

def returns(value):
    yield "item"
    return value

for v in (42, "text", None, [1, 2], (3, 4)):
    g = returns(v)
    next(g)
    try:
        next(g)
    except StopIteration as e:
        print(repr(e.value), e.args)

# A bare return gives value None and empty args.
def bare():
    yield 1
    return
g = bare()
next(g)
try:
    next(g)
except StopIteration as e:
    print(e.value, e.args)

# Falling off the end: same as bare return.
def falls():
    yield 1
g = falls()
next(g)
try:
    next(g)
except StopIteration as e:
    print(e.value, e.args, repr(e))

# A manual driver loop that collects yields and the return value.
def run(gen):
    items = []
    while True:
        try:
            items.append(next(gen))
        except StopIteration as stop:
            return items, stop.value

def compute():
    total = 0
    for i in range(1, 5):
        total += i
        yield total
    return "sum=" + str(total)
print(run(compute()))

# send() reports the return value through StopIteration too.
def adder():
    total = 0
    while True:
        v = yield total
        if v is None:
            return total
        total += v
a = adder()
next(a)
a.send(5)
a.send(6)
try:
    a.send(None)
except StopIteration as e:
    print("final total:", e.value)

# Returning a tuple: StopIteration.value is the tuple itself.
def tuple_return():
    return 1, 2
    yield
try:
    next(tuple_return())
except StopIteration as e:
    print(e.value, e.args)

# A StopIteration raised by an iterator class with a value, read via yield from.
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n == 0:
            raise StopIteration("liftoff")
        self.n -= 1
        return self.n
def launch():
    result = yield from Countdown(3)
    yield result
print(list(launch()))

# The for loop swallows StopIteration and discards its value.
for x in returns("ignored"):
    print("loop got", x)

# StopIteration created directly.
s = StopIteration("direct")
print(s.value, s.args)
s2 = StopIteration()
print(s2.value)
