i = 0
while i < 3:
    print("loop", i)
    i += 1
else:
    print("else runs when the condition turns false")
i = 0
while True:
    i += 1
    if i == 4:
        break
print("broke at", i)
n = 10
while n > 0:
    n -= 3
    if n == 1:
        break
else:
    print("not printed")
print("n =", n)
while False:
    pass
else:
    print("else of a loop that never ran")
