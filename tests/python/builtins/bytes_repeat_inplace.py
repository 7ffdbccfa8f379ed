# Repetition of bytes and bytearray, and the in-place operators that change lists and bytearrays themselves.
print(b"ab" * 3, 2 * b"x", b"x" * 0, b"" * 5, b"ab" * -1)
print(bytearray(b"q") * 2, 3 * bytearray(b"r"), type(bytearray(b"q") * 2).__name__)
c = bytearray(b"x")
d = c
d *= 3
print(c, c is d)
d += b"yz"
print(c, c is d)
d += bytearray(b"!")
print(c, len(c))
a = [1, 2]
b = a
b *= 2
print(a, a is b)
print(a.__imul__(2) is a, len(a))
print(a.__imul__(0), a)
try:
    a.__imul__("x")
except TypeError as e:
    print("TypeError", e)
try:
    b"x" * b"y"
except TypeError as e:
    print("TypeError", e)
t = (1,)
u = t
u *= 2
print(t, u)


class N:
    def __index__(self):
        return 2


print(b"ok" * N(), [0] * N())
for bad in (lambda: b"a" + 1, lambda: bytearray(b"a") + "s", lambda: b"a" + [1]):
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
