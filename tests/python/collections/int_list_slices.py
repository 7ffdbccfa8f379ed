# Slicing lists of ints (stored unboxed) and assigning int slices back, against every other kind of value.
p = list(range(10))
p[:4] = p[3::-1]
print(p)
q = p[:]
q[::2] = q[1::2]
print(q, p[2:8:3], p[::-1], p[-3:], p[5:2], p[::-3])
r = [1, 2, 3]
r[1:2] = [7, 8, 9]
print(r)
t = [1, 2]
t[:] = t[::-1]
print(t)
t[1:] = [2.5, "x"]
print(t)
u = [5, 6, 7, 8]
u[1:3] = [True, 2**70]
print(u, u[1:3])
w = [0] * 6
w[::2] = range(3)
print(w)
try:
    w[::2] = [1, 2]
except ValueError as e:
    print("ValueError", e)
flips = 0
perm = list(range(8))
for rep in range(3000):
    k = perm[0]
    if k:
        perm[:k + 1] = perm[k::-1]
        flips += 1
    perm = perm[1:] + perm[:1]
print(flips, perm)
big = list(range(10**6))
print(sum(big[::1000]), big[-2:], len(big[10:-10]))
