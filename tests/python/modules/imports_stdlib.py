# Importing the standard library: forms of import, module attributes, errors.
import math as m, random
from collections import deque as Deque, Counter
from itertools import *
from functools import reduce, partial
import collections.abc
import os.path

print(m.sqrt(4), Deque([1]), Counter("aa"), list(islice(count(), 3)), reduce(lambda a, b: a + b, [1, 2]))
print(m.__name__, random.__name__, collections.abc.__name__, type(m).__name__)
import math
print(math is m, math.floor is m.floor)
try:
    from sys import no_such_function
except ImportError as e:
    print(type(e).__name__, e)
try:
    import no_such_module_anywhere
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    import math.submodule
except ModuleNotFoundError as e:
    print(e)
import sys
print("math" in sys.modules or True, hasattr(collections.abc, "Sequence"), callable(partial))
