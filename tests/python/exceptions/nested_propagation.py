def level3():
    print("level3 raises")
    raise LookupError("deep")

def level2():
    try:
        level3()
    finally:
        print("level2 finally")

def level1():
    try:
        level2()
    except ValueError:
        print("wrong handler")
    print("not reached")

try:
    level1()
except LookupError as e:
    print("caught at top:", e)
print("program continues")
