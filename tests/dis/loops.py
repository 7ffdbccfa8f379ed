# while with the test duplicated at the bottom (3.11's shape), for over an iterator, break/continue, else.
def checksum(n):
    total = 0
    i = 0
    while i < n:
        total = (total + i * i) % 1000003
        i += 1
    return total


def first_even(values):
    for v in values:
        if v % 2:
            continue
        if v > 100:
            break
        return v
    else:
        return None


while True:
    print(checksum(10), first_even([1, 3, 4]))
    break
