x = 10
x += 5; print(x)
x -= 3; print(x)
x *= 2; print(x)
x //= 5; print(x)
x **= 3; print(x)
x %= 7; print(x)
x <<= 4; print(x)
x >>= 2; print(x)
x &= 6; print(x)
x |= 9; print(x)
x ^= 3; print(x)
x /= 4; print(x)
s = "ab"
s += "cd"; s *= 2
print(s)
a = [1]
alias = a
a += [2, 3]
print(a, alias, a is alias)
t = (1,)
t_alias = t
t += (2,)
print(t, t_alias)
d = {"k": 1}
d["k"] += 10
lst = [5, 6]
lst[0] -= 1
print(d, lst)
