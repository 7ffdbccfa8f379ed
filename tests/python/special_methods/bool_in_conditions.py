# In conditions, and/or test each operand's truth once (CPython compiles them to jumps).
class Loud:
    def __init__(self, name, value):
        self.name, self.value = name, value

    def __bool__(self):
        print("bool", self.name)
        return self.value

a, b = Loud("a", False), Loud("b", True)
if a and b:
    print("then")
else:
    print("else")
if b or a:
    print("or-then")
print("x" if a or b else "y")
n = 0
while b and n < 2:
    n += 1
print(n)
v = a and b
print(v.name)
if not (a and b) and (b or a):
    print("mixed")
