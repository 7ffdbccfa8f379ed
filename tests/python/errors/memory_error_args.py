# MemoryError raised by the interpreter for an impossible size has no arguments, as in CPython.
try:
    [0] * (2**62)
except MemoryError as e:
    print(e.args, repr(e), str(e) == "")
try:
    "ab" * (2**61)
except (MemoryError, OverflowError) as e:
    print(type(e).__name__, e.args)
