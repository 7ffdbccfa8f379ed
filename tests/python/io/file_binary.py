# Binary files: bytes in, bytes out, seeking by byte offset.
import os
import tempfile

with tempfile.TemporaryDirectory() as folder:
    path = os.path.join(folder, "blob.bin")
    with open(path, "wb") as f:
        print(type(f).__name__, f.mode, f.write(bytes(range(10))), f.write(b"\xff\xfe"))
    with open(path, "rb") as f:
        print(type(f).__name__, f.mode, f.read(4), f.tell(), f.read(), f.read())
        f.seek(-3, 2)
        print(f.read(), f.seek(2), f.read(2), f.seek(1, 1), f.read(1))
    with open(path, "ab") as f:
        f.write(b"\nline2\n")
    with open(path, "rb") as f:
        print(f.readline(), f.readlines())
    with open(path, "r+b") as f:
        f.write(b"AB")
        f.seek(0)
        print(type(f).__name__, f.read(4))
    with open(path, "rb") as f:
        data = f.read()
    print(len(data), data[:4], list(data[:3]), os.path.getsize(path))
    for bad in [lambda: open(path, "wb").write("text"), lambda: open(path, "rb", encoding="utf-8"), lambda: open(path, "rt+b")]:
        try:
            bad()
        except (TypeError, ValueError) as e:
            print(type(e).__name__, e)
