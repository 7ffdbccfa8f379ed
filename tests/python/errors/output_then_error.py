for i in range(3):
    print("line", i)
x = [1, 2, 3]
print(x[3])
