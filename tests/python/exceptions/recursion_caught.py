def forever(n):
    return forever(n + 1)

try:
    forever(0)
except RecursionError as e:
    print("caught:", e)

def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)

# After the overflow the interpreter must work normally again.
print(depth(500))
try:
    forever(0)
except RuntimeError:
    print("RecursionError is a RuntimeError")
