def power(base, exponent, /, modulo=None):
    if modulo is None:
        return base ** exponent
    return base ** exponent % modulo

print(power(2, 10), power(2, 10, 1000), power(2, 10, modulo=7))

def both(a, /, b, *, c):
    return a + b + c

print(both(1, 2, c=3), both(1, b=2, c=3))

def name_reuse(a, /, **kw):
    # 'a' can also arrive as a keyword, into **kw.
    return a, kw

print(name_reuse(1, a=2))
