# input() at the end of standard input (the tests run with an empty stdin): CPython's EOFError.
import sys

print(repr(sys.stdin.read()), repr(sys.stdin.readline()))
try:
    input()
except EOFError as e:
    print("EOFError:", e)
name = input("Your name: ")
print("never reached", name)
