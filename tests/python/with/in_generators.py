# with statements inside generators: exit on exhaustion, on close, on exceptions thrown in.

class Tracked:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("  enter", self.name)
        return self
    def __exit__(self, exc_type, exc, tb):
        print("  exit", self.name, exc_type.__name__ if exc_type else None)
        return False

def lines(name, items):
    with Tracked(name):
        for item in items:
            yield item

print(list(lines("full", [1, 2])))

g = lines("closed", [1, 2, 3])
print(next(g))
g.close()
print("after close")

g = lines("thrown", [1, 2, 3])
print(next(g))
try:
    g.throw(ValueError("into generator"))
except ValueError as e:
    print("ValueError:", e)

# Breaking out of a for loop leaves the generator suspended inside the with; closing exits.
g = lines("broken", range(10))
for x in g:
    if x == 2:
        break
print("broke at", x)
g.close()

# A with block that suppresses exceptions thrown into the generator.
class Swallow:
    def __enter__(self):
        return self
    def __exit__(self, exc_type, exc, tb):
        print("  swallow", exc_type.__name__ if exc_type else None)
        return exc_type is not None and issubclass(exc_type, KeyError)

def resilient():
    for i in range(3):
        with Swallow():
            yield i
    yield "end"

g = resilient()
print(next(g))
print(g.throw(KeyError("k")))
print(list(g))

# yield inside nested with statements.
def nested():
    with Tracked("outer"):
        yield "a"
        with Tracked("inner"):
            yield "b"
        yield "c"
print(list(nested()))

# A context manager written as a class around a generator (contextlib-style, without imports).
class GeneratorCM:
    def __init__(self, gen):
        self.gen = gen
    def __enter__(self):
        return next(self.gen)
    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            try:
                next(self.gen)
            except StopIteration:
                return False
            raise RuntimeError("generator didn't stop")
        try:
            self.gen.throw(exc)
        except StopIteration:
            return True
        except BaseException as e:
            if e is exc:
                return False
            raise
        raise RuntimeError("generator didn't stop after throw()")

def contextmanager(func):
    def helper(*args):
        return GeneratorCM(func(*args))
    return helper

@contextmanager
def tag(name):
    print("<" + name + ">")
    try:
        yield name.upper()
    finally:
        print("</" + name + ">")

@contextmanager
def ignoring(kind):
    try:
        yield
    except kind as e:
        print("  ignoring", repr(e))

with tag("b") as t:
    print("  bold", t)
with tag("outer"), tag("inner"):
    print("  nested tags")
with ignoring(ZeroDivisionError):
    1 / 0
print("continued after ignoring")
try:
    with tag("err"):
        raise ValueError("through tag")
except ValueError as e:
    print("ValueError:", e)

# Generators yielding from within a with that wraps yield from.
def sub():
    yield 1
    yield 2
def wrapper():
    with Tracked("wrapper"):
        yield from sub()
print(list(wrapper()))
