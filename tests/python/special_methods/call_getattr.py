# __call__, __getattr__, __getattribute__ absence, __setattr__ and __delattr__.

class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x, *rest, scale=1):
        return (self.n + x + sum(rest)) * scale

add5 = Adder(5)
print(add5(1), add5(1, 2, 3), add5(1, scale=10), callable(add5), callable(Adder), callable(5))
print(list(map(add5, [1, 2, 3])), sorted([3, 1, 2], key=Adder(0)))

# Calling a non-callable instance.
class Plain:
    pass
try:
    Plain()()
except TypeError as e:
    print("TypeError:", e)

# Callable objects as methods? No: instances stored on a class are not bound.
class UsesAdder:
    f = Adder(100)
print(UsesAdder().f(1))

# __getattr__ is called only for missing attributes.
class Proxy:
    def __init__(self, target):
        self.target = target
        self.misses = []
    def __getattr__(self, name):
        self.misses.append(name)
        if name.startswith("secret"):
            raise AttributeError("no secrets: " + name)
        return getattr(self.target, name)

p = Proxy([3, 1, 2])
p.append(0)
print(p.target, p.misses)
print(p.count(1), p.misses)
print(hasattr(p, "secret_key"), getattr(p, "secret", "hidden"), p.misses[-2:])
try:
    p.secret_x
except AttributeError as e:
    print("AttributeError:", e)

# __getattr__ computing attributes dynamically.
class Dynamic:
    def __getattr__(self, name):
        if name.startswith("double_"):
            return int(name[7:]) * 2
        raise AttributeError(name)
dyn = Dynamic()
print(dyn.double_21, dyn.double_5)
try:
    dyn.other
except AttributeError as e:
    print("AttributeError:", e)

# __setattr__ intercepts every assignment, including those in __init__.
class Recorded:
    def __init__(self):
        self.a = 1
        self.b = 2
    def __setattr__(self, name, value):
        print("  set", name, value)
        object.__setattr__(self, name, value * 10)
    def __delattr__(self, name):
        print("  del", name)
        object.__delattr__(self, name)

r = Recorded()
r.c = 3
print(r.a, r.b, r.c)
del r.b
print(hasattr(r, "b"))

# Read-only objects built with __setattr__.
class Frozen:
    def __init__(self, x):
        object.__setattr__(self, "x", x)
    def __setattr__(self, name, value):
        raise AttributeError("Frozen is read-only: " + name)
fz = Frozen(4)
print(fz.x)
try:
    fz.x = 5
except AttributeError as e:
    print("AttributeError:", e)

# __setattr__ storing into __dict__ directly.
class Lower:
    def __setattr__(self, name, value):
        self.__dict__[name.lower()] = value
lw = Lower()
lw.NAME = "v"
print(lw.name, hasattr(lw, "NAME"))

# __getattr__ together with properties and class attributes.
class Mixed:
    cls_attr = "class"
    @property
    def prop(self):
        return "property"
    def __getattr__(self, name):
        return "fallback:" + name
m = Mixed()
m.inst = "instance"
print(m.cls_attr, m.prop, m.inst, m.nothing)

# A property raising AttributeError falls through to __getattr__.
class Fallthrough:
    @property
    def broken(self):
        raise AttributeError("inside property")
    def __getattr__(self, name):
        return "getattr rescued " + name
print(Fallthrough().broken)

# Callable chain: __call__ returning callables.
class Curry:
    def __init__(self, f, args=()):
        self.f, self.args = f, args
    def __call__(self, *more):
        args = self.args + more
        if len(args) >= 3:
            return self.f(*args)
        return Curry(self.f, args)
vol = Curry(lambda a, b, c: a * b * c)
print(vol(2)(3)(4), vol(2, 3)(4), vol(2)(3, 4), vol(1, 2, 3))

# __call__ is looked up on the type.
class NotCallable:
    pass
nc = NotCallable()
nc.__call__ = lambda: "instance call"
try:
    nc()
except TypeError as e:
    print("TypeError:", e)
