# 'is' versus '==': identity of singletons, containers, copies, and user objects.

a = [1, 2, 3]
b = a
c = [1, 2, 3]
print(a is b, a == b, a is c, a == c, a is not c, a != c)
b.append(4)
print(a, c, a == c)

# None, True, False, Ellipsis and NotImplemented are singletons.
print(None is None, True is True, False is False, ... is Ellipsis, NotImplemented is NotImplemented)
x = None
print(x is None, x == None, x is not None)
print((1 == 1) is True, (1 == 2) is False, bool(1) is True, not [] is True)

# Copies are equal but not identical.
d = {"k": [1]}
e = dict(d)
print(d == e, d is e, d["k"] is e["k"])
l2 = a[:]
print(l2 == a, l2 is a, list(a) is a)
t = (1, 2)
print(t == (1, 2), t is t, t == t[:])

# Empty tuple and small strings can be shared, but only == is guaranteed; we test == and a few guaranteed cases.
print(() == (), "" == "", [] == [], [] is [], {} is {})

# == across numeric types; is never crosses types.
print(1 == 1.0, True == 1, False == 0, 1.0 == True, 0 == 0.0 == -0.0)
print(type(1) is type(1.0), type(True) is bool, type(1) is int)

# User classes: default == is identity.
class Plain:
    pass
p, q = Plain(), Plain()
print(p == p, p == q, p is p, p is q, p != q)
r = p
print(r is p, r == p)

# A class whose __eq__ says True for everything is still not 'is'.
class AlwaysEqual:
    def __eq__(self, other):
        return True
    __hash__ = object.__hash__
ae = AlwaysEqual()
print(ae == 1, ae == None, ae is None, None == ae, [ae] == [1], ae in [None])

# Identity is preserved through containers and function calls.
def identity(v):
    return v
obj = Plain()
box = [obj, {"inner": obj}, (obj,)]
print(box[0] is obj, box[1]["inner"] is obj, box[2][0] is obj, identity(obj) is obj)

# Mutating through an alias is visible through all names.
m1 = {"count": 0}
m2 = m1
m2["count"] += 5
print(m1, m1 is m2)

# Aliasing in nested lists.
row = [0] * 3
grid_alias = [row] * 3
grid_copy = [[0] * 3 for _ in range(3)]
grid_alias[0][0] = 1
grid_copy[0][0] = 1
print(grid_alias, grid_copy, grid_alias[0] is grid_alias[1], grid_copy[0] is grid_copy[1])

# is with functions and classes.
def f():
    pass
g = f
print(f is g, f == g, Plain is Plain, Plain == Plain, int is int, type(p) is Plain)

# Bound methods are created on access: equal but not identical.
class M:
    def method(self):
        pass
mm = M()
print(mm.method == mm.method, M.method is M.method)

# Comparing with 'is' inside collections: 'in' uses 'is' first, then ==.
nan = float("nan")
print(nan == nan, nan is nan, nan in [nan], [nan] == [nan], (nan,) == (nan,))

# Chained 'is' comparisons.
s1 = s2 = s3 = Plain()
print(s1 is s2 is s3, s1 is s2 is not None)

# id() is consistent with 'is' (the values themselves are not printed).
print(id(p) == id(p), id(p) == id(q), id(a) == id(b))
