# round() is correctly rounded: halves go to the even neighbour of the exact binary value.
for x in [0.5, 1.5, 2.5, -0.5, -1.5, 2.675, 0.125, 0.375, 1.005, 1e16 + 0.5, 123.456]:
    print(x, round(x), round(x, 1), round(x, 2), round(x, -1))
print(round(5), round(15, -1), round(25, -1), round(-25, -1), round(12345, -2), round(2 ** 70, -20), round(7, 3))
print(round(True), round(1.23456789e-5, 7), round(1e300, -299), round(123.0, -400), round(0.1, 400))
print(type(round(2.5)), type(round(2.5, 0)), type(round(7, 0)), round(-0.4), round(-0.0, 1))
for bad in ['x', None]:
    try:
        round(1.5, bad) if bad is not None else round(bad)
    except TypeError as e:
        print('TypeError:', e)
for value in [float('inf'), float('nan')]:
    try:
        round(value)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__ + ':', e)
print(round(float('inf'), 2), round(float('nan'), 2))
try:
    round(1.7976931348623157e308, -308)
except OverflowError as e:
    print('OverflowError:', e)
