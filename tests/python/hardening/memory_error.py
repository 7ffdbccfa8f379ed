# Allocations that cannot succeed raise MemoryError (or OverflowError where CPython says so), not a JVM error.
def attempt(label, make):
    try:
        make()
        print(label, "succeeded")
    except (MemoryError, OverflowError) as e:
        print(label, type(e).__name__, e)

attempt("list", lambda: [0] * 10 ** 12)
attempt("str", lambda: "a" * 10 ** 12)
attempt("tuple", lambda: (1, 2) * 10 ** 12)
attempt("list 2**62", lambda: [None] * 2 ** 62)
attempt("str 2**63", lambda: "ab" * 2 ** 63)
attempt("bytearray", lambda: bytearray(10 ** 12))
attempt("bytes(n)", lambda: bytes(10 ** 12))
attempt("str 2**62", lambda: "ab" * 2 ** 62)
attempt("tuple 2**62", lambda: (1, 2) * 2 ** 62)
attempt("to_bytes", lambda: (1).to_bytes(2 ** 40, "big"))
def repeat_in_place():
    x = [1]
    x *= 10 ** 12

attempt("repeat in place", repeat_in_place)
print("still running")
x = [0] * 10 ** 12
