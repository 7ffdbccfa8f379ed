a = "foo"
b = "bar"
print(a + b, a * 3, 3 * b, repr(a * 0), repr(a * -2))
s = ""
for i in range(5):
    s += str(i)
print(s)
print("apple" < "banana", "apple" < "Apple", "abc" < "abd", "ab" < "abc", "" < "a")
print("a" == "a", "a" != "b", "abc" > "ab")
print("ell" in "hello", "xyz" not in "hello", "" in "abc")
print(min("hello"), max("hello"), sorted("hello"))
