# math: constants, roots, exponentials and logarithms, trigonometry, conversions to int.
import math

print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(math.sqrt(2), math.sqrt(16), math.sqrt(0.5), math.sqrt(1e300), math.isqrt(99))
print(math.exp(1), math.exp(-1), math.exp(0.5), math.exp(10), math.exp2(3.5), math.expm1(1e-10))
print(math.log(10), math.log(2.5), math.log(1000, 10), math.log(8, 2), math.log(100, 3))
print(math.log2(1024), math.log2(3), math.log2(0.1), math.log10(1000), math.log10(2), math.log1p(1e-12))
print(math.log(2 ** 2000), math.log2(2 ** 1500), math.log10(10 ** 500), math.log(7 ** 400, 7))
for x in [0.0, 0.5, 1.0, 2.0, math.pi / 6, math.pi / 4, 3.0, 10.0, 100.0, -2.5]:
    print(x, math.sin(x), math.cos(x), math.tan(x))
print(math.asin(0.5), math.acos(0.5), math.atan(1), math.atan2(1, -1), math.atan2(-0.0, -1.0), math.atan(1e20))
print(math.sinh(1), math.cosh(1), math.tanh(0.5), math.asinh(2), math.acosh(2), math.atanh(0.5))
print(math.degrees(math.pi / 3), math.radians(45), math.cbrt(27), math.cbrt(-8), math.cbrt(10))
print(math.pow(2, 10), math.pow(2.5, 3.5), math.pow(9, 0.5), math.pow(-2, 3), math.pow(1.0001, 10000))
print(math.floor(3.7), math.floor(-3.2), math.ceil(3.2), math.ceil(-3.7), math.trunc(-3.7), math.trunc(3.99))
print(math.floor(5), math.ceil(True), math.floor(1e20), math.ceil(-1e19), type(math.floor(2.5)).__name__)
print(math.fabs(-3), math.fabs(-0.0), math.copysign(2, -0.0), math.copysign(-3.5, 1))


class Meters:
    def __init__(self, v):
        self.v = v

    def __float__(self):
        return self.v

    def __floor__(self):
        return "floored"


print(math.sqrt(Meters(9.0)), math.floor(Meters(2.5)), math.exp(True), math.sqrt(10 ** 20))
