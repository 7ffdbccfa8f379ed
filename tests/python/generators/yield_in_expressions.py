# yield used as a sub-expression: several yields in one expression, inside displays, call arguments, operators
# and conditionals; each must resume exactly where it paused.

def add_two():
    total = (yield "first") + (yield "second")
    yield total

g = add_two()
print(next(g), g.send(10), g.send(32))

def in_list():
    items = [(yield 1), (yield 2), (yield 3)]
    yield items

g = in_list()
print(next(g), g.send("a"), g.send("b"), g.send("c"))

def in_tuple_and_dict():
    pair = ((yield "p1"), (yield "p2"))
    mapping = {"x": (yield "d1"), "y": (yield "d2")}
    yield pair, mapping

g = in_tuple_and_dict()
print([next(g)] + [g.send(v) for v in (1, 2, 3, 4)])

def in_call():
    result = max((yield "a"), (yield "b"), 0)
    print("  max received", result)
    yield result

g = in_call()
print(next(g), g.send(5), g.send(9))

def in_string_building():
    text = "<" + str((yield "open")) + "|" + str((yield "close")) + ">"
    yield text

g = in_string_building()
print(next(g), g.send("L"), g.send("R"))

def in_comparison():
    ok = (yield "lo") < (yield "hi")
    yield ok

g = in_comparison()
print(next(g), g.send(1), g.send(2))

def in_conditional(flag):
    value = (yield "then") if flag else (yield "else")
    yield value

for flag in (True, False):
    g = in_conditional(flag)
    print(next(g), g.send(flag))

def in_subscript():
    data = {"k": "found"}
    value = data[(yield "key")] + "/" + str((yield "suffix"))
    yield value

g = in_subscript()
print(next(g), g.send("k"), g.send(3))

def in_loop():
    results = []
    for i in range(3):
        results.append((yield i) * (yield -i))
    yield results

g = in_loop()
out = [next(g)]
for v in (1, 2, 3, 4, 5, 6):
    out.append(g.send(v))
print(out)

def side_effects():
    log = []
    def note(x):
        log.append(x)
        return x
    value = note("a") + note((yield "one")) + note((yield "two"))
    yield value, log

g = side_effects()
print(next(g), g.send("b"), g.send("c"))
