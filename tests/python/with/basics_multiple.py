# with statements: __enter__ result bound by as, __exit__ always called, multiple items and their order.

class Resource:
    def __init__(self, name, log):
        self.name = name
        self.log = log

    def __enter__(self):
        self.log.append("enter " + self.name)
        return self.name.upper()

    def __exit__(self, exc_type, exc, tb):
        self.log.append("exit " + self.name + " " + (exc_type.__name__ if exc_type else "None"))
        return False

log = []
with Resource("a", log) as value:
    log.append("body with " + value)
print(log)

# Without 'as'.
log = []
with Resource("b", log):
    log.append("body")
print(log)

# Multiple items: entered left to right, exited right to left.
log = []
with Resource("x", log) as x, Resource("y", log) as y, Resource("z", log):
    log.append("body " + x + y)
print(log)

# Parenthesized multiple items (3.10+).
log = []
with (
    Resource("p", log) as p,
    Resource("q", log) as q,
):
    log.append("body " + p + q)
print(log)

# If a later __enter__ fails, the earlier items are still exited.
class FailingEnter:
    def __enter__(self):
        raise RuntimeError("cannot enter")
    def __exit__(self, *args):
        print("  never called")
log = []
try:
    with Resource("first", log), FailingEnter(), Resource("never", log):
        log.append("no body")
except RuntimeError as e:
    log.append("caught " + str(e))
print(log)

# __enter__ may return self, or anything.
class Counter:
    def __init__(self):
        self.count = 0
    def __enter__(self):
        self.count += 1
        return self
    def __exit__(self, *exc):
        self.count += 100
c = Counter()
with c as same:
    print(same is c, c.count)
print(c.count)

# 'as' targets can be attributes, subscripts and tuples.
class Pair:
    def __enter__(self):
        return (1, 2)
    def __exit__(self, *exc):
        pass
class Holder:
    pass
h = Holder()
d = {}
with Pair() as (a, b), Pair() as h.attr, Pair() as d["key"]:
    pass
print(a, b, h.attr, d)

# return, break and continue inside with still call __exit__.
def returns():
    log = []
    with Resource("r", log):
        return log
print(returns())

log = []
for i in range(3):
    with Resource(str(i), log):
        if i == 0:
            continue
        if i == 1:
            break
print(log)

# The value of the with target remains after the block.
with Resource("kept", []) as kept:
    pass
print(kept)

# Objects lacking __enter__ or __exit__.
class NoEnter:
    def __exit__(self, *a):
        pass
class NoExit:
    def __enter__(self):
        return self
for obj in (NoEnter(), NoExit(), 42):
    try:
        with obj:
            print("  body ran")
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ":", e)

# A with statement whose manager is created by a function call with side effects.
def opener(name, log):
    log.append("opener " + name)
    return Resource(name, log)
log = []
with opener("one", log) as one, opener("two", log) as two:
    log.append(one + two)
print(log)
