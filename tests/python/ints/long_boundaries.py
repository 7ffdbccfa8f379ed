# Operations right at the edges of a signed 64-bit long must switch to big integers.
max_long = 9223372036854775807
min_long = -9223372036854775808
print(max_long + 1)
print(min_long - 1)
print(-min_long)
print(abs(min_long))
print(min_long // -1)
print(min_long % -1)
print(max_long * 2)
print(max_long * max_long)
print(min_long * -1)
print((max_long + 1) - 1 == max_long)
print(3037000500 * 3037000500)
print(-3037000500 * 3037000500)
print(max_long << 1)
print(min_long >> 63, max_long >> 62)
