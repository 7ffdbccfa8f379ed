def make_counter(start=0):
    count = start
    def counter():
        nonlocal count
        count += 1
        return count
    return counter

c1 = make_counter()
c2 = make_counter(100)
print(c1(), c1(), c2(), c1(), c2())

def make_multiplier(factor):
    return lambda x: x * factor

triple = make_multiplier(3)
print(triple(7), make_multiplier("ab")(2))

def outer():
    messages = []
    def log(msg):
        messages.append(msg)
    log("one")
    log("two")
    return messages

print(outer())

def counter_pair():
    n = 0
    def inc():
        nonlocal n
        n += 1
    def get():
        return n
    return inc, get

inc, get = counter_pair()
inc(); inc()
print(get())
