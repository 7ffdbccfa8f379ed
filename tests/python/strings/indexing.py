# Strings index and measure by code point, also beyond the Basic Multilingual Plane.
s = "hello"
print(s[0], s[4], s[-1], s[-5], len(s))
e = "héllo wörld"
print(len(e), e[1], e[7])
emoji = "a😀b🐍c"
print(len(emoji))
print(emoji[1], emoji[2], emoji[3], emoji[-2])
for i in range(len(emoji)):
    print(i, emoji[i])
print(len(""), len("\U0001F600"), len("\n"))
