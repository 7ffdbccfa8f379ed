def two(a, b):
    return a + b

def kw_only(*, k):
    return k

def pos_only(a, /):
    return a

calls = [
    lambda: two(1, 2, 3),
    lambda: two(1),
    lambda: two(),
    lambda: two(1, b=2, z=3),
    lambda: two(1, a=2),
    lambda: kw_only(),
    lambda: kw_only(1),
    lambda: pos_only(a=1),
]
for call in calls:
    try:
        call()
    except TypeError as e:
        print(e)
