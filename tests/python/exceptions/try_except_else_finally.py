def attempt(divisor):
    try:
        print("try", divisor)
        result = 10 // divisor
    except ZeroDivisionError:
        print("except")
        result = None
    else:
        print("else", result)
    finally:
        print("finally")
    return result

print(attempt(2))
print(attempt(0))
try:
    try:
        raise ValueError("inner")
    finally:
        print("inner finally runs before the outer handler")
except ValueError as e:
    print("outer caught", e)
