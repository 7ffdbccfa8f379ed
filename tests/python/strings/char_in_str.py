# One-character membership tests (a fast path) against the general rules: surrogates, empty strings, subclasses.
WHITESPACE = " \t\n\r"
text = "  a\tb \n c"
print([ch in WHITESPACE for ch in text])
print(sum(1 for ch in text if ch not in WHITESPACE))
print("e" in "eE", "x" in "", "" in "abc", "" in "", "ab" in "xaby", "é" in "café", "😀" in "a😀b")
print("\ud83d" in "a😀b", "\ud83d" not in "a😀b", "\ud83d" in "\ud83d")


class S(str):
    def __contains__(self, item):
        return True


print("z" in S("abc"), S("a") in "cab", "q" not in S(""))
try:
    1 in "abc"
except TypeError as e:
    print("TypeError", e)
count = 0
for i in range(5000):
    if "0123456789"[i % 10] in "2468":
        count += 1
print(count)
