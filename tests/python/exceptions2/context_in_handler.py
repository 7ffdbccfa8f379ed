# An exception raised and caught inside an except clause remembers the one being handled as its __context__.
try:
    raise ValueError("outer")
except ValueError:
    try:
        1 + "x"
    except TypeError as e:
        print(type(e).__name__, "context:", repr(e.__context__))

def handler_in_function():
    try:
        {}["missing"]
    except KeyError:
        try:
            [][1]
        except IndexError as e:
            return repr(e.__context__), e.__suppress_context__

print(handler_in_function())

# Outside any handler there is no context.
try:
    int("x")
except ValueError as e:
    print(e.__context__)
