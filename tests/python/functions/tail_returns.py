# Returns at the end of a function (and the statements after an "if ...: return") in every shape.
def sign(x):
    if x < 0:
        return -1
    if x == 0:
        return 0
    return 1


def falls_through(x):
    if x:
        return 'yes'
    y = x


def only_if(x):
    if x > 1:
        return 'big'


def nested(x):
    if x > 0:
        if x > 10:
            return 'huge'
        elif x > 5:
            return 'large'
        total = x * 2
        return total
    else:
        return None


def bare(x):
    if x:
        return
    return x


def in_try(x):
    try:
        return x * 2
    finally:
        print('finally', x)


def loop_return(items):
    for i in items:
        if i > 2:
            return i
    return -1


def fails_after(x):
    if x > 0:
        return x
    print('before')
    return 1 // x


print([sign(v) for v in (-5, 0, 7)], falls_through(0), falls_through(1), only_if(1), only_if(2))
print([nested(v) for v in (20, 7, 3, -1)], bare(1), bare(0), in_try(4), loop_return([1, 5]), loop_return([]))
print(fails_after(3), (lambda: 5)(), [x * x for x in range(4)], {x: -x for x in range(3)}, {x % 2 for x in range(5)})
fails_after(0)
