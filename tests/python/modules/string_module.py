# string: constants, capwords and Template.
import string

print(string.ascii_letters)
print(string.ascii_lowercase, string.ascii_uppercase, string.digits, string.hexdigits, string.octdigits)
print(string.punctuation, repr(string.whitespace), len(string.printable))
print(string.capwords("hello   wide  world"), string.capwords("a-b-c", "-"), string.capwords(""))
t = string.Template("$who likes ${what} for $$${price}")
print(t.substitute(who="tim", what="soup", price=5), t.substitute({"who": "ann", "what": "tea", "price": 2}))
print(t.safe_substitute(who="bo"), t.template, t.get_identifiers(), t.is_valid())
for bad in [lambda: t.substitute(who="x"), lambda: string.Template("cost: $ 5").substitute(), lambda: string.Template("$").substitute()]:
    try:
        bad()
    except (KeyError, ValueError) as e:
        print(type(e).__name__, e)
vowels = sum(ch in "aeiou" for ch in string.ascii_lowercase)
print(vowels, "".join(ch for ch in "Hello, World!" if ch not in string.punctuation), string.Formatter().format("{0}-{x}", 1, x=2))
