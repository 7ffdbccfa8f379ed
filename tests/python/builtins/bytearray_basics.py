# bytearray: construction, mutation, indexing, slicing, decoding and comparison with bytes.
b = bytearray(b"abc")
b.append(100)
b.extend(b"ef")
b.extend([103, 104])
print(b, len(b), b[0], b[-1], b[1:3], bytes(b))
b[0] = 65
print(b, b.decode(), b.decode("utf-8"), b.upper(), b == b"Abcdefgh", b"Abcdefgh" == bytes(b))
print(bytearray(3), bytearray("héllo", "utf-8"), bytearray([1, 2, 255]), bytearray())
print(list(bytearray(b"xy")), 98 in bytearray(b"abc"), b"b" in bytearray(b"abc"), bool(bytearray()))
c = b.copy()
print(c.pop(), c.pop(0), c, b)
c.clear()
print(c, len(c), b + b"!", b"?" + bytes(b), b"-".join([b"a", bytes(bytearray(b"b"))]))
print(bytearray("ü", "utf-8").decode(), "ü".encode("utf-8"), b"\xc3\xbc".decode())
try:
    b[0] = 256
except ValueError as e:
    print("ValueError:", e)
try:
    hash(b)
except TypeError as e:
    print("TypeError:", e)
print(type(b).__name__, isinstance(b, bytearray), isinstance(b, bytes))
