def catch(exception):
    try:
        raise exception
    except ArithmeticError:
        return "ArithmeticError"
    except LookupError:
        return "LookupError"
    except Exception:
        return "Exception"
    except BaseException:
        return "BaseException"

for e in (ZeroDivisionError(), IndexError(), KeyError(), TypeError(), ValueError(), NameError(), AttributeError(),
          RuntimeError(), RecursionError(), NotImplementedError(), AssertionError(), StopIteration(), BaseException()):
    print(type(e).__name__, "->", catch(e))
print(isinstance(RecursionError(), RuntimeError), isinstance(NotImplementedError(), RuntimeError))
print(isinstance(KeyError(), Exception), isinstance(Exception(), BaseException), isinstance(ValueError(), LookupError))
