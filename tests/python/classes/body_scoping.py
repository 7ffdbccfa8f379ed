# Name resolution in class bodies: class attributes are not visible inside methods, comprehensions in class bodies
# see only the first iterable from the class scope, and global/nonlocal work in nested classes.

x = "global x"

class Scope:
    x = "class x"
    y = x + " (seen in body)"

    def method(self):
        return x  # the global, not the class attribute

    def method_self(self):
        return self.x

print(Scope.y)
print(Scope().method())
print(Scope().method_self())

# Class body sees enclosing function locals.
def outer():
    v = "outer v"
    class Inner:
        w = v + " in class"
        def m(self):
            return v
    return Inner

print(outer().w, outer()().m())

# A name assigned in the class body but read before assignment falls back to globals.
y = "global y"
class Before:
    seen = y
    y = "class y"
    after = y
print(Before.seen, Before.after)

# A name assigned in the class body is looked up in the class dict, then globals, then builtins: an enclosing
# function's variable of the same name is skipped.
def enclosing():
    z = "enclosing z"
    class C:
        try:
            first = z
        except NameError as e:
            first = "NameError: " + str(e)
        z = "class z"
        second = z
    return C, z
C, outer_z = enclosing()
print(C.first, "|", C.second, "|", outer_z)

# Comprehensions in class bodies: the first iterable is evaluated in class scope, the rest is a function scope.
class Comp:
    values = [1, 2, 3]
    doubled = [v * 2 for v in values]
    factor = 10
    try:
        scaled = [v * factor for v in values]
    except NameError as e:
        scaled = "NameError: " + str(e)
    pairs = {k: k * k for k in range(3)}
    gen_total = sum(v for v in values)

print(Comp.doubled)
print(Comp.scaled)
print(Comp.pairs, Comp.gen_total)

# Comprehension loop variables do not leak into the class.
print(hasattr(Comp, "v"), hasattr(Comp, "k"))

# global inside a nested class.
counter = 0
def bump_from_class():
    class Bumper:
        global counter
        counter += 1
        seen = counter
    return Bumper.seen

print(bump_from_class(), bump_from_class(), counter)

# nonlocal inside a method of a nested class.
def make_counter():
    count = 0
    class Counter:
        def tick(self):
            nonlocal count
            count += 1
            return count
    c = Counter()
    c.tick()
    c.tick()
    return count, c.tick()

print(make_counter())

# nonlocal in a class body itself.
def class_body_nonlocal():
    total = 1
    class K:
        nonlocal total
        total = total * 5
    return total
print(class_body_nonlocal())

# The class name is not bound until the class statement finishes.
try:
    class SelfRef:
        attr = SelfRef
except NameError as e:
    print("NameError:", e)

# But methods see the class by its global name at call time.
class Later:
    def kind(self):
        return Later.__name__
print(Later().kind())

# Class attributes referencing earlier class attributes and functions.
class Chain:
    a = 1
    b = a + 1
    def helper(n):
        return n * 100
    c = helper(b)
    del helper
print(Chain.a, Chain.b, Chain.c, hasattr(Chain, "helper"))

# Lambdas in class bodies do not see class variables either.
class Lam:
    k = 3
    f = lambda self: k
k = "global k"
print(Lam().f())

# locals() reflects the class namespace while it is being built.
class Names:
    a = 1
    b = 2
    keys = sorted(n for n in locals() if not n.startswith("__"))
print(Names.keys)
