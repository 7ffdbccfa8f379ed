s = "Hello, World"
print(s[0:5], s[7:], s[:5], s[:], s[-5:], s[:-7])
print(s[::2], s[1::2], s[::-1], s[::-2], s[10:2:-3])
print(repr(s[5:5]), repr(s[100:]), repr(s[-100:3]))
e = "ab😀cd🐍"
print(e[::-1], e[2:5], e[::2])
print("abcdef"[1:-1:2])
