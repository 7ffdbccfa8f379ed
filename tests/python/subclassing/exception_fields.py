# Exception subclasses with extra fields, custom __init__/__str__, args handling, and hierarchy catching.

class AppError(Exception):
    """Base of the application's errors."""

class ParseError(AppError):
    def __init__(self, message, line, column):
        super().__init__(message, line, column)
        self.message = message
        self.line = line
        self.column = column

    def __str__(self):
        return self.message + " at " + str(self.line) + ":" + str(self.column)

class HttpError(AppError):
    def __init__(self, status, reason="unknown"):
        super().__init__(status)
        self.status = status
        self.reason = reason

try:
    raise ParseError("unexpected token", 3, 14)
except AppError as e:
    print(type(e).__name__, e, e.args, e.line, e.column)
    print(repr(e))

try:
    raise HttpError(404, reason="not found")
except HttpError as e:
    print(e, e.args, e.status, e.reason, repr(e))

# An exception subclass that does not call super().__init__ keeps the constructor args.
class NoSuper(Exception):
    def __init__(self, a, b):
        self.total = a + b
try:
    raise NoSuper(1, 2)
except NoSuper as e:
    print(e.args, e.total, str(e), repr(e))

# Default str() of exceptions with zero, one, many args.
class Simple(Exception):
    pass
for exc in (Simple(), Simple("one"), Simple("a", 2), Simple(42)):
    print(repr(str(exc)), repr(exc), exc.args)

# Catching by base class and by tuple; order of except clauses.
errors = [ParseError("x", 1, 1), HttpError(500), Simple("s"), KeyError("k"), ValueError("v")]
for err in errors:
    try:
        raise err
    except (HttpError, KeyError) as e:
        print("http-or-key:", type(e).__name__)
    except AppError as e:
        print("app:", type(e).__name__)
    except Exception as e:
        print("other:", type(e).__name__)

# Subclassing builtin exceptions keeps their place in the hierarchy.
class MissingConfig(KeyError):
    pass
class BadValue(ValueError):
    def __init__(self, value):
        super().__init__("bad value: " + repr(value))
        self.value = value
try:
    raise MissingConfig("port")
except LookupError as e:
    print("LookupError caught:", type(e).__name__, e, e.args)
try:
    int("x")
except BadValue:
    print("not this")
except ValueError as e:
    print("plain ValueError:", e)
try:
    raise BadValue([1, 2])
except ValueError as e:
    print(e, e.value, isinstance(e, Exception), issubclass(BadValue, ArithmeticError))

# Class attributes on exception classes and methods on exceptions.
class Coded(Exception):
    code = 1
    def describe(self):
        return type(self).__name__ + "#" + str(self.code) + ": " + str(self)
class Fatal(Coded):
    code = 99
try:
    raise Fatal("disk gone")
except Coded as e:
    print(e.describe())

# Modifying args after construction.
e = Simple("first")
e.args = ("changed", 2)
print(str(e), e.args)

# Raising the class instantiates it with no arguments.
try:
    raise Fatal
except Fatal as e:
    print(repr(e), e.args, e.code)

# Exception subclasses with __init__ requiring arguments, raised from a helper.
def parse(text):
    for i, ch in enumerate(text):
        if not ch.isdigit():
            raise ParseError("not a digit " + repr(ch), 1, i + 1)
    return int(text)
for text in ["123", "12a4"]:
    try:
        print(parse(text))
    except ParseError as e:
        print("ParseError:", e)

# Exceptions are instances of their MRO.
print([c.__name__ for c in ParseError.__mro__])
print([c.__name__ for c in MissingConfig.__mro__])
