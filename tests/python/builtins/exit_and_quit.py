# exit() and quit() (from CPython's site module) raise SystemExit like sys.exit().
print("before")
try:
    quit(5)
except SystemExit as e:
    print("quit", e.code, e.args)
try:
    exit()
except SystemExit as e:
    print("exit", e.code, e.args)
try:
    exit(code=7)
except SystemExit as e:
    print("exit", e.code)
exit("bye")
print("not reached")
