# send(), throw() and close(): coroutine-style generators, GeneratorExit, cleanup, errors.

def averager():
    total = 0.0
    count = 0
    average = None
    while True:
        value = yield average
        total += value
        count += 1
        average = total / count

avg = averager()
print(next(avg))
print(avg.send(10), avg.send(20), avg.send(60))

# The first send must be None.
fresh = averager()
try:
    fresh.send(5)
except TypeError as e:
    print("TypeError:", e)
print(fresh.send(None))

# throw(): the exception is raised at the paused yield.
def guarded():
    while True:
        try:
            yield "waiting"
        except ValueError as e:
            print("  handled inside:", e)
            yield "recovered"
g = guarded()
print(next(g))
print(g.throw(ValueError("bad input")))
print(next(g))
try:
    g.throw(KeyError("unhandled"))
except KeyError as e:
    print("propagated:", repr(e))
print(next(g, "generator is finished"))

# throw() with a class, and with a class and value.
def catcher():
    try:
        yield 1
    except Exception as e:
        yield "caught " + repr(e)
g = catcher()
next(g)
print(g.throw(IndexError))
g = catcher()
next(g)
print(g.throw(IndexError("with value")))

# throw() into a generator that has not started raises immediately.
g = catcher()
try:
    g.throw(RuntimeError("early"))
except RuntimeError as e:
    print("not started:", e)

# close(): GeneratorExit raised at the yield, finally blocks run.
def resource():
    print("  open")
    try:
        while True:
            yield "data"
    except GeneratorExit:
        print("  GeneratorExit seen")
        raise
    finally:
        print("  release")
r = resource()
print(next(r), next(r))
r.close()
r.close()
print("closed twice without error")
try:
    next(r)
except StopIteration:
    print("StopIteration after close")

# close() on a generator that never started does nothing visible.
r = resource()
r.close()
print("unstarted close done")

# A generator that yields in response to GeneratorExit is an error.
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield "refuse"
s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)

# A generator may return a value in response to GeneratorExit (ignored by close in 3.11).
def returns_on_close():
    try:
        yield 1
    except GeneratorExit:
        return "bye"
rc = returns_on_close()
next(rc)
print(rc.close())

# send() after exhaustion.
def one():
    yield 1
o = one()
next(o)
try:
    o.send("x")
except StopIteration:
    print("StopIteration on send after end")

# A generator that is running cannot be re-entered.
def reentrant():
    yield me.send(None)
me = reentrant()
try:
    next(me)
except ValueError as e:
    print("ValueError:", e)

# throw() passes through yield from into the sub-generator.
def sub():
    try:
        yield "sub"
    except ZeroDivisionError:
        yield "sub handled ZeroDivisionError"
    return "sub done"
def delegating():
    r = yield from sub()
    yield r
d = delegating()
print(next(d))
print(d.throw(ZeroDivisionError))
print(next(d))

# close() propagates into the sub-generator.
def sub2():
    try:
        yield 1
    finally:
        print("  sub2 finally")
def outer2():
    try:
        yield from sub2()
    finally:
        print("  outer2 finally")
o2 = outer2()
next(o2)
o2.close()

# A running-state machine driven by send.
def traffic_light():
    state = "red"
    while True:
        command = yield state
        if command == "next":
            state = {"red": "green", "green": "yellow", "yellow": "red"}[state]
        elif command == "reset":
            state = "red"
tl = traffic_light()
print([next(tl)] + [tl.send(c) for c in ["next", "next", "next", "next", "reset", "next"]])

# gi_running, gi_frame presence (no values that differ between implementations).
def g_state():
    yield 1
gs = g_state()
print(gs.gi_running)
next(gs)
print(gs.gi_running)
