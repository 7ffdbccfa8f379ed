# The builtin exception hierarchy, checked with issubclass and __mro__/__bases__.

pairs = [
    (BaseException, object),
    (Exception, BaseException),
    (SystemExit, BaseException),
    (KeyboardInterrupt, BaseException),
    (GeneratorExit, BaseException),
    (StopIteration, Exception),
    (StopAsyncIteration, Exception),
    (ArithmeticError, Exception),
    (FloatingPointError, ArithmeticError),
    (OverflowError, ArithmeticError),
    (ZeroDivisionError, ArithmeticError),
    (AssertionError, Exception),
    (AttributeError, Exception),
    (BufferError, Exception),
    (EOFError, Exception),
    (ImportError, Exception),
    (ModuleNotFoundError, ImportError),
    (LookupError, Exception),
    (IndexError, LookupError),
    (KeyError, LookupError),
    (MemoryError, Exception),
    (NameError, Exception),
    (UnboundLocalError, NameError),
    (OSError, Exception),
    (FileNotFoundError, OSError),
    (PermissionError, OSError),
    (TimeoutError, OSError),
    (ReferenceError, Exception),
    (RuntimeError, Exception),
    (NotImplementedError, RuntimeError),
    (RecursionError, RuntimeError),
    (SyntaxError, Exception),
    (IndentationError, SyntaxError),
    (TabError, IndentationError),
    (SystemError, Exception),
    (TypeError, Exception),
    (ValueError, Exception),
    (UnicodeError, ValueError),
    (UnicodeDecodeError, UnicodeError),
    (UnicodeEncodeError, UnicodeError),
    (Warning, Exception),
    (DeprecationWarning, Warning),
    (UserWarning, Warning),
    (RuntimeWarning, Warning),
]
for child, parent in pairs:
    print(child.__name__, "<", parent.__name__, issubclass(child, parent), child.__bases__[0] is parent)

# Things that are not in the hierarchy one might expect.
print(issubclass(KeyboardInterrupt, Exception), issubclass(SystemExit, Exception), issubclass(GeneratorExit, Exception))
print(issubclass(StopIteration, RuntimeError), issubclass(KeyError, IndexError), issubclass(UnicodeError, TypeError))
print(issubclass(IndentationError, Exception), issubclass(RecursionError, ArithmeticError))

# Full MROs for a few.
for cls in (ZeroDivisionError, KeyError, UnboundLocalError, NotImplementedError, TabError, ModuleNotFoundError):
    print(" > ".join(c.__name__ for c in cls.__mro__))

# Every class above is an instance of type, and instances of them are catchable as their parents.
print(all(isinstance(c, type) for c, _ in pairs))
caught = []
for child, parent in pairs:
    if child in (UnicodeDecodeError, UnicodeEncodeError) or parent is object:
        continue  # their constructors need five arguments; 'except object' is a TypeError
    try:
        raise child("x")
    except parent:
        caught.append(child.__name__)
print(len(caught), caught[:5])

# OSError aliases.
print(IOError is OSError, EnvironmentError is OSError)

# Catching BaseException catches everything, Exception does not catch SystemExit.
def raises(exc):
    try:
        raise exc
    except Exception:
        return "Exception"
    except BaseException:
        return "BaseException only"
for exc in (ValueError, SystemExit, KeyboardInterrupt, GeneratorExit, StopIteration):
    print(exc.__name__, raises(exc))

# Builtin errors raised by the runtime have the right classes.
def classify(f):
    try:
        f()
    except Exception as e:
        return type(e).__name__ + " " + " ".join(c.__name__ for c in type(e).__mro__[1:-2])
print(classify(lambda: 1 // 0))
print(classify(lambda: [][1]))
print(classify(lambda: {}["k"]))
print(classify(lambda: undefined_name))
print(classify(lambda: int("z")))
print(classify(lambda: None + 1))
print(classify(lambda: None.attr))
print(classify(lambda: 2.0 ** 10000))
