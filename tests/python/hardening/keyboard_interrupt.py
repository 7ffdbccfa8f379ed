# An uncaught KeyboardInterrupt prints its traceback and exits with 130, as after Ctrl-C.
def work():
    raise KeyboardInterrupt

try:
    work()
except KeyboardInterrupt:
    print("caught")
print(issubclass(KeyboardInterrupt, Exception), issubclass(KeyboardInterrupt, BaseException))
work()
