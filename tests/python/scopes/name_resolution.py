x = "global"

def local_shadow():
    x = "local"
    return x

def reads_global():
    return x

def builtin_shadow():
    len = lambda s: "shadowed"
    return len("abc")

print(local_shadow(), reads_global(), builtin_shadow(), len("abc"))
squares = [x * x for x in range(4)]
print(squares, x)

def enclosing():
    y = "enclosing"
    def inner():
        return y + " seen from inner"
    return inner()

print(enclosing())
max = 5
print(max)
del max
print(max(1, 2))
