# A generator raising inside a for loop, uncaught: the traceback passes through the generator frame.

def readings(values):
    for i, v in enumerate(values):
        if v < 0:
            raise ValueError("negative reading at index " + str(i))
        yield v * 1.5

def summarize(values):
    total = 0
    for r in readings(values):
        total += r
    return total

print(summarize([1, 2, 3]))
print(summarize([4, -1, 5]))
