import time
from nqueens import count_with_sets, count_with_bits, first_solution
def t(label, f):
    for i in range(8):
        s = time.perf_counter(); f(); e = time.perf_counter() - s
    print(label, "%.4f" % e)
t("sets", lambda: [count_with_sets(n, 0, set(), set(), set()) for n in range(4, 9)])
t("bits", lambda: [count_with_bits((1 << n) - 1, 0, 0, 0) for n in range(4, 9)])
t("first", lambda: [first_solution(n) for n in range(4, 9)])
