# Uncaught raise ... from None: only the last exception is printed.

def lookup(table, key):
    try:
        return table[key]
    except KeyError:
        raise LookupError("no entry for " + key) from None

print(lookup({"a": 1}, "a"))
lookup({"a": 1}, "b")
