# finally with return, break and continue; exceptions swallowed by return in finally; nesting.

def ret_in_finally_overrides_exception():
    try:
        raise ValueError("lost")
    finally:
        return "finally wins"

def ret_in_finally_overrides_return():
    try:
        return "try"
    finally:
        return "finally"

def finally_runs_before_return():
    log = []
    def inner():
        try:
            log.append("try")
            return "returned"
        finally:
            log.append("finally")
    r = inner()
    return r, log

def return_value_evaluated_before_finally():
    x = 1
    try:
        return x
    finally:
        x = 2

print(ret_in_finally_overrides_exception())
print(ret_in_finally_overrides_return())
print(finally_runs_before_return())
print(return_value_evaluated_before_finally())

# break in finally swallows an exception.
def break_swallows():
    for i in range(3):
        try:
            raise KeyError(i)
        finally:
            break
    return "after loop " + str(i)
print(break_swallows())

# continue in finally swallows an exception too (allowed since 3.8).
def continue_swallows():
    out = []
    for i in range(3):
        try:
            if i == 1:
                raise ValueError
            out.append(i)
        finally:
            continue
    return out
print(continue_swallows())

# break/continue inside try run the finally.
log = []
for i in range(5):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        log.append("body" + str(i))
    finally:
        log.append("fin" + str(i))
print(log)

# while loop with return inside try/finally.
def find(items, target):
    i = 0
    visited = []
    while True:
        try:
            if items[i] == target:
                return i, visited
        finally:
            visited.append(i)
            i += 1
print(find([5, 6, 7], 7))
try:
    find([1], 2)
except IndexError as e:
    print("IndexError:", e)

# Nested finally blocks run innermost first.
def nested():
    order = []
    try:
        try:
            try:
                raise ValueError("deep")
            finally:
                order.append("inner")
        finally:
            order.append("middle")
    except ValueError:
        order.append("handler")
    finally:
        order.append("outer")
    return order
print(nested())

# An exception in finally replaces the one in flight.
def replace():
    try:
        raise KeyError("original")
    finally:
        raise RuntimeError("replacement")
try:
    replace()
except Exception as e:
    print(type(e).__name__, e, type(e.__context__).__name__)

# except clause with return and finally with side effects.
def handler_return():
    state = []
    try:
        raise ValueError
    except ValueError:
        state.append("except")
        return state
    finally:
        state.append("finally")
print(handler_return())

# Generators: finally runs when the generator is closed or exhausted.
def gen():
    try:
        yield 1
        yield 2
    finally:
        print("  gen finally")
for x in gen():
    print("got", x)
g = gen()
print(next(g))
g.close()
print("closed")

# A return inside try within a loop with else.
def loop_else():
    for i in range(2):
        try:
            pass
        finally:
            pass
    else:
        return "else ran"
print(loop_else())

# finally that returns None explicitly discards the exception.
def swallow_none():
    try:
        1 / 0
    finally:
        return
print(swallow_none())

# Counting how many times finally runs in a recursive function.
count = 0
def recurse(n):
    global count
    try:
        if n == 0:
            raise ValueError("bottom")
        return recurse(n - 1)
    finally:
        count += 1
try:
    recurse(5)
except ValueError:
    print("finally ran", count, "times")
