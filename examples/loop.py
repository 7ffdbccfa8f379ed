# A hot loop for watching the JIT at work:
#   ./krait --engine.TraceCompilation examples/loop.py     (compilations are logged)
#   time ./krait examples/loop.py  vs  time ./krait --mode=ast examples/loop.py
# It runs long enough for the background compilations (the first takes about a second) to pay off.
def checksum(n):
    total = 0
    i = 0
    while i < n:
        total = (total + i * i) % 1000003
        i += 1
    return total

for round_number in range(20):
    print(round_number, checksum(3000000))
