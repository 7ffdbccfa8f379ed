# File errors: missing files, directories, bad modes, closed files, wrong direction.
import io
import os
import tempfile

with tempfile.TemporaryDirectory() as folder:
    missing = os.path.join(folder, "missing.txt")
    try:
        open(missing)
    except FileNotFoundError as e:
        print(type(e).__name__, e.errno, e.strerror, e.filename == missing, isinstance(e, OSError))
    try:
        open(os.path.join(folder, "no", "dir", "f.txt"), "w")
    except FileNotFoundError as e:
        print("FileNotFoundError", e.errno)
    try:
        open(folder)
    except IsADirectoryError as e:
        print(type(e).__name__, e.errno, e.strerror)
    path = os.path.join(folder, "f.txt")
    for mode in ["z", "rw", "rbb", "tb", "", "r+w"]:
        try:
            open(path, mode)
        except ValueError as e:
            print(repr(mode), e)
    for bad in [5.5, None, ["x"]]:
        try:
            open(bad)
        except TypeError as e:
            print(e)
    f = open(path, "w")
    try:
        f.read()
    except io.UnsupportedOperation as e:
        print("UnsupportedOperation", e, isinstance(e, OSError), isinstance(e, ValueError))
    f.close()
    for action in [lambda: f.write("x"), lambda: f.read(), lambda: f.readline(), lambda: f.tell(), lambda: f.flush()]:
        try:
            action()
        except ValueError as e:
            print(e)
    with open(path) as g:
        try:
            g.write("nope")
        except io.UnsupportedOperation as e:
            print(e)
        try:
            g.seek(1, 1)
        except io.UnsupportedOperation as e:
            print(e)
        try:
            g.write(5)
        except (TypeError, io.UnsupportedOperation) as e:
            print(type(e).__name__, e)
    with open(path, "w") as h:
        try:
            h.write(b"bytes")
        except TypeError as e:
            print(e)
    try:
        open(path, encoding="no-such-codec")
    except LookupError as e:
        print(e)
    try:
        with open(missing) as never:
            pass
    except OSError as e:
        print(type(e).__name__, str(e) == f"[Errno 2] No such file or directory: {missing!r}")
