# Generators resumed in every kind of position: straight-line yields, loops, the second of several handlers, else.
def steps():
    yield 1
    yield 2
    x = yield 3
    yield x


def handlers(kind):
    for i in range(3):
        try:
            if kind == i:
                raise (KeyError, ValueError, TypeError)[i]("k%d" % i)
            yield "try%d" % i
        except KeyError as e:
            yield "key " + str(e)
            yield "key again"
        except ValueError as e:
            yield "value " + str(e)
            yield "value again"
        except TypeError as e:
            yield "type " + str(e)
        else:
            yield "else%d" % i
        finally:
            yield "finally%d" % i


total = 0
for rep in range(3000):
    for v in steps():
        total += v if v is not None else 100
print(total)
g = steps()
print(next(g), next(g), next(g), g.send("sent"))
for kind in range(4):
    print(kind, list(handlers(kind)))
for rep in range(500):
    out = [list(handlers(rep % 4)) for _ in range(2)]
print(out[0] == out[1], len(out[0]))
