"""JSON: a recursive-descent parser and a serializer written in Python (str scanning, dicts, lists, recursion).
A document is generated, written out, parsed back n times and walked for a checksum."""
import sys

N = 700
WARMUP_N = 60

WORDS = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa",
         "lambda", "mu", "nu", "xi", "omicron", "pi", "rho", "sigma", "tau", "upsilon"]
ESCAPES = {'"': '"', "\\": "\\", "/": "/", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t"}
WHITESPACE = " \t\n\r"


class Random:
    """A linear congruential generator, so that every interpreter builds the same document."""

    def __init__(self, seed):
        self.state = seed

    def next(self, bound):
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return self.state % bound


def make_value(rng, depth):
    kind = rng.next(10 if depth < 4 else 6)
    if kind == 0:
        return rng.next(2000000) - 1000000
    if kind == 1:
        return (rng.next(100000) - 50000) / 64
    if kind == 2:
        word = WORDS[rng.next(len(WORDS))]
        return word + ' "quoted"\ttab\\' + chr(0x3b1 + rng.next(20)) if rng.next(4) == 0 else word
    if kind == 3:
        return [True, False, None][rng.next(3)]
    if kind in (4, 5):
        return WORDS[rng.next(len(WORDS))] * (1 + rng.next(3))
    if kind in (6, 7):
        return [make_value(rng, depth + 1) for _ in range(rng.next(8))]
    return {"%s_%d" % (WORDS[rng.next(len(WORDS))], i): make_value(rng, depth + 1) for i in range(rng.next(8))}


def dump_string(s, out):
    out.append('"')
    for ch in s:
        if ch == '"':
            out.append('\\"')
        elif ch == "\\":
            out.append("\\\\")
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\t":
            out.append("\\t")
        elif ord(ch) < 0x20 or ord(ch) > 0x7E:
            out.append("\\u%04x" % ord(ch))
        else:
            out.append(ch)
    out.append('"')


def dump(value, out):
    if value is None:
        out.append("null")
    elif value is True:
        out.append("true")
    elif value is False:
        out.append("false")
    elif isinstance(value, int):
        out.append(str(value))
    elif isinstance(value, float):
        out.append(repr(value))
    elif isinstance(value, str):
        dump_string(value, out)
    elif isinstance(value, list):
        out.append("[")
        for i, item in enumerate(value):
            if i:
                out.append(", ")
            dump(item, out)
        out.append("]")
    else:
        out.append("{")
        first = True
        for key, item in value.items():
            if not first:
                out.append(", ")
            first = False
            dump_string(key, out)
            out.append(": ")
            dump(item, out)
        out.append("}")


class ParseError(Exception):
    pass


class Parser:
    def __init__(self, text):
        self.text = text
        self.pos = 0

    def skip_whitespace(self):
        text = self.text
        pos = self.pos
        while pos < len(text) and text[pos] in WHITESPACE:
            pos += 1
        self.pos = pos

    def parse(self):
        value = self.value()
        self.skip_whitespace()
        if self.pos != len(self.text):
            raise ParseError("extra data at %d" % self.pos)
        return value

    def value(self):
        self.skip_whitespace()
        if self.pos >= len(self.text):
            raise ParseError("unexpected end")
        ch = self.text[self.pos]
        if ch == "{":
            return self.object()
        if ch == "[":
            return self.array()
        if ch == '"':
            return self.string()
        if ch == "-" or "0" <= ch <= "9":
            return self.number()
        for literal, value in (("true", True), ("false", False), ("null", None)):
            if self.text.startswith(literal, self.pos):
                self.pos += len(literal)
                return value
        raise ParseError("unexpected %r at %d" % (ch, self.pos))

    def expect(self, ch):
        self.skip_whitespace()
        if self.text[self.pos] != ch:
            raise ParseError("expected %r at %d" % (ch, self.pos))
        self.pos += 1

    def object(self):
        self.pos += 1
        result = {}
        self.skip_whitespace()
        if self.text[self.pos] == "}":
            self.pos += 1
            return result
        while True:
            self.skip_whitespace()
            key = self.string()
            self.expect(":")
            result[key] = self.value()
            self.skip_whitespace()
            ch = self.text[self.pos]
            self.pos += 1
            if ch == "}":
                return result
            if ch != ",":
                raise ParseError("expected , or } at %d" % (self.pos - 1))

    def array(self):
        self.pos += 1
        result = []
        self.skip_whitespace()
        if self.text[self.pos] == "]":
            self.pos += 1
            return result
        while True:
            result.append(self.value())
            self.skip_whitespace()
            ch = self.text[self.pos]
            self.pos += 1
            if ch == "]":
                return result
            if ch != ",":
                raise ParseError("expected , or ] at %d" % (self.pos - 1))

    def string(self):
        text = self.text
        if text[self.pos] != '"':
            raise ParseError("expected a string at %d" % self.pos)
        pos = self.pos + 1
        chunks = []
        while True:
            end = pos
            while text[end] != '"' and text[end] != "\\":
                end += 1
            chunks.append(text[pos:end])
            if text[end] == '"':
                self.pos = end + 1
                return "".join(chunks)
            escape = text[end + 1]
            if escape == "u":
                chunks.append(chr(int(text[end + 2:end + 6], 16)))
                pos = end + 6
            else:
                chunks.append(ESCAPES[escape])
                pos = end + 2

    def number(self):
        text = self.text
        start = self.pos
        pos = start
        if text[pos] == "-":
            pos += 1
        while pos < len(text) and text[pos].isdigit():
            pos += 1
        is_float = False
        if pos < len(text) and text[pos] == ".":
            is_float = True
            pos += 1
            while pos < len(text) and text[pos].isdigit():
                pos += 1
        if pos < len(text) and text[pos] in "eE":
            is_float = True
            pos += 1
            if text[pos] in "+-":
                pos += 1
            while pos < len(text) and text[pos].isdigit():
                pos += 1
        self.pos = pos
        return float(text[start:pos]) if is_float else int(text[start:pos])


def checksum(value):
    if isinstance(value, dict):
        total = len(value)
        for key, item in value.items():
            total = (total * 31 + len(key) + checksum(item)) % 1000000007
        return total
    if isinstance(value, list):
        total = 7 * len(value)
        for item in value:
            total = (total * 17 + checksum(item)) % 1000000007
        return total
    if isinstance(value, str):
        return len(value) + sum(ord(ch) for ch in value[:4])
    if value is None:
        return 3
    if isinstance(value, bool):
        return 5 if value else 11
    if isinstance(value, float):
        return int(value * 64) % 1000003
    return value % 1000003


def bench(n):
    rng = Random(42)
    document = [make_value(rng, 0) for _ in range(200)]
    out = []
    dump(document, out)
    text = "".join(out)
    total = 0
    for _ in range(n):
        parsed = Parser(text).parse()
        total = (total + checksum(parsed)) % 1000000007
    if parsed != document:
        return "json_parse wrong: the document parsed back differs"
    return "json_parse %d %d %d" % (n, len(text), total)


if __name__ == "__main__":
    print(bench(int(sys.argv[1]) if len(sys.argv) > 1 else N))
