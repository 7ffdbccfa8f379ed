# fractions and statistics: exact rationals, CPython's hashes, exact sums behind mean/variance/stdev.
from fractions import Fraction as F
print(F(3, 4), repr(F(6, 8)), F('1.5'), F('-2/6'), F(0.1), F(1.5), F(' 3e-2 '), F(7), F('1_000/3'))
print(F(1,3)+F(1,6), F(1,2)*3, 1/F(3), F(3,4)-1, F(1,2)**2, F(4)**F(1,2), 2**F(2), F(-7,2)//2, F(7,2)%2, divmod(F(7,2), 1))
print(hash(F(1,2))==hash(0.5), F(1,2)==0.5, F(1,3)<0.34, float(F(1,3)), int(F(-7,2)), round(F(7,2)), round(F(5,2)), round(F(1,3), 2), F(10,3).limit_denominator(2))
print(F(3.141592653589793).limit_denominator(1000), F(1,3).numerator, abs(F(-1,2)), -F(1,2), F(1,2).as_integer_ratio())
import math; print(math.floor(F(7,2)), math.ceil(F(7,2)), math.trunc(F(-7,2)), str(F(-5)), sum([F(1, n) for n in range(1, 6)]), sorted([F(1,2), F(1,3), 0.4]))
print(hash(F(3, 1)) == hash(3), hash(F(-1, 3)), {F(1, 2): 'half'}[0.5])
for bad in ['x', '1/0', '']:
    try: F(bad)
    except (ValueError, ZeroDivisionError) as e: print(type(e).__name__, e)
try: F(1, 0)
except ZeroDivisionError as e: print(e)
import statistics as st
d = [2.5, 3.25, 5.5, 11.25, 1.0]
print(st.mean(d), st.mean([1,2,3,4]), st.fmean(d), st.median(d), st.median([1,2,3,4]), st.median_low([1,2,3,4]), st.median_high([1,2,3,4]), st.mode([1,1,2,3]))
print(st.variance(d), st.pvariance(d), st.stdev(d), st.pstdev(d), st.stdev([1,2,3,4,5]), st.variance([1,2,3,4]), st.harmonic_mean([40, 60]), st.geometric_mean([54, 24, 36]))
print(st.multimode('aabbbbccddddeeffffgg'), st.quantiles([1,2,3,4,5,6,7,8,9,10], n=4), st.mean([F(1,2), F(1,3)]), st.median_grouped([1, 2, 2, 3, 4, 4, 4, 4, 4, 5]))
print(st.mean([1, 2.5]), st.variance([1, 2, 3, 4, 5, 6]), st.pstdev([2, 4, 4, 4, 5, 5, 7, 9]), st.quantiles(range(1, 101), n=10, method='inclusive'))
print(st.covariance([1, 2, 3, 4], [1, 3, 2, 5]), st.correlation([1, 2, 3, 4], [2, 4, 6, 9]), st.linear_regression([1, 2, 3, 4, 5], [2, 4, 5, 4, 5]))
nd = st.NormalDist(100, 15)
print(nd, round(nd.cdf(115), 12), round(nd.pdf(100), 12), nd.stdev)
try: st.mean([])
except st.StatisticsError as e: print(e)
try: st.stdev([1])
except st.StatisticsError as e: print(e)
