for ch in "abc":
    print(ch)
for i, ch in enumerate("x😀y"):
    print(i, ch)
print(list("hey"), tuple("ab"))
print("".join(reversed("stressed")))
print([c.upper() for c in "abc" if c != "b"])
count = 0
for c in "mississippi":
    if c == "s":
        count += 1
print(count)
