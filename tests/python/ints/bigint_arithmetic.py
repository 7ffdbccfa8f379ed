# Arithmetic that leaves the 64-bit range and comes back.
big = 2 ** 64
print(big)
print(big * big)
print(big - 1)
print(-big)
print(big + big - big * 2)
a = 123456789012345678901234567890
b = 987654321098765432109876543210
print(a + b)
print(b - a)
print(a * b)
print(b // a, b % a)
print(a - b)
x = 1
for i in range(1, 30):
    x = x * i
print(x)
print(x // (2 ** 60))
print(big > 2 ** 63, big == 2 ** 64, -big < 5)
