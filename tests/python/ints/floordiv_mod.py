# Floor division and modulo take the sign of the divisor, as in CPython.
for a in (7, -7):
    for b in (2, -2):
        print(a, b, a // b, a % b)
print(0 // 5, 0 % -5)
print(-1 // 10, -1 % 10)
big = 10 ** 30 + 7
print(big // 3, big % 3)
print(-big // 3, -big % 3)
print(big // -7, big % -7)
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(-17, -5))
print(divmod(-big, 10 ** 15))
