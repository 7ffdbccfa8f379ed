def risky():
    raise KeyError("missing")

def middle():
    try:
        risky()
    except KeyError:
        print("middle saw it and re-raises")
        raise

try:
    middle()
except KeyError as e:
    print("top caught", repr(e))

try:
    try:
        int("x")
    except ValueError as e:
        raise RuntimeError("wrapped") from None
except RuntimeError as e:
    print("caught", e)

def raise_caught_object():
    try:
        [][0]
    except IndexError as e:
        saved = e
    raise saved

try:
    raise_caught_object()
except LookupError as e:
    print("again", e)
