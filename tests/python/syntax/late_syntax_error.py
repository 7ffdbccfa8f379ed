print("this must not run")
for i in range(3):
    print(i)
x = (1 +
     2
while x:
    pass
