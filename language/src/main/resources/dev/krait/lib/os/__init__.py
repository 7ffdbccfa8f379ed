"""Operating-system interfaces: Krait's posix primitives (Java) and what CPython's os.py builds on them."""

import sys
import posix as _posix
from posix import getcwd, chdir, listdir, mkdir, rmdir, unlink, rename, access, getpid, cpu_count, urandom, fspath

name = 'posix'
sep = '/'
altsep = None
extsep = '.'
pathsep = ':'
linesep = '\n'
defpath = '/bin:/usr/bin'
curdir = '.'
pardir = '..'
devnull = '/dev/null'
F_OK, X_OK, W_OK, R_OK = 0, 1, 2, 4
SEEK_SET, SEEK_CUR, SEEK_END = 0, 1, 2

error = OSError
remove = unlink
replace = rename


class PathLike:
    """The abstract class of objects with a __fspath__ method."""

    def __fspath__(self):
        raise NotImplementedError


class stat_result:
    """The result of stat(): the ten classic fields by index and by name, plus the *_ns times."""

    _fields = ('st_mode', 'st_ino', 'st_dev', 'st_nlink', 'st_uid', 'st_gid', 'st_size',
               'st_atime', 'st_mtime', 'st_ctime')

    def __init__(self, values):
        (self.st_mode, self.st_ino, self.st_dev, self.st_nlink, self.st_uid, self.st_gid,
         self.st_size, self.st_atime, self.st_mtime, self.st_ctime) = values[:10]
        self._items = tuple(values[:7]) + tuple(values[10:13])
        self.st_atime_ns = values[10] * 1000000000
        self.st_mtime_ns = values[11] * 1000000000
        self.st_ctime_ns = values[12] * 1000000000

    def __getitem__(self, index):
        return self._items[index]

    def __len__(self):
        return 10

    def __iter__(self):
        return iter(self._items)

    def __eq__(self, other):
        if isinstance(other, stat_result):
            return self._items == other._items
        return self._items == other

    def __repr__(self):
        fields = ', '.join(f'{n}={v!r}' for n, v in zip(self._fields, self._items))
        return f'os.stat_result({fields})'


def stat(path, *, follow_symlinks=True):
    return stat_result(_posix.stat(path, follow_symlinks=follow_symlinks))


def lstat(path):
    return stat_result(_posix.stat(path, follow_symlinks=False))


class _Environ(dict):
    """os.environ: the process environment as a dict of str."""

    def __repr__(self):
        return 'environ(' + dict.__repr__(self) + ')'

    def copy(self):
        return dict(self)


environ = _Environ(_posix.environ)


def getenv(key, default=None):
    return environ.get(key, default)


def putenv(key, value):
    environ[key] = value


def unsetenv(key):
    environ.pop(key, None)


from . import path


def makedirs(name, mode=0o777, exist_ok=False):
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        try:
            makedirs(head, exist_ok=exist_ok)
        except FileExistsError:
            pass
    try:
        mkdir(name, mode)
    except OSError:
        if not exist_ok or not path.isdir(name):
            raise


def removedirs(name):
    rmdir(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except OSError:
            break
        head, tail = path.split(head)


def renames(old, new):
    head, tail = path.split(new)
    if head and tail and not path.exists(head):
        makedirs(head)
    rename(old, new)
    head, tail = path.split(old)
    if head and tail:
        try:
            removedirs(head)
        except OSError:
            pass


class DirEntry:
    """An entry of scandir(): name, path and cached type queries."""

    def __init__(self, directory, name):
        self.name = name
        self.path = path.join(directory, name)
        self._stat = None

    def __fspath__(self):
        return self.path

    def __repr__(self):
        return f'<DirEntry {self.name!r}>'

    def stat(self, *, follow_symlinks=True):
        if self._stat is None or not follow_symlinks:
            result = stat(self.path, follow_symlinks=follow_symlinks)
            if not follow_symlinks:
                return result
            self._stat = result
        return self._stat

    def is_dir(self, *, follow_symlinks=True):
        try:
            return (self.stat(follow_symlinks=follow_symlinks).st_mode & 0o170000) == 0o040000
        except OSError:
            return False

    def is_file(self, *, follow_symlinks=True):
        try:
            return (self.stat(follow_symlinks=follow_symlinks).st_mode & 0o170000) == 0o100000
        except OSError:
            return False

    def is_symlink(self):
        return path.islink(self.path)


class _ScandirIterator:
    def __init__(self, directory):
        self._directory = directory
        self._names = iter(listdir(directory))

    def __iter__(self):
        return self

    def __next__(self):
        return DirEntry(self._directory, next(self._names))

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()

    def close(self):
        self._names = iter(())


def scandir(path='.'):
    return _ScandirIterator(path)


def walk(top, topdown=True, onerror=None, followlinks=False):
    """Directory tree generator: (dirpath, dirnames, filenames) for each directory under top."""
    try:
        names = listdir(top)
    except OSError as err:
        if onerror is not None:
            onerror(err)
        return
    dirs = []
    nondirs = []
    for n in names:
        if path.isdir(path.join(top, n)):
            dirs.append(n)
        else:
            nondirs.append(n)
    if topdown:
        yield top, dirs, nondirs
        for d in dirs:
            new_path = path.join(top, d)
            if followlinks or not path.islink(new_path):
                yield from walk(new_path, topdown, onerror, followlinks)
    else:
        for d in dirs:
            new_path = path.join(top, d)
            if followlinks or not path.islink(new_path):
                yield from walk(new_path, topdown, onerror, followlinks)
        yield top, dirs, nondirs


def get_terminal_size(fd=1):
    columns = int(environ.get('COLUMNS', 80))
    lines = int(environ.get('LINES', 24))
    return terminal_size((columns, lines))


class terminal_size:
    def __init__(self, values):
        self.columns, self.lines = values

    def __getitem__(self, index):
        return (self.columns, self.lines)[index]

    def __iter__(self):
        return iter((self.columns, self.lines))

    def __repr__(self):
        return f'os.terminal_size(columns={self.columns}, lines={self.lines})'
