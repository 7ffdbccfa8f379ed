"""Temporary files and directories (a subset of CPython's tempfile)."""

import os
import random as _random
import shutil as _shutil

template = 'tmp'
tempdir = None
_chars = 'abcdefghijklmnopqrstuvwxyz0123456789_'
_rng = _random.Random()


def _random_name():
    return ''.join(_rng.choice(_chars) for _ in range(8))


def gettempdir():
    global tempdir
    if tempdir is None:
        for name in ('TMPDIR', 'TEMP', 'TMP'):
            d = os.environ.get(name)
            if d and os.path.isdir(d):
                tempdir = d
                break
        else:
            tempdir = '/tmp'
    return tempdir


def gettempprefix():
    return template


def mkdtemp(suffix=None, prefix=None, dir=None):
    suffix = suffix or ''
    prefix = template if prefix is None else prefix
    dir = gettempdir() if dir is None else dir
    for _ in range(10000):
        file = os.path.join(dir, prefix + _random_name() + suffix)
        try:
            os.mkdir(file, 0o700)
        except FileExistsError:
            continue
        return os.path.abspath(file)
    raise FileExistsError('No usable temporary directory name found')


def mktemp(suffix='', prefix=template, dir=None):
    dir = gettempdir() if dir is None else dir
    while True:
        file = os.path.join(dir, prefix + _random_name() + suffix)
        if not os.path.exists(file):
            return file


class TemporaryDirectory:
    """A directory removed (with its contents) when the context ends or cleanup() is called."""

    def __init__(self, suffix=None, prefix=None, dir=None, ignore_cleanup_errors=False):
        self.name = mkdtemp(suffix, prefix, dir)
        self._ignore_cleanup_errors = ignore_cleanup_errors
        self._cleaned = False

    def __repr__(self):
        return f'<{self.__class__.__name__} {self.name!r}>'

    def __enter__(self):
        return self.name

    def __exit__(self, exc, value, tb):
        self.cleanup()

    def cleanup(self):
        if not self._cleaned and os.path.exists(self.name):
            _shutil.rmtree(self.name, ignore_errors=self._ignore_cleanup_errors)
        self._cleaned = True


class _TemporaryFileWrapper:
    """A file object that deletes its file when closed (when delete is true)."""

    def __init__(self, file, name, delete=True):
        self.file = file
        self.name = name
        self.delete = delete

    def __getattr__(self, name):
        return getattr(self.file, name)

    def __enter__(self):
        self.file.__enter__()
        return self

    def __exit__(self, exc, value, tb):
        self.close()

    def __iter__(self):
        return iter(self.file)

    def close(self):
        if not self.file.closed:
            self.file.close()
            if self.delete:
                try:
                    os.unlink(self.name)
                except OSError:
                    pass


def NamedTemporaryFile(mode='w+b', buffering=-1, encoding=None, newline=None, suffix=None, prefix=None, dir=None, delete=True):
    dir = gettempdir() if dir is None else dir
    prefix = template if prefix is None else prefix
    while True:
        name = os.path.join(dir, prefix + _random_name() + (suffix or ''))
        if not os.path.exists(name):
            break
    create_mode = mode.replace('w', 'x') if 'w' in mode else mode
    file = open(name, create_mode, encoding=encoding, newline=newline)
    return _TemporaryFileWrapper(file, os.path.abspath(name), delete)


TemporaryFile = NamedTemporaryFile
