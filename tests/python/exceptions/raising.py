try:
    raise ValueError
except ValueError as e:
    print("class raised:", repr(e))
try:
    raise NotImplementedError("later")
except RuntimeError as e:
    print("not caught here")
except NotImplementedError as e:
    print("NotImplementedError:", e)
try:
    raise StopIteration
except StopIteration:
    print("StopIteration caught")
try:
    raise AssertionError("explicit")
except AssertionError as e:
    print(e)
try:
    assert 1 + 1 == 3, "math is broken"
except AssertionError as e:
    print("assert:", e)
try:
    assert False
except AssertionError as e:
    print("empty assert message:", repr(str(e)))
try:
    raise RuntimeError("bound to e")
except RuntimeError as e:
    pass
try:
    e
except NameError:
    print("the except target is unbound after the handler")
