# A hand-written recursive-descent JSON parser with a tokenizer class, error reporting through a custom exception,
# a serializer that round-trips the parsed structure, and a visitor computing a checksum of the document.

DOCUMENT = """
{
  "name": "krait",
  "version": [0, 1, 0],
  "stable": false,
  "license": null,
  "ratio": -12.5e-1,
  "big": 12345678901234567890,
  "escapes": "tab\\there \\"quoted\\" back\\\\slash \\u00e9\\u4e2d \\/ end",
  "nested": {"a": {"b": {"c": [1, [2, [3, [4, {"d": true}]]]]}}},
  "empty": {"list": [], "object": {}, "string": ""},
  "numbers": [0, -0, 1.0, 2.5e3, -3E-2, 1e2, 0.125, 100000000000000000000.0],
  "people": [
    {"id": 1, "name": "Ada", "langs": ["python", "ml"], "score": 9.5},
    {"id": 2, "name": "Grace", "langs": ["cobol"], "score": 8.25},
    {"id": 3, "name": "Linus", "langs": [], "score": 7}
  ]
}
"""


class JsonError(Exception):
    def __init__(self, message, position):
        super().__init__(message, position)
        self.message = message
        self.position = position

    def __str__(self):
        return f"{self.message} at offset {self.position}"


class Scanner:
    WHITESPACE = " \t\n\r"

    def __init__(self, text):
        self.text = text
        self.pos = 0

    def skip_whitespace(self):
        while self.pos < len(self.text) and self.text[self.pos] in self.WHITESPACE:
            self.pos += 1

    def peek(self):
        self.skip_whitespace()
        return self.text[self.pos] if self.pos < len(self.text) else ""

    def expect(self, literal):
        self.skip_whitespace()
        if not self.text.startswith(literal, self.pos):
            raise JsonError("expected " + repr(literal), self.pos)
        self.pos += len(literal)


class Parser(Scanner):
    ESCAPES = {'"': '"', "\\": "\\", "/": "/", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t"}

    def parse(self):
        value = self.value()
        if self.peek() != "":
            raise JsonError("trailing data", self.pos)
        return value

    def value(self):
        ch = self.peek()
        if ch == "{":
            return self.object()
        if ch == "[":
            return self.array()
        if ch == '"':
            return self.string()
        if ch == "-" or ch.isdigit():
            return self.number()
        for literal, result in (("true", True), ("false", False), ("null", None)):
            if self.text.startswith(literal, self.pos):
                self.pos += len(literal)
                return result
        raise JsonError("unexpected character " + repr(ch), self.pos)

    def object(self):
        self.expect("{")
        result = {}
        if self.peek() == "}":
            self.pos += 1
            return result
        while True:
            if self.peek() != '"':
                raise JsonError("object keys must be strings", self.pos)
            key = self.string()
            self.expect(":")
            result[key] = self.value()
            if self.peek() == ",":
                self.pos += 1
                continue
            self.expect("}")
            return result

    def array(self):
        self.expect("[")
        items = []
        if self.peek() == "]":
            self.pos += 1
            return items
        while True:
            items.append(self.value())
            if self.peek() == ",":
                self.pos += 1
                continue
            self.expect("]")
            return items

    def string(self):
        self.expect('"')
        chunks = []
        text = self.text
        while True:
            if self.pos >= len(text):
                raise JsonError("unterminated string", self.pos)
            ch = text[self.pos]
            self.pos += 1
            if ch == '"':
                return "".join(chunks)
            if ch != "\\":
                chunks.append(ch)
                continue
            esc = text[self.pos]
            self.pos += 1
            if esc == "u":
                chunks.append(chr(int(text[self.pos:self.pos + 4], 16)))
                self.pos += 4
            elif esc in self.ESCAPES:
                chunks.append(self.ESCAPES[esc])
            else:
                raise JsonError("bad escape " + repr(esc), self.pos - 1)

    def number(self):
        start = self.pos
        text = self.text
        if text[self.pos] == "-":
            self.pos += 1
        is_float = False
        while self.pos < len(text) and (text[self.pos].isdigit() or text[self.pos] in ".eE+-"):
            if text[self.pos] in ".eE":
                is_float = True
            self.pos += 1
        literal = text[start:self.pos]
        try:
            return float(literal) if is_float else int(literal)
        except ValueError:
            raise JsonError("bad number " + repr(literal), start) from None


class Serializer:
    def dumps(self, value):
        if value is None:
            return "null"
        if value is True:
            return "true"
        if value is False:
            return "false"
        if isinstance(value, (int, float)):
            return repr(value)
        if isinstance(value, str):
            return self.quote(value)
        if isinstance(value, list):
            return "[" + ",".join(self.dumps(v) for v in value) + "]"
        if isinstance(value, dict):
            return "{" + ",".join(self.quote(k) + ":" + self.dumps(v) for k, v in value.items()) + "}"
        raise TypeError("cannot serialize " + type(value).__name__)

    def quote(self, s):
        out = ['"']
        for ch in s:
            if ch in '"\\':
                out.append("\\" + ch)
            elif ch == "\t":
                out.append("\\t")
            elif ord(ch) > 126:
                out.append("\\u" + format(ord(ch), "04x"))
            else:
                out.append(ch)
        out.append('"')
        return "".join(out)


class Checksum:
    def __init__(self):
        self.total = 0
        self.counts = {}

    def visit(self, value, depth=0):
        kind = type(value).__name__
        self.counts[kind] = self.counts.get(kind, 0) + 1
        if isinstance(value, dict):
            for k in value:
                self.mix(sum(ord(c) for c in k) * (depth + 1))
                self.visit(value[k], depth + 1)
        elif isinstance(value, list):
            for i, item in enumerate(value):
                self.mix(i + depth)
                self.visit(item, depth + 1)
        elif isinstance(value, str):
            self.mix(sum(ord(c) * (i + 1) for i, c in enumerate(value)))
        elif isinstance(value, bool) or value is None:
            self.mix({True: 7, False: 11, None: 13}[value])
        else:
            self.mix(int(value * 1000) % 1000000007)
        return self

    def mix(self, n):
        self.total = (self.total * 31 + n) % 2147483647


documents = [Parser(DOCUMENT).parse() for _ in range(30)]
doc = documents[-1]
print("parsed", len(documents), "times, all equal:", all(d == doc for d in documents), documents[0] is not doc)
print(sorted(doc))
print(doc["escapes"])
print(doc["nested"]["a"]["b"]["c"][1][1][1][1]["d"], doc["numbers"], doc["big"], doc["ratio"])
print([p["name"] for p in doc["people"] if p["score"] > 8], sum(p["score"] for p in doc["people"]))
text = Serializer().dumps(doc)
print(len(text), text[:70])
again = Parser(text).parse()
print("round trip equal:", again == doc, Serializer().dumps(again) == text)
visitor = Checksum().visit(doc)
print(sorted(visitor.counts.items()))
for bad in ['{"a" 1}', "[1, 2", '{"a": tru}', '"abc', "[1] x", "{1: 2}", '"\\q"', "-"]:
    try:
        Parser(bad).parse()
        print("parsed?!", bad)
    except JsonError as e:
        print(f"{bad!r:14} -> {e}")
print("checksum", visitor.total)
