# Exception notes (3.11): add_note stores them in __notes__ and the traceback prints them after the message.

def load(path):
    try:
        raise FileNotFoundError("no such file: " + path)
    except FileNotFoundError as e:
        e.add_note("while loading the configuration")
        e.add_note("searched: ./" + path)
        raise

try:
    load("a.cfg")
except OSError as e:
    print(type(e).__name__, e, e.__notes__)

err = ValueError("plain")
print(hasattr(err, "__notes__"))
try:
    err.add_note(42)
except TypeError as e:
    print("TypeError:", e)

load("b.cfg")
