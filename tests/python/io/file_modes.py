# File modes: append, exclusive creation, read/write modes, seek and tell.
import os
import tempfile

with tempfile.TemporaryDirectory() as folder:
    path = os.path.join(folder, "log.txt")
    with open(path, "w") as f:
        f.write("one\n")
    with open(path, "a") as f:
        print(f.tell())
        f.write("two\n")
    with open(path, "a") as f:
        f.write("three\n")
    with open(path) as f:
        print(f.read().splitlines())
    try:
        open(path, "x")
    except FileExistsError as e:
        print(type(e).__name__, e.errno, e.strerror)
    fresh = os.path.join(folder, "fresh.txt")
    with open(fresh, "x") as f:
        f.write("created")
    with open(fresh) as f:
        print(f.read())
    with open(path, "r+") as f:
        print(repr(f.read(3)), f.tell())
        f.seek(0)
        f.write("ONE")
        f.seek(0)
        print(f.read().splitlines())
    with open(path, "w+") as f:
        f.write("hello world")
        print(f.tell())
        f.seek(6)
        print(repr(f.read()))
        f.seek(0)
        print(repr(f.read(5)), f.tell())
    with open(path, "a+") as f:
        f.write("!")
        f.seek(0)
        print(repr(f.read()))
    with open(path) as f:
        f.seek(0, 2)
        end = f.tell()
        f.seek(0)
        print(end, repr(f.read(1)), f.seek(0), f.seekable())
    with open(path, "w") as f:
        f.write("abcdef")
        f.truncate(3)
    with open(path) as f:
        print(repr(f.read()))
