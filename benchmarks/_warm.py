import sys, time
sys.path.insert(0, '.')
name = sys.argv[1]
mod = __import__(name)
for i in range(int(sys.argv[2]) if len(sys.argv) > 2 else 12):
    t = time.perf_counter()
    r = mod.bench(mod.WARMUP_N)
    print("%.3f" % (time.perf_counter() - t), end=" ", flush=True)
print()
