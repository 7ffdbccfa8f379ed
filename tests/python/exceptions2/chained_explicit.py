# Uncaught explicit chain: raise ... from ... prints "The above exception was the direct cause".

class ParseError(Exception):
    pass

def parse_number(text):
    try:
        return int(text)
    except ValueError as e:
        raise ParseError("not a number: " + text) from e

def parse_all(items):
    return [parse_number(t) for t in items]

print(parse_all(["1", "22"]))
parse_all(["3", "x4"])
