# C3 linearisation, __mro__, mro(), diamonds and cooperative super() chains.

def names(cls):
    return [c.__name__ for c in cls.__mro__]

class A:
    def who(self):
        return "A"
    def chain(self):
        return ["A"]

class B(A):
    def who(self):
        return "B"
    def chain(self):
        return ["B"] + super().chain()

class C(A):
    def who(self):
        return "C"
    def chain(self):
        return ["C"] + super().chain()

class D(B, C):
    def chain(self):
        return ["D"] + super().chain()

print(names(D))
print(D().who(), D().chain())
print([c.__name__ for c in D.mro()])
print(D.__bases__ == (B, C))
print(issubclass(D, A), issubclass(D, C), issubclass(C, B))

# The classic example from the C3 paper.
class O: pass
class F(O): pass
class E(O): pass
class Dd(O): pass
class Cc(Dd, F): pass
class Bb(Dd, E): pass
class Aa(Bb, Cc, E): pass
print(names(Aa))
print(names(Bb), names(Cc))

# Attribute lookup follows the MRO, including class attributes.
class P:
    x = "P.x"
    y = "P.y"
class Q(P):
    y = "Q.y"
class R(P):
    x = "R.x"
    y = "R.y"
class S(Q, R):
    pass
s = S()
print(s.x, s.y)
print(names(S))

# Cooperative __init__ with keyword arguments passed along.
class Base:
    def __init__(self, **kwargs):
        self.log = ["Base" + str(sorted(kwargs))]

class Left(Base):
    def __init__(self, left=0, **kwargs):
        super().__init__(**kwargs)
        self.log.append("Left" + str(left))

class Right(Base):
    def __init__(self, right=0, **kwargs):
        super().__init__(**kwargs)
        self.log.append("Right" + str(right))

class Both(Left, Right):
    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.log.append("Both")

print(Both(left=1, right=2).log)
print(names(Both))

# Inconsistent hierarchies are rejected.
class X: pass
class Y: pass
class XY(X, Y): pass
class YX(Y, X): pass
try:
    class Bad(XY, YX):
        pass
except TypeError as err:
    print("TypeError:", err)

try:
    class Twice(X, X):
        pass
except TypeError as err:
    print("TypeError:", err)

# A base listed before its own subclass cannot be linearised.
try:
    class Backwards(A, B):
        pass
except TypeError as err:
    print("TypeError:", err)

# Deep single inheritance.
class L0:
    def depth(self):
        return 0
class L1(L0):
    def depth(self):
        return 1 + super().depth()
class L2(L1):
    def depth(self):
        return 1 + super().depth()
class L3(L2):
    def depth(self):
        return 1 + super().depth()
print(L3().depth(), names(L3))
print(object.__mro__ == (object,), len(L3.__mro__))
