# CPython 3.11 limits conversions between int and decimal str to 4300 digits (sys.set_int_max_str_digits).
import sys

print(sys.get_int_max_str_digits())
big = 10 ** 100000
print(big.bit_length())
print(len(hex(big)), len(bin(big)), len(oct(big)))   # power-of-two bases are not limited

for convert in (str, repr, lambda v: f"{v}", lambda v: "%d" % v, lambda v: format(v, ",")):
    try:
        convert(big)
    except ValueError as e:
        print("ValueError:", e)

print(len(str(10 ** 4299)), len(str(-(10 ** 4299))))
try:
    str(10 ** 4300)
except ValueError as e:
    print("4301 digits:", e)

try:
    int("1" * 4301)
except ValueError as e:
    print("ValueError:", e)
print(int("1" * 4300) % 1000)
print(int("f" * 5000, 16) % 1000)

for bad in (1, 639, -1):
    try:
        sys.set_int_max_str_digits(bad)
    except ValueError as e:
        print(bad, "ValueError:", e)

sys.set_int_max_str_digits(0)
print(sys.get_int_max_str_digits(), len(str(big)), str(big)[:5])
print(int("7" * 20000) % 997)
sys.set_int_max_str_digits(640)
try:
    str(10 ** 640)
except ValueError as e:
    print("ValueError:", e)
print(len(str(10 ** 639)))
print(str(big))
