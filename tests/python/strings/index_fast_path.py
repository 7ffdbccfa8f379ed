# str indexing: BMP strings (the fast path), astral characters, negative indices, errors.
s = "héllo wörld €x"
t = "a\U0001F600b"
out = []
for i in range(-len(s), len(s)):
    out.append(s[i])
print(''.join(out), s[3], s[-1], t[1], t[2], t[-1], len(t), s[0] is s[0])
try:
    s[100]
except IndexError as e:
    print(e)
try:
    t[-4]
except IndexError as e:
    print(e)
print([c for c in "abc"][1], "xyz"[True])
