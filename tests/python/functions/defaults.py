def greet(name, greeting="Hello", punctuation="!"):
    return greeting + ", " + name + punctuation

print(greet("Ann"))
print(greet("Bob", "Hi"))
print(greet("Cy", punctuation="?"))

def append_to(item, bucket=[]):
    # The default list is created once, when the def runs.
    bucket.append(item)
    return bucket

print(append_to(1), append_to(2))
print(append_to(3, []))
counter = 10
def uses_default(x=counter):
    return x
counter = 20
print(uses_default())
