def parse_age(text):
    if not text.isdigit():
        raise ValueError("not a valid age: " + repr(text))
    return int(text)

def load(records):
    return [parse_age(r) for r in records]

print(load(["1", "22"]))
print(load(["3", "x"]))
