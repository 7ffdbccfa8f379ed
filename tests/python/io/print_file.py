# print() to files and file-like objects, with sep, end and flush.
import io
import os
import tempfile

buffer = io.StringIO()
print("a", "b", "c", sep="-", end=".\n", file=buffer)
print(1, 2.5, None, [3], file=buffer, flush=True)
print(file=buffer)
print("no newline", end="", file=buffer)
print(repr(buffer.getvalue()))
with tempfile.TemporaryDirectory() as folder:
    path = os.path.join(folder, "out.txt")
    with open(path, "w") as f:
        for i in range(3):
            print("row", i, sep="=", file=f)
        print(*["x", "y"], sep="", file=f)
    with open(path) as f:
        print(f.read(), end="")


class Recorder:
    def __init__(self):
        self.calls = []

    def write(self, s):
        self.calls.append(s)
        return len(s)


rec = Recorder()
print("hi", "there", file=rec)
print(rec.calls)
try:
    print("x", file=42)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    print("x", sep=5)
except TypeError as e:
    print(e)
