def label(count):
    return "count: " + count

print(label("3"))
print(label(3))
