# Raising and catching user-defined exceptions: raise class vs instance, re-raise, nested handlers, as-name cleanup.

class InsufficientFunds(Exception):
    def __init__(self, needed, available):
        super().__init__(needed, available)
        self.needed = needed
        self.available = available

class AccountLocked(Exception):
    pass

class Account:
    def __init__(self, balance):
        self.balance = balance
        self.locked = False

    def withdraw(self, amount):
        if self.locked:
            raise AccountLocked
        if amount > self.balance:
            raise InsufficientFunds(amount, self.balance)
        self.balance -= amount
        return self.balance

acct = Account(100)
for amount in (30, 50, 40, 10):
    try:
        print("left", acct.withdraw(amount))
    except InsufficientFunds as e:
        print("short by", e.needed - e.available, e.args)
acct.locked = True
try:
    acct.withdraw(1)
except AccountLocked as e:
    print("locked:", repr(e), type(e) is AccountLocked)

# The "as" name is deleted after the handler.
try:
    raise AccountLocked("x")
except AccountLocked as err:
    pass
try:
    err
except NameError as e:
    print("NameError:", e)

# The as-name unbinds a previous binding too.
err = "previous"
try:
    raise AccountLocked()
except AccountLocked as err:
    pass
print("err" in dir())

# Handlers are tried in order; the first match wins, including by base class.
class Base(Exception): pass
class Mid(Base): pass
class Leaf(Mid): pass
for exc in (Leaf, Mid, Base):
    try:
        raise exc()
    except Leaf:
        print(exc.__name__, "-> Leaf handler")
    except Base:
        print(exc.__name__, "-> Base handler")

# Raising non-exceptions is a TypeError.
class NotAnException:
    pass
for bad in (NotAnException, NotAnException(), 42, "string"):
    try:
        raise bad
    except TypeError as e:
        print("TypeError:", e)

# Catching a non-exception class in except is an error only when an exception reaches it.
try:
    try:
        raise ValueError("v")
    except NotAnException:
        pass
except TypeError as e:
    print("TypeError:", e)

# An exception escaping a handler replaces the original (with context).
try:
    try:
        raise Leaf("inner")
    except Leaf:
        raise Mid("from handler")
except Base as e:
    print(type(e).__name__, e, type(e.__context__).__name__, e.__context__)

# Exceptions carry through several frames and loops.
def level3(n):
    if n == 0:
        raise Leaf("bottom")
    return level3(n - 1)
def level1():
    results = []
    for i in range(3):
        try:
            results.append(level3(i))
        except Mid as e:
            results.append("caught " + str(e) + " at " + str(i))
    return results
print(level1())

# else and finally interplay with user exceptions.
def attempt(fail):
    log = []
    try:
        log.append("try")
        if fail:
            raise AccountLocked("fail")
    except AccountLocked:
        log.append("except")
    else:
        log.append("else")
    finally:
        log.append("finally")
    return log
print(attempt(False), attempt(True))

# Exception instances can be stored and raised later, several times.
saved = InsufficientFunds(5, 1)
for _ in range(2):
    try:
        raise saved
    except InsufficientFunds as e:
        print(e is saved, e.args)

# isinstance checks against exception classes.
print(isinstance(Leaf(), Base), isinstance(Leaf(), Exception), isinstance(Base(), Leaf))

# with_traceback returns the exception itself.
e = Mid("wt")
print(e.with_traceback(None) is e)
