"""The JSON decoder: a recursive-descent parser with CPython's messages and positions."""

__all__ = ['JSONDecoder', 'JSONDecodeError']

NaN = float('nan')
PosInf = float('inf')
NegInf = float('-inf')


class JSONDecodeError(ValueError):
    """ValueError subclass with msg, doc, pos, lineno and colno."""

    def __init__(self, msg, doc, pos):
        lineno = doc.count('\n', 0, pos) + 1
        colno = pos - doc.rfind('\n', 0, pos)
        errmsg = '%s: line %d column %d (char %d)' % (msg, lineno, colno, pos)
        ValueError.__init__(self, errmsg)
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)


_CONSTANTS = {'-Infinity': NegInf, 'Infinity': PosInf, 'NaN': NaN}
_BACKSLASH = {'"': '"', '\\': '\\', '/': '/', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t'}
_WHITESPACE = ' \t\n\r'


class _Parser:
    def __init__(self, decoder, s):
        self.s = s
        self.n = len(s)
        self.decoder = decoder

    def skip(self, i):
        s = self.s
        n = self.n
        while i < n and s[i] in _WHITESPACE:
            i += 1
        return i

    def value(self, i):
        s = self.s
        if i >= self.n:
            raise JSONDecodeError('Expecting value', s, i)
        c = s[i]
        if c == '"':
            return self.string(i + 1)
        if c == '{':
            return self.object(i + 1)
        if c == '[':
            return self.array(i + 1)
        if c == 'n' and s.startswith('null', i):
            return None, i + 4
        if c == 't' and s.startswith('true', i):
            return True, i + 4
        if c == 'f' and s.startswith('false', i):
            return False, i + 5
        if c == 'N' and s.startswith('NaN', i):
            return self.decoder.parse_constant('NaN'), i + 3
        if c == 'I' and s.startswith('Infinity', i):
            return self.decoder.parse_constant('Infinity'), i + 8
        if c == '-' and s.startswith('-Infinity', i):
            return self.decoder.parse_constant('-Infinity'), i + 9
        return self.number(i)

    def number(self, i):
        s = self.s
        n = self.n
        start = i
        if i < n and s[i] == '-':
            i += 1
        if i < n and s[i] == '0':
            i += 1
        elif i < n and '1' <= s[i] <= '9':
            i += 1
            while i < n and '0' <= s[i] <= '9':
                i += 1
        else:
            raise JSONDecodeError('Expecting value', s, start)
        is_float = False
        if i + 1 < n and s[i] == '.' and '0' <= s[i + 1] <= '9':
            is_float = True
            i += 2
            while i < n and '0' <= s[i] <= '9':
                i += 1
        if i < n and s[i] in 'eE':
            j = i + 1
            if j < n and s[j] in '+-':
                j += 1
            if j < n and '0' <= s[j] <= '9':
                is_float = True
                i = j + 1
                while i < n and '0' <= s[i] <= '9':
                    i += 1
        text = s[start:i]
        if is_float:
            return self.decoder.parse_float(text), i
        return self.decoder.parse_int(text), i

    def string(self, i):
        s = self.s
        n = self.n
        begin = i - 1
        chunks = []
        strict = self.decoder.strict
        while True:
            j = i
            while j < n and s[j] != '"' and s[j] != '\\' and (not strict or s[j] >= ' '):
                j += 1
            if j >= n:
                raise JSONDecodeError('Unterminated string starting at', s, begin)
            chunks.append(s[i:j])
            c = s[j]
            if c == '"':
                return ''.join(chunks), j + 1
            if c != '\\':
                raise JSONDecodeError('Invalid control character at', s, j)
            if j + 1 >= n:
                raise JSONDecodeError('Unterminated string starting at', s, begin)
            esc = s[j + 1]
            if esc != 'u':
                if esc not in _BACKSLASH:
                    raise JSONDecodeError('Invalid \\escape', s, j)
                chunks.append(_BACKSLASH[esc])
                i = j + 2
                continue
            uni = self.hex4(j + 2)
            i = j + 6
            if 0xd800 <= uni <= 0xdbff and s[i:i + 2] == '\\u':
                uni2 = self.hex4(i + 2)
                if 0xdc00 <= uni2 <= 0xdfff:
                    uni = 0x10000 + (((uni - 0xd800) << 10) | (uni2 - 0xdc00))
                    i += 6
            chunks.append(chr(uni))

    def hex4(self, i):
        esc = self.s[i:i + 4]
        if len(esc) == 4 and esc[1:2] not in 'xX' and all(c in '0123456789abcdefABCDEF' for c in esc):
            return int(esc, 16)
        raise JSONDecodeError('Invalid \\uXXXX escape', self.s, i - 2)

    def object(self, i):
        s = self.s
        decoder = self.decoder
        pairs = []
        i = self.skip(i)
        if i < self.n and s[i] == '}':
            i += 1
        else:
            while True:
                if i >= self.n or s[i] != '"':
                    raise JSONDecodeError('Expecting property name enclosed in double quotes', s, i)
                key, i = self.string(i + 1)
                i = self.skip(i)
                if i >= self.n or s[i] != ':':
                    raise JSONDecodeError("Expecting ':' delimiter", s, i)
                i = self.skip(i + 1)
                value, i = self.value(i)
                pairs.append((key, value))
                i = self.skip(i)
                if i < self.n and s[i] == '}':
                    i += 1
                    break
                if i >= self.n or s[i] != ',':
                    raise JSONDecodeError("Expecting ',' delimiter", s, i)
                i = self.skip(i + 1)
        if decoder.object_pairs_hook is not None:
            return decoder.object_pairs_hook(pairs), i
        result = dict(pairs)
        if decoder.object_hook is not None:
            result = decoder.object_hook(result)
        return result, i

    def array(self, i):
        s = self.s
        values = []
        i = self.skip(i)
        if i < self.n and s[i] == ']':
            return values, i + 1
        while True:
            value, i = self.value(i)
            values.append(value)
            i = self.skip(i)
            if i < self.n and s[i] == ']':
                return values, i + 1
            if i >= self.n or s[i] != ',':
                raise JSONDecodeError("Expecting ',' delimiter", s, i)
            i = self.skip(i + 1)


class JSONDecoder:
    """Simple JSON decoder (JSON objects become dicts, arrays lists, numbers int or float, null None)."""

    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None, parse_constant=None, strict=True,
                 object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _CONSTANTS.__getitem__
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook

    def decode(self, s):
        obj, end = self.raw_decode(s, self._skip(s, 0))
        end = self._skip(s, end)
        if end != len(s):
            raise JSONDecodeError('Extra data', s, end)
        return obj

    @staticmethod
    def _skip(s, i):
        while i < len(s) and s[i] in _WHITESPACE:
            i += 1
        return i

    def raw_decode(self, s, idx=0):
        try:
            return _Parser(self, s).value(idx)
        except RecursionError:
            raise
