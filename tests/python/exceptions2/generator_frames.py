# Exceptions crossing generator frames: raised inside, caught outside; thrown in; caught inside; finally in generators.

def numbers(limit):
    for i in range(limit):
        if i == 3:
            raise ValueError("three is bad")
        yield i

got = []
try:
    for n in numbers(10):
        got.append(n)
except ValueError as e:
    print("caught from generator:", e, got)

# After raising, the generator is finished.
g = numbers(10)
print(next(g), next(g), next(g))
try:
    next(g)
except ValueError as e:
    print("ValueError:", e)
print(next(g, "exhausted"))

# An exception raised by the consumer does not enter the generator (it stays suspended until closed).
def watched():
    try:
        yield 1
        yield 2
    finally:
        print("  watched finally")
w = watched()
try:
    for x in w:
        raise KeyError("consumer error")
except KeyError as e:
    print("KeyError:", e)
print("generator still suspended")
w.close()

# Exceptions caught inside the generator, from code it calls.
def risky(x):
    if x % 2:
        raise ArithmeticError("odd " + str(x))
    return x * 10
def safe(items):
    for x in items:
        try:
            yield risky(x)
        except ArithmeticError as e:
            yield "error: " + str(e)
print(list(safe(range(5))))

# Exceptions propagate through a chain of generators.
def source():
    yield 1
    yield 2
    raise LookupError("source dried up")
def doubler(it):
    for x in it:
        yield x * 2
def adder(it):
    for x in it:
        yield x + 1
out = []
try:
    for v in adder(doubler(source())):
        out.append(v)
except LookupError as e:
    print("pipeline failed:", e, out)

# yield from propagates exceptions both ways.
def inner():
    try:
        yield "inner 1"
        yield "inner 2"
    except KeyError as e:
        yield "inner caught " + repr(e)
def outer():
    result = yield from inner()
    yield "outer done"
g = outer()
print(next(g))
print(g.throw(KeyError("thrown")))
print(next(g))
print(next(g, "end"))

# StopIteration raised inside a generator becomes RuntimeError.
def leaks_stop():
    yield 1
    raise StopIteration("oops")
try:
    list(leaks_stop())
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))

# next() inside a generator that lets StopIteration escape (the PEP 479 case).
def first_of_each(iterables):
    for it in iterables:
        yield next(iter(it))
try:
    print(list(first_of_each([[1], [2], []])))
except RuntimeError as e:
    print("RuntimeError:", e)

# The exception context inside a generator.
def context_gen():
    try:
        raise KeyError("in gen")
    except KeyError:
        yield "suspended in handler"
        raise ValueError("after resume")
g = context_gen()
print(next(g))
try:
    next(g)
except ValueError as e:
    print(repr(e), "context:", repr(e.__context__))

# Generators used in try/finally: finally runs on exhaustion and on garbage-free close.
def counted():
    try:
        for i in range(2):
            yield i
    finally:
        print("  counted finally")
print(sum(counted()))
