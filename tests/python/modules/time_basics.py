# time: clocks move forward, sleep waits, struct_time and strftime for a fixed moment (no timing output).
import time

t0 = time.perf_counter()
m0 = time.monotonic()
n0 = time.perf_counter_ns()
time.sleep(0.02)
print(time.perf_counter() - t0 >= 0.015, time.monotonic() >= m0, time.perf_counter_ns() > n0)
print(type(time.time()).__name__, type(time.time_ns()).__name__, type(time.process_time()).__name__, time.time() > 1.6e9)
g = time.gmtime(0)
print(g)
print(g.tm_year, g.tm_mon, g.tm_mday, g.tm_wday, g.tm_yday, g[0], len(g), tuple(g)[:3])
moment = time.gmtime(1700000000)
print(time.strftime("%Y-%m-%d %H:%M:%S", moment))
print(time.strftime("%a %A %b %B %d %j %I %p %y %%", moment))
print(time.asctime(moment))
print(time.strftime("%H:%M", time.gmtime(3600 * 5 + 60 * 7)))
time.sleep(0)
for bad in [-1, "1"]:
    try:
        time.sleep(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
