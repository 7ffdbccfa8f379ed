def nothing():
    pass

def early(n):
    if n > 0:
        return "positive"
    print("not positive")

def pair():
    return 1, "two"

def bare():
    return

print(nothing(), early(1), early(-1), bare())
a, b = pair()
print(a, b, pair())

def find_first_even(numbers):
    for n in numbers:
        if n % 2 == 0:
            return n
    return None

print(find_first_even([1, 3, 4, 6]), find_first_even([1, 3]))
