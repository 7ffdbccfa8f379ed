package dev.krait.ops;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.krait.runtime.PRaise;
import dev.krait.runtime.PTuple;

/**
 * str.format and str.format_map: replacement fields {@code {name.attr[key]!conv:spec}} with automatic or manual
 * numbering, nested fields in the spec (two levels deep), and CPython's parsing errors.
 */
public final class StrFormat {
    private StrFormat() {
    }

    /** Whether fields are numbered automatically ({}) or by hand ({0}); mixing them is an error. */
    private static final class Numbering {
        static final int INIT = 0;
        static final int AUTO = 1;
        static final int MANUAL = 2;
        int state = INIT;
        int next;
    }

    /**
     * Formats {@code template}; {@code args} are the positional arguments (null for format_map) and
     * {@code mapping} the object keyword fields are looked up in (a dict of the keywords, or format_map's mapping).
     */
    @TruffleBoundary
    public static String format(String template, PTuple args, Object mapping) {
        return build(template, args, mapping, 2, new Numbering());
    }

    private static String build(String s, PTuple args, Object mapping, int depth, Numbering numbering) {
        if (depth <= 0) {
            throw PRaise.valueError(null, "Max string recursion exceeded");
        }
        StringBuilder out = new StringBuilder();
        int n = s.length();
        int pos = 0;
        while (pos < n) {
            // Literal text up to the next brace.
            int start = pos;
            char c = 0;
            boolean markup = false;
            while (pos < n) {
                c = s.charAt(pos++);
                if (c == '{' || c == '}') {
                    markup = true;
                    break;
                }
            }
            boolean atEnd = pos >= n;
            int literalEnd = pos;
            if (markup) {
                if (c == '}' && (atEnd || s.charAt(pos) != '}')) {
                    throw PRaise.valueError(null, "Single '}' encountered in format string");
                }
                if (atEnd && c == '{') {
                    throw PRaise.valueError(null, "Single '{' encountered in format string");
                }
                if (s.charAt(pos) == c) {
                    // An escaped brace: keep one of the two.
                    pos++;
                    markup = false;
                } else {
                    literalEnd--;
                }
            }
            out.append(s, start, literalEnd);
            if (!markup) {
                continue;
            }
            pos = field(s, pos, out, args, mapping, depth, numbering);
        }
        return out.toString();
    }

    /** Parses and renders the field starting after its '{'; returns the position after its '}'. */
    private static int field(String s, int startPos, StringBuilder out, PTuple args, Object mapping, int depth, Numbering numbering) {
        int n = s.length();
        int pos = startPos;
        char c = 0;
        while (pos < n) {
            c = s.charAt(pos++);
            if (c == '{') {
                throw PRaise.valueError(null, "unexpected '{' in field name");
            } else if (c == '[') {
                while (pos < n && s.charAt(pos) != ']') {
                    pos++;
                }
                continue;
            } else if (c == '}' || c == ':' || c == '!') {
                break;
            }
        }
        String fieldName = s.substring(startPos, pos - 1 < startPos ? startPos : pos - 1);
        int conversion = 0;
        String spec = "";
        boolean specNeedsExpanding = false;
        if (c == '!' || c == ':') {
            boolean done = false;
            if (c == '!') {
                if (pos >= n) {
                    throw PRaise.valueError(null, "end of string while looking for conversion specifier");
                }
                conversion = s.codePointAt(pos);
                pos += Character.charCount(conversion);
                if (pos < n) {
                    char next = s.charAt(pos++);
                    if (next == '}') {
                        done = true;
                    } else if (next != ':') {
                        throw PRaise.valueError(null, "expected ':' after conversion specifier");
                    }
                }
            }
            if (!done) {
                int specStart = pos;
                int count = 1;
                while (true) {
                    if (pos >= n) {
                        throw PRaise.valueError(null, "unmatched '{' in format spec");
                    }
                    char d = s.charAt(pos++);
                    if (d == '{') {
                        specNeedsExpanding = true;
                        count++;
                    } else if (d == '}') {
                        count--;
                        if (count == 0) {
                            spec = s.substring(specStart, pos - 1);
                            break;
                        }
                    }
                }
            }
        } else if (c != '}' || pos > n) {
            throw PRaise.valueError(null, "expected '}' before end of string");
        } else if (pos == startPos) {
            throw PRaise.valueError(null, "expected '}' before end of string");
        }
        Object value = lookupField(fieldName, args, mapping, numbering);
        if (conversion != 0) {
            value = convert(value, conversion);
        }
        if (specNeedsExpanding) {
            spec = build(spec, args, mapping, depth - 1, numbering);
        }
        out.append(Formatting.format(value, spec));
        return pos;
    }

    private static Object convert(Object value, int conversion) {
        switch (conversion) {
            case 'r':
                return Repr.repr(value);
            case 's':
                return Repr.str(value);
            case 'a':
                return PercentFormat.ascii(value);
            default:
                if (conversion > 32 && conversion < 127) {
                    throw PRaise.valueError(null, "Unknown conversion specifier %c", (char) conversion);
                }
                throw PRaise.valueError(null, "Unknown conversion specifier \\x%x", conversion);
        }
    }

    /** The decimal value of an all-digit name, or -1. */
    private static long integerOf(String name) {
        if (name.isEmpty()) {
            return -1;
        }
        long v = 0;
        for (int i = 0; i < name.length(); i++) {
            char d = name.charAt(i);
            if (d < '0' || d > '9') {
                return -1;
            }
            v = v * 10 + (d - '0');
            if (v > Integer.MAX_VALUE) {
                throw PRaise.valueError(null, "Too many decimal digits in format string");
            }
        }
        return v;
    }

    private static Object lookupField(String fieldName, PTuple args, Object mapping, Numbering numbering) {
        int firstEnd = 0;
        while (firstEnd < fieldName.length() && fieldName.charAt(firstEnd) != '.' && fieldName.charAt(firstEnd) != '[') {
            firstEnd++;
        }
        String first = fieldName.substring(0, firstEnd);
        long index = integerOf(first);
        boolean empty = first.isEmpty();
        if (empty || index != -1) {
            if (numbering.state == Numbering.INIT) {
                numbering.state = empty ? Numbering.AUTO : Numbering.MANUAL;
            }
            if (numbering.state == Numbering.MANUAL && empty) {
                throw PRaise.valueError(null, "cannot switch from manual field specification to automatic field numbering");
            }
            if (numbering.state == Numbering.AUTO && !empty) {
                throw PRaise.valueError(null, "cannot switch from automatic field numbering to manual field specification");
            }
            if (empty) {
                index = numbering.next++;
            }
        }
        Object obj;
        if (index == -1) {
            if (mapping == null) {
                throw PRaise.keyError(null, first);
            }
            obj = Items.getItem(mapping, first);
        } else {
            if (args == null) {
                throw PRaise.valueError(null, "Format string contains positional fields");
            }
            if (index >= args.size()) {
                throw PRaise.indexError(null, "Replacement index %d out of range for positional args tuple", index);
            }
            obj = args.get((int) index);
        }
        int pos = firstEnd;
        int n = fieldName.length();
        while (pos < n) {
            char c = fieldName.charAt(pos++);
            String name;
            if (c == '.') {
                int start = pos;
                while (pos < n && fieldName.charAt(pos) != '.' && fieldName.charAt(pos) != '[') {
                    pos++;
                }
                name = fieldName.substring(start, pos);
                if (name.isEmpty()) {
                    throw PRaise.valueError(null, "Empty attribute in format string");
                }
                obj = Attributes.get(obj, name);
            } else if (c == '[') {
                int start = pos;
                while (pos < n && fieldName.charAt(pos) != ']') {
                    pos++;
                }
                if (pos >= n) {
                    throw PRaise.valueError(null, "Missing ']' in format string");
                }
                name = fieldName.substring(start, pos);
                pos++;
                if (name.isEmpty()) {
                    throw PRaise.valueError(null, "Empty attribute in format string");
                }
                long i = integerOf(name);
                obj = Items.getItem(obj, i == -1 ? name : (Object) i);
            } else {
                throw PRaise.valueError(null, "Only '.' or '[' may follow ']' in format field specifier");
            }
        }
        return obj;
    }
}
