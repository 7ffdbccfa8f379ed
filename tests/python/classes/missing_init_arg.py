# Calling a class without a required __init__ argument is an uncaught TypeError.

class Account:
    def __init__(self, owner, balance):
        self.owner = owner
        self.balance = balance

ok = Account("ann", 10)
print(ok.owner, ok.balance)
try:
    Account("bob", 1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    Account(owner="bob", balance=1, extra=3)
except TypeError as e:
    print("TypeError:", e)
try:
    Account()
except TypeError as e:
    print("TypeError:", e)
try:
    object.__new__(Account).__init__()
except TypeError as e:
    print("TypeError:", e)

class NoInit:
    pass
try:
    NoInit(1)
except TypeError as e:
    print("TypeError:", e)

def open_account(name):
    return Account(name)

print("opening")
open_account("carl")
print("not reached")
