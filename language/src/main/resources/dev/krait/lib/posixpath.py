"""posixpath: the implementation of os.path on POSIX systems."""

from os.path import *
from os.path import sep, curdir, pardir, extsep, altsep, pathsep, defpath, devnull
