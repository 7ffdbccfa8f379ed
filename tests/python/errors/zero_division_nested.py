def average(values):
    return total(values) / len(values)

def total(values):
    result = 0
    for v in values:
        result += v
    return result

def report(groups):
    for name in groups:
        print(name, average(groups[name]))

report({"first": [1, 2, 3], "empty": []})
