"""High-level file operations: copying and removing trees (a subset of CPython's shutil)."""

import os


class Error(OSError):
    pass


class SameFileError(Error):
    pass


def copyfileobj(fsrc, fdst, length=0):
    length = length or 64 * 1024
    while True:
        buf = fsrc.read(length)
        if not buf:
            break
        fdst.write(buf)


def copyfile(src, dst, *, follow_symlinks=True):
    if os.path.exists(dst) and os.path.samefile(src, dst):
        raise SameFileError(f'{src!r} and {dst!r} are the same file')
    with open(src, 'rb') as fsrc:
        with open(dst, 'wb') as fdst:
            copyfileobj(fsrc, fdst)
    return dst


def copy(src, dst, *, follow_symlinks=True):
    if os.path.isdir(dst):
        dst = os.path.join(dst, os.path.basename(src))
    copyfile(src, dst)
    return dst


copy2 = copy


def copytree(src, dst, dirs_exist_ok=False):
    os.makedirs(dst, exist_ok=dirs_exist_ok)
    for name in os.listdir(src):
        s = os.path.join(src, name)
        d = os.path.join(dst, name)
        if os.path.isdir(s):
            copytree(s, d, dirs_exist_ok)
        else:
            copyfile(s, d)
    return dst


def rmtree(path, ignore_errors=False, onerror=None):
    try:
        names = os.listdir(path)
    except OSError as err:
        if ignore_errors:
            return
        if onerror is not None:
            onerror(os.listdir, path, err)
            return
        raise
    for name in names:
        full = os.path.join(path, name)
        try:
            is_dir = os.path.isdir(full) and not os.path.islink(full)
        except OSError:
            is_dir = False
        if is_dir:
            rmtree(full, ignore_errors, onerror)
        else:
            try:
                os.unlink(full)
            except OSError as err:
                if ignore_errors:
                    continue
                if onerror is not None:
                    onerror(os.unlink, full, err)
                    continue
                raise
    try:
        os.rmdir(path)
    except OSError as err:
        if ignore_errors:
            return
        if onerror is not None:
            onerror(os.rmdir, path, err)
            return
        raise


def move(src, dst):
    real_dst = dst
    if os.path.isdir(dst):
        real_dst = os.path.join(dst, os.path.basename(src.rstrip('/')))
    os.rename(src, real_dst)
    return real_dst


def which(cmd, mode=os.F_OK | os.X_OK, path=None):
    if os.path.dirname(cmd):
        return cmd if os.access(cmd, mode) and not os.path.isdir(cmd) else None
    path = path if path is not None else os.environ.get('PATH', os.defpath)
    for directory in path.split(os.pathsep):
        name = os.path.join(directory, cmd)
        if os.access(name, mode) and not os.path.isdir(name):
            return name
    return None
