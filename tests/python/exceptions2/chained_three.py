# Three chained exceptions, mixing implicit and explicit links, then an uncaught raise from None elsewhere.

def level_one():
    raise KeyError("first")

def level_two():
    try:
        level_one()
    except KeyError as e:
        raise IndexError("second") from e

def level_three():
    try:
        level_two()
    except IndexError:
        raise ValueError("third")

try:
    level_three()
except ValueError as e:
    print(repr(e), repr(e.__context__), repr(e.__context__.__cause__))

def hidden():
    try:
        level_one()
    except KeyError:
        raise TypeError("context hidden") from None

try:
    hidden()
except TypeError as e:
    print(repr(e), e.__suppress_context__)

level_three()
