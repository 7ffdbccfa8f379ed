# Exceptions suppressed by an __exit__ that returns a true value.

class Suppress:
    def __init__(self, *types):
        self.types = types
        self.caught = None

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is not None and issubclass(exc_type, self.types):
            self.caught = exc
            return True
        return False

with Suppress(ZeroDivisionError) as s:
    print("before")
    1 / 0
    print("not printed")
print("after, caught:", repr(s.caught))

# A non-matching exception passes through.
try:
    with Suppress(KeyError):
        raise ValueError("passes")
except ValueError as e:
    print("propagated:", e)

# Base classes match.
with Suppress(LookupError) as s:
    [][1]
print(type(s.caught).__name__)

# Any truthy value suppresses; falsy values do not.
class Returns:
    def __init__(self, value):
        self.value = value
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        return self.value
for value in (1, "yes", [0], 0, "", None, []):
    try:
        with Returns(value):
            raise KeyError("k")
        print(repr(value), "suppressed")
    except KeyError:
        print(repr(value), "not suppressed")

# Suppression inside a loop continues the loop.
results = []
for d in [1, 0, 2, 0, 4]:
    with Suppress(ZeroDivisionError):
        results.append(8 // d)
print(results)

# Suppression inside a function lets the function continue and return normally.
def safe_div(a, b):
    with Suppress(ZeroDivisionError):
        return a / b
    return "division failed"
print(safe_div(1, 4), safe_div(1, 0))

# Nested: the inner manager suppresses, the outer sees no exception.
class Log:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        return self
    def __exit__(self, exc_type, exc, tb):
        print("  " + self.name + " exit sees", exc_type.__name__ if exc_type else None)
with Log("outer"):
    with Suppress(IndexError):
        [][0]
    print("  inside outer after inner")

# Multiple items: the rightmost manager sees the exception first and can suppress it.
with Log("left"), Suppress(KeyError), Log("right"):
    {}["missing"]
print("multiple done")

# Suppressing does not suppress exceptions raised by __exit__ itself.
class BadExit:
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        raise RuntimeError("exit failed")
try:
    with BadExit():
        raise ValueError("original")
except RuntimeError as e:
    print("RuntimeError:", e, "context:", repr(e.__context__))

# A manager that counts retries by suppressing the first failures.
class Retry:
    def __init__(self):
        self.failures = 0
    def __enter__(self):
        return self
    def __exit__(self, exc_type, exc, tb):
        if exc_type is ConnectionError:
            self.failures += 1
            return True
r = Retry()
for attempt in range(5):
    with r:
        if attempt < 3:
            raise ConnectionError("attempt " + str(attempt))
        print("succeeded on attempt", attempt)
print("failures:", r.failures)

# Suppressed exceptions leave no active exception behind.
with Suppress(ValueError):
    raise ValueError("gone")
try:
    raise
except RuntimeError as e:
    print("RuntimeError:", e)
