# os, shutil and tempfile: directories and files in a temporary folder.
import os
import shutil
import stat
import tempfile

base = tempfile.mkdtemp()
try:
    print(os.path.isdir(base), os.listdir(base))
    os.makedirs(os.path.join(base, "a", "b", "c"))
    os.makedirs(os.path.join(base, "a", "b"), exist_ok=True)
    os.mkdir(os.path.join(base, "empty"))
    for rel in ["a/x.txt", "a/b/y.txt", "a/b/c/z.txt", "top.txt"]:
        with open(os.path.join(base, rel), "w") as f:
            f.write(rel * 2)
    for root, dirs, files in os.walk(base):
        dirs.sort()
        print(os.path.relpath(root, base), sorted(dirs), sorted(files))
    print(sorted(os.listdir(base)), sorted(os.listdir(os.path.join(base, "a"))))
    top = os.path.join(base, "top.txt")
    st = os.stat(top)
    print(st.st_size, stat.S_ISREG(st.st_mode), stat.S_ISDIR(os.stat(base).st_mode), os.path.getsize(top))
    print(os.path.exists(top), os.path.isfile(top), os.path.isdir(top), os.path.exists(os.path.join(base, "nope")))
    os.rename(top, os.path.join(base, "renamed.txt"))
    shutil.copyfile(os.path.join(base, "renamed.txt"), os.path.join(base, "copy.txt"))
    with open(os.path.join(base, "copy.txt")) as f:
        print(f.read())
    os.remove(os.path.join(base, "copy.txt"))
    os.rmdir(os.path.join(base, "empty"))
    print(sorted(os.listdir(base)))
    entries = sorted((e.name, e.is_dir(), e.is_file()) for e in os.scandir(base))
    print(entries)
    for action, label in [(lambda: os.mkdir(base), "mkdir existing"), (lambda: os.remove(os.path.join(base, "ghost")), "remove missing"),
                          (lambda: os.rmdir(os.path.join(base, "a")), "rmdir non-empty"), (lambda: os.listdir(os.path.join(base, "ghost")), "listdir missing"),
                          (lambda: os.remove(os.path.join(base, "a")), "remove directory")]:
        try:
            action()
        except OSError as e:
            print(label, type(e).__name__, e.errno, e.strerror)
    with tempfile.TemporaryDirectory(dir=base) as inner:
        print(os.path.isdir(inner), os.path.dirname(inner) == base)
    print(os.path.exists(inner))
    with tempfile.NamedTemporaryFile("w+", dir=base, suffix=".tmp") as tmp:
        tmp.write("temp data")
        tmp.seek(0)
        print(tmp.read(), tmp.name.endswith(".tmp"), os.path.exists(tmp.name))
    print(os.path.exists(tmp.name))
finally:
    shutil.rmtree(base)
print(os.path.exists(base), type(os.environ).__name__, os.getenv("KRAIT_SURELY_UNSET_VARIABLE", "default"), isinstance(os.getcwd(), str))
