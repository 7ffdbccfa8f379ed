# textwrap: wrap/fill (hyphens, em-dashes, long words, max_lines), shorten, dedent, indent.
import textwrap
text = "The quick brown fox jumps over the lazy dog. A well-known phrase -- used to test typewriters and computer keyboards, displaying all letters of the alphabet."
for w in [20, 33, 50, 12]:
    print(textwrap.wrap(text, width=w))
print(textwrap.fill(text, width=40, initial_indent="* ", subsequent_indent="  "))
print(textwrap.shorten(text, width=50), "|", textwrap.shorten("Hello  world!", width=12), "|", textwrap.shorten("Hello world", width=11))
print(textwrap.wrap("supercalifragilisticexpialidocious and more", width=10))
print(textwrap.wrap("a-b-c-d-e-f-g-h long-hyphenated-compound-word here", width=12))
print(textwrap.wrap(text, width=30, max_lines=3))
print(textwrap.wrap("  leading and trailing  ", width=10), textwrap.wrap("", 10), textwrap.wrap("tab\there", width=20))
print(repr(textwrap.dedent("""
    def f():
        return 1
    """)))
print(repr(textwrap.dedent("  a\n    b\n\n  c")), repr(textwrap.dedent("\ta\n\tb")), repr(textwrap.dedent("  x\n \ty")))
print(repr(textwrap.indent("one\n\ntwo\n", "> ")), repr(textwrap.indent("a\nb", "+ ", lambda line: True)))
print(textwrap.fill("Mr. Smith went. He said hi.  Bye", width=15, fix_sentence_endings=True))
print(textwrap.wrap("x" * 25, width=10, break_long_words=False), textwrap.wrap("well-known-thing", width=8, break_on_hyphens=False))
