# sys: the standard streams as objects, print(file=...), redirection, interpreter facts.
import sys
import io

print(sys.stdout, sys.stderr, sys.stdin)
print(sys.stdout.name, sys.stdout.mode, sys.stdout.encoding, sys.stdout.writable(), sys.stdin.readable())
n = sys.stdout.write("written directly\n")
print(n)
sys.stdout.writelines(["one ", "two\n"])
sys.stdout.flush()
print("to stderr", 42, file=sys.stderr)
sys.stderr.write("stderr write\n")
print("with sep", "and end", sep="|", end="!\n", file=sys.stdout, flush=True)
saved = sys.stdout
sys.stdout = io.StringIO()
print("captured line")
print("another", 1, 2)
captured = sys.stdout.getvalue()
sys.stdout = saved
print(repr(captured))


class Upper:
    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text.upper())

    def flush(self):
        pass


u = Upper()
print("quiet", "please", file=u, flush=True)
print(u.parts)
print(sys.version_info[:2], sys.version_info.major if hasattr(sys.version_info, "major") else 3, sys.maxsize, sys.byteorder)
print(sys.stdin.read(), repr(sys.stdin.readline()), sys.stdout is sys.__stdout__, sys.platform)
try:
    sys.stdout.write(5)
except TypeError as e:
    print(e)
print(sys.version_info >= (3, 8), sys.version_info < (4,), sys.version_info.minor, sys.float_info.epsilon, sys.float_info.max)
print("sys" in sys.modules, sys.modules["sys"] is sys, sys.modules.get("no_such_module"), sys.getdefaultencoding())
try:
    raise KeyError("k")
except KeyError:
    kind, value, tb = sys.exc_info()
    print(kind.__name__, repr(value), sys.exception() is value)
print(sys.exc_info())
