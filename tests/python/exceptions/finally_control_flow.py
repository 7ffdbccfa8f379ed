def finally_overrides():
    try:
        return "from try"
    finally:
        return "from finally"

def finally_swallows():
    try:
        raise ValueError("lost")
    finally:
        return "finally returned"

def finally_sees_return():
    try:
        print("returning")
        return 1
    finally:
        print("finally still runs")

print(finally_overrides())
print(finally_swallows())
print(finally_sees_return())
for i in range(3):
    try:
        if i == 1:
            continue
        if i == 2:
            break
        print("body", i)
    finally:
        print("finally", i)
