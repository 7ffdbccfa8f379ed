# Nested with statements, managers reused, managers that track depth, and interaction with try/finally.

class Depth:
    level = 0
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        Depth.level += 1
        print("  " * Depth.level + "enter " + self.name)
        return Depth.level
    def __exit__(self, exc_type, exc, tb):
        print("  " * Depth.level + "exit " + self.name + (" with " + exc_type.__name__ if exc_type else ""))
        Depth.level -= 1

with Depth("a") as la:
    with Depth("b") as lb:
        with Depth("c") as lc:
            print("levels", la, lb, lc)

# An exception propagates through every level.
try:
    with Depth("x"):
        with Depth("y"):
            raise ValueError("deep")
except ValueError:
    print("caught at level", Depth.level)

# with inside try/finally inside with.
with Depth("outer"):
    try:
        with Depth("inner"):
            raise KeyError("k")
    except KeyError:
        print("    handled KeyError")
    finally:
        print("    finally")

# A reentrant manager used in nested fashion.
class Reentrant:
    def __init__(self):
        self.depth = 0
        self.max_depth = 0
    def __enter__(self):
        self.depth += 1
        self.max_depth = max(self.max_depth, self.depth)
        return self
    def __exit__(self, *exc):
        self.depth -= 1
r = Reentrant()
with r:
    with r:
        with r:
            pass
    with r:
        pass
print(r.depth, r.max_depth)

# with in recursive functions.
def walk(n):
    with Depth("walk" + str(n)):
        if n > 0:
            walk(n - 1)
walk(2)

# A lock-like manager guarding a shared list across nested calls.
class Lock:
    def __init__(self):
        self.held = False
        self.history = []
    def __enter__(self):
        if self.held:
            raise RuntimeError("already held")
        self.held = True
        self.history.append("acquire")
    def __exit__(self, *exc):
        self.held = False
        self.history.append("release")
lock = Lock()
with lock:
    try:
        with lock:
            pass
    except RuntimeError as e:
        print("RuntimeError:", e)
print(lock.held, lock.history)

# Managers returned from methods and used with a dotted name.
class Database:
    def __init__(self):
        self.log = []
    def transaction(self, name):
        db = self
        class Tx:
            def __enter__(self):
                db.log.append("begin " + name)
                return self
            def __exit__(self, exc_type, exc, tb):
                db.log.append(("rollback " if exc_type else "commit ") + name)
                return exc_type is ValueError
        return Tx()
db = Database()
with db.transaction("t1"):
    with db.transaction("t2"):
        raise ValueError("rolled back")
    with db.transaction("t3"):
        pass
print(db.log)
