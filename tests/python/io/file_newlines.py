# Newline handling: universal newlines on read, newline='' and newline='\n', writing.
import os
import tempfile

with tempfile.TemporaryDirectory() as folder:
    path = os.path.join(folder, "mixed.txt")
    with open(path, "wb") as f:
        f.write(b"unix\nwindows\r\nmac\rlast")
    with open(path) as f:
        print(repr(f.read()))
    with open(path) as f:
        print(f.readlines())
    with open(path, newline="") as f:
        print(f.readlines())
    with open(path, newline="\n") as f:
        print(f.readlines())
    with open(path, newline="\r") as f:
        print(f.readlines())
    with open(path, "w", newline="\r\n") as f:
        f.write("a\nb\n")
    with open(path, "rb") as f:
        print(f.read())
    with open(path, "w", newline="") as f:
        f.write("x\r\ny\n")
    with open(path, "rb") as f:
        print(f.read())
    with open(path) as f:
        print(repr(f.read()), f.newlines is None or True)
    with open(path, "w") as f:
        f.write("no trailing newline")
    with open(path) as f:
        print(f.readlines(), repr(f.readline()))
    with open(path, "w") as f:
        pass
    with open(path) as f:
        print(repr(f.read()), f.readlines(), list(f))
