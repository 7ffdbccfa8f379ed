# io.StringIO and io.BytesIO: in-memory streams.
import io

s = io.StringIO()
print(s.write("hello "), s.write("world\n"), s.tell())
print("second line", file=s)
print(repr(s.getvalue()), s.closed, s.readable(), s.writable(), s.seekable())
s.seek(0)
print(repr(s.readline()), repr(s.read(6)), repr(s.read()), repr(s.read()))
s.seek(6)
s.write("WORLD")
print(repr(s.getvalue()))
r = io.StringIO("alpha\nbeta\ngamma")
print(r.readlines(), r.tell(), repr(r.readline()))
r.seek(0)
print([line.rstrip() for line in r], list(io.StringIO("x\ny\n")))
with io.StringIO("ctx") as c:
    print(c.read(), c.closed)
print(c.closed)
t = io.StringIO("0123456789")
t.truncate(4)
print(repr(t.getvalue()), t.seek(0, 2), t.tell())
b = io.BytesIO(b"abc")
print(b.read(1), b.read(), b.getvalue(), b.write(b"de"), b.getvalue(), b.tell(), type(b).__name__)
b.seek(0)
print(b.readline(), io.BytesIO(b"1\n2\n").readlines())
for bad in [lambda: c.read(), lambda: io.StringIO().write(5), lambda: io.BytesIO().write("s"), lambda: io.StringIO("a").seek(-1)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(type(s), isinstance(s, io.TextIOBase), isinstance(b, io.IOBase), io.SEEK_END)
