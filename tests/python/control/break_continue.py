for i in range(10):
    if i % 2 == 0:
        continue
    if i > 7:
        break
    print("odd", i)
for i in range(3):
    for j in range(3):
        if j == i:
            continue
        if i + j > 3:
            break
        print(i, j)
total = 0
i = 0
while i < 10:
    i += 1
    if i % 3:
        continue
    total += i
print("total", total)
for x in [1, 2]:
    pass
print("x after loop", x)
