# os.path: pure path manipulation (no file system access).
import os
import os.path
import posixpath

print(os.path.join("a", "b", "c.txt"), os.path.join("/root", "x"), os.path.join("a/", "b"), os.path.join("a", "/abs", "c"))
print(os.path.split("/usr/lib/python3.11"), os.path.split("file"), os.path.split("/"), os.path.split("dir/"))
print(os.path.splitext("archive.tar.gz"), os.path.splitext(".bashrc"), os.path.splitext("noext"), os.path.splitext("a.b/c"))
print(os.path.basename("/x/y/z.py"), os.path.dirname("/x/y/z.py"), os.path.dirname("z.py"), os.path.basename("/x/y/"))
print(os.path.normpath("/a/./b/../c//d/"), os.path.normpath("a/../../b"), os.path.normpath(""), os.path.normpath("//x"))
print(os.path.isabs("/x"), os.path.isabs("x"), os.path.relpath("/a/b/c", "/a"), os.path.relpath("/a", "/a/b/c"))
print(os.path.commonprefix(["/usr/lib", "/usr/local/lib"]), os.path.commonpath(["/usr/lib", "/usr/local/lib"]))
print(os.path.splitdrive("/x/y"), os.path.normcase("AbC"), os.path.expanduser("no_tilde"), os.sep, os.pathsep, os.extsep)
print(posixpath.join("p", "q"), os.path is posixpath or os.path.join is not None, os.curdir, os.pardir, os.name)
parts = []
path = "/home/user/docs/report.txt"
while True:
    head, tail = os.path.split(path)
    if not tail:
        break
    parts.append(tail)
    path = head
print(list(reversed(parts)))
