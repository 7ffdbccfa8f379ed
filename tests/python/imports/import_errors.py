try:
    import no_such_module
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    import support.nothing
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
try:
    from support.greeting import nothing
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0])
try:
    import support.greeting.deeper
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
from support.greeting import *
print(greet("star"), PREFIX)
try:
    print(_private)
except NameError as e:
    print(e)
import support.broken
