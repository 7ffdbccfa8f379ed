# contextlib: contextmanager, suppress, closing, nullcontext, redirect_stdout, ExitStack.
from contextlib import contextmanager, suppress, closing, nullcontext, redirect_stdout, ExitStack
import io
@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")
with tag("b") as t:
    print("inside", t)
try:
    with tag("x"):
        raise ValueError("oops")
except ValueError as e:
    print("caught", e)
@contextmanager
def swallow():
    try:
        yield
    except KeyError:
        print("swallowed")
with swallow():
    raise KeyError(1)
with suppress(ZeroDivisionError):
    1 / 0
print("after suppress")
class Res:
    def close(self): print("closed")
with closing(Res()):
    pass
with nullcontext(5) as v:
    print(v)
buf = io.StringIO()
with redirect_stdout(buf):
    print("hidden")
print(repr(buf.getvalue()))
with ExitStack() as stack:
    for n in "abc":
        stack.callback(print, "exit", n)
    stack.enter_context(tag("s"))
@tag("deco")
def f():
    print("body")
f()
