def shout(func):
    def wrapper(*args, **kwargs):
        return func(*args, **kwargs).upper() + "!"
    return wrapper

def trace(func):
    def wrapper(*args):
        print("calling with", args)
        result = func(*args)
        print("returned", result)
        return result
    return wrapper

def repeat(times):
    def decorate(func):
        def wrapper(*args):
            return [func(*args) for _ in range(times)]
        return wrapper
    return decorate

@shout
def hello(name):
    return "hello " + name

@trace
@shout
def bye(name):
    return "bye " + name

@repeat(3)
def roll(x):
    return x * 2

print(hello("ann"))
print(bye("bob"))
print(roll(21))

registry = []
def register(func):
    registry.append(func)
    return func

@register
def first():
    return 1

@register
def second():
    return 2

print([f() for f in registry])
