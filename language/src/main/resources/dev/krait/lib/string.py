"""Common string constants, capwords and Template (CPython's string module, for Krait)."""

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords", "digits", "hexdigits", "octdigits",
           "printable", "punctuation", "whitespace", "Formatter", "Template"]

whitespace = ' \t\n\r\v\f'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """Split on sep, capitalize each word, join with sep (a single space when sep is None)."""
    return (sep or ' ').join(map(str.capitalize, s.split(sep)))


def _is_id_start(c):
    return c == '_' or ('a' <= c.lower() <= 'z')


def _is_id_char(c):
    return _is_id_start(c) or '0' <= c <= '9'


class Template:
    """A string class for $-substitutions: $name, ${name}, and $$ for a literal $."""

    delimiter = '$'
    idpattern = r'(?a:[_a-z][_a-z0-9]*)'
    braceidpattern = None
    flags = None

    def __init__(self, template):
        self.template = template

    def _scan(self, mapping, safe):
        t = self.template
        d = self.delimiter
        out = []
        i = 0
        n = len(t)
        while i < n:
            j = t.find(d, i)
            if j < 0:
                out.append(t[i:])
                break
            out.append(t[i:j])
            k = j + len(d)
            if t.startswith(d, k):
                out.append(d)
                i = k + len(d)
                continue
            if k < n and t[k] == '{':
                end = t.find('}', k + 1)
                name = t[k + 1:end] if end >= 0 else ''
                if end >= 0 and name and _is_id_start(name[0]) and all(_is_id_char(c) for c in name) and name.isascii():
                    out.append(self._lookup(mapping, name, t[j:end + 1], safe))
                    i = end + 1
                    continue
            elif k < n and _is_id_start(t[k]) and t[k].isascii():
                e = k
                while e < n and _is_id_char(t[e]) and t[e].isascii():
                    e += 1
                out.append(self._lookup(mapping, t[k:e], t[j:e], safe))
                i = e
                continue
            if safe:
                out.append(d)
                i = k
                continue
            lines = t[:k].splitlines(keepends=True)
            if not lines:
                colno = 1
                lineno = 1
            else:
                colno = k - len(''.join(lines[:-1]))
                lineno = len(lines)
            raise ValueError(f'Invalid placeholder in string: line {lineno}, col {colno}')
        return ''.join(out)

    @staticmethod
    def _lookup(mapping, name, text, safe):
        if safe:
            try:
                return str(mapping[name])
            except KeyError:
                return text
        return str(mapping[name])

    def substitute(self, mapping={}, /, **kws):
        if kws:
            mapping = {**mapping, **kws} if mapping else kws
        return self._scan(mapping, False)

    def safe_substitute(self, mapping={}, /, **kws):
        if kws:
            mapping = {**mapping, **kws} if mapping else kws
        return self._scan(mapping, True)

    def is_valid(self):
        try:
            self._scan(_AnyMapping(), False)
        except ValueError:
            return False
        return True

    def get_identifiers(self):
        names = []
        recorder = _RecordingMapping(names)
        self._scan(recorder, True)
        return names


class _AnyMapping:
    def __getitem__(self, key):
        return ''


class _RecordingMapping:
    def __init__(self, names):
        self.names = names

    def __getitem__(self, key):
        if key not in self.names:
            self.names.append(key)
        return ''


class Formatter:
    """str.format's machinery as a class (format, vformat, get_value and friends)."""

    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        return format_string.format(*args, **kwargs)

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == 's':
            return str(value)
        if conversion == 'r':
            return repr(value)
        if conversion == 'a':
            return ascii(value)
        raise ValueError(f'Unknown conversion specifier {conversion!s}')
