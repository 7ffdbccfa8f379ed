count = 0

def increment():
    global count
    count += 1

def read_only():
    return count * 10

def create_global():
    global created
    created = "made inside a function"

for _ in range(3):
    increment()
print(count, read_only())
create_global()
print(created)

def shadow():
    count = 100
    return count

print(shadow(), count)
