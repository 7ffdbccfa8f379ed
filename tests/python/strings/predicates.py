# The is...() predicates, with Python's (Unicode) character classes.
samples = ['', 'abc', 'ABC', 'Abc', 'Abc Def', 'abc1', '123', '²³', '½', '一二', 'Ⅻ', ' \t\n', '\u2007\xa0\x1c', 'a b',
           '_id', '1id', 'a\u0300', 'héllo', '\x00', 'tab\t', 'ǅ', 'Hello World', 'hello World', 'A1', '٣']
for t in samples:
    flags = [t.isalpha(), t.isalnum(), t.isdigit(), t.isdecimal(), t.isnumeric(), t.isspace(), t.isupper(), t.islower(),
             t.istitle(), t.isidentifier(), t.isprintable(), t.isascii()]
    print(repr(t).ljust(18), ''.join('X' if f else '.' for f in flags))
