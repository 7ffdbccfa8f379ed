# array: typed arrays kept in packed storage.
from array import array

a = array("i", [1, 2, 3])
a.append(4)
a.extend([5, 6])
print(a, len(a), a[0], a[-1], a[1:4], a.typecode, a.itemsize, list(a), sum(a))
print(a.pop(), a.pop(0), a.index(4), a.count(2), 3 in a, a)
a.insert(1, 10)
a.remove(10)
a.reverse()
a[0] = 42
print(a, a.tolist(), a.tobytes())
d = array("d", [1.5, 2.25])
f = array("f", [0.1, 0.5])
print(d, f, d.itemsize, f.itemsize, array("d", range(3)), array("l"), array("q", (x * x for x in range(4))))
b = array("b", b"\x01\x02\xff")
print(b, array("B", [0, 255]), array("h", [-32768, 32767]), array("H", [65535]), array("I", [4294967295]))
c = array("i", [1, 2]) + array("i", [3])
c *= 2
print(c, c == array("i", [1, 2, 3, 1, 2, 3]), c < array("i", [2]), array("i", [7]) * 3)
del c[0]
del c[::2]
print(c)
c[0:1] = array("i", [8, 9])
print(c)
buf = array("h")
buf.frombytes(b"\x01\x00\x02\x00")
buf.fromlist([3, 4])
print(buf, buf.tobytes(), buf.buffer_info()[1])
buf.byteswap()
print(buf)
for bad in [lambda: array("b", [200]), lambda: array("b", [-200]), lambda: array("B", [-1]), lambda: array("i", [2 ** 31]),
            lambda: array("i", [1.5]), lambda: array("d", ["x"]), lambda: array("z"), lambda: array("i").pop(),
            lambda: array("i", [1])[3], lambda: array("i", [1]).remove(2), lambda: array("i") + array("d"),
            lambda: array("i", [1, 2]).__setitem__(slice(0, 1), [5]), lambda: hash(array("i"))]:
    try:
        bad()
    except (OverflowError, TypeError, ValueError, IndexError) as e:
        print(type(e).__name__, e)
