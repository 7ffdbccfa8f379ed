# Writing a text file and reading it back (in a temporary folder that is removed afterwards).
import os
import tempfile
import shutil

folder = tempfile.mkdtemp(prefix="krait_io_")
path = os.path.join(folder, "notes.txt")
try:
    f = open(path, "w")
    print(type(f).__name__, f.mode, f.closed, f.writable(), f.readable(), f.name == path, f.encoding)
    print(f.write("first line\n"), f.write("second line\n"))
    f.writelines(["third\n", "fourth\n"])
    print("fifth", 5, file=f)
    f.close()
    print(f.closed)
    with open(path) as f:
        content = f.read()
    print(repr(content), len(content))
    with open(path, "r") as f:
        print(repr(f.read(5)), repr(f.readline()), repr(f.readline(3)), repr(f.readline()))
        print(f.readlines())
        print(repr(f.read()), repr(f.readline()))
    with open(path, encoding="utf-8") as f:
        print(sum(1 for _ in f))
    text = "héllo wörld ✓ €\n"
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
    with open(path, "rb") as f:
        raw = f.read()
    print(raw, len(raw), len(text))
    with open(path, encoding="utf-8") as f:
        print(f.read() == text)
    with open(path, "w", encoding="latin-1") as f:
        f.write("café")
    with open(path, "rb") as f:
        print(f.read())
    print(os.path.getsize(path), sorted(os.listdir(folder)))
finally:
    shutil.rmtree(folder)
print(os.path.exists(folder))
