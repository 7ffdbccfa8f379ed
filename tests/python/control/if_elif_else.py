def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    else:
        return "large"

for n in (-5, 0, 3, 99):
    print(n, classify(n))
if []:
    print("never")
elif {}:
    print("never either")
else:
    print("empty containers are false")
x = 3
if x > 1:
    if x > 2:
        print("nested")
