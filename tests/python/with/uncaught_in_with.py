# An uncaught exception inside a with block: __exit__ runs, then the traceback is printed.

class Session:
    def __init__(self, user):
        self.user = user
    def __enter__(self):
        print("login", self.user)
        return self
    def __exit__(self, exc_type, exc, tb):
        print("logout", self.user, "after", exc_type.__name__ if exc_type else "success")

def work(session, items):
    return [session.user + ":" + item for item in items]

with Session("ann") as s:
    print(work(s, ["a", "b"]))
with Session("bob") as s:
    print(work(s, ["c", 4]))
print("unreachable")
