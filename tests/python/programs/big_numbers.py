def factorial(n):
    result = 1
    for i in range(2, n + 1):
        result *= i
    return result

def fibonacci(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a

f100 = factorial(100)
print(f100)
print(len(str(f100)), sum([int(d) for d in str(f100)]))
trailing = 0
while f100 % 10 == 0:
    f100 //= 10
    trailing += 1
print("trailing zeros:", trailing)
print(fibonacci(300))
print(fibonacci(300) % 1000000007, fibonacci(1000) // fibonacci(999))
print(2 ** 521 - 1)
print(factorial(30) // factorial(28), -factorial(25) // 7, -factorial(25) % 7)
