package dev.krait.ops;

import java.math.BigInteger;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.krait.runtime.BuiltinClasses;
import dev.krait.runtime.PDict;
import dev.krait.runtime.PException;
import dev.krait.runtime.PList;
import dev.krait.runtime.PRaise;
import dev.krait.runtime.PRange;
import dev.krait.runtime.PTuple;

/**
 * printf-style formatting, {@code template % args}: conversions s r a d i u o x X e E f F g G c and %%, with
 * flags {@code -+ #0}, width and precision (or *), and {@code %(key)s} lookups in a mapping, as CPython's
 * PyUnicode_Format does it, messages included.
 */
public final class PercentFormat {
    private PercentFormat() {
    }

    private static final int LEFT = 1;
    private static final int SIGN = 2;
    private static final int BLANK = 4;
    private static final int ALT = 8;
    private static final int ZERO = 16;

    /** ascii(obj): repr with non-ASCII characters escaped. */
    @TruffleBoundary
    public static String ascii(Object value) {
        String r = Repr.repr(value);
        StringBuilder sb = new StringBuilder(r.length());
        for (int i = 0; i < r.length();) {
            int cp = r.codePointAt(i);
            i += Character.charCount(cp);
            if (cp < 0x80) {
                sb.append((char) cp);
            } else if (cp <= 0xff) {
                sb.append(String.format("\\x%02x", cp));
            } else if (cp <= 0xffff) {
                sb.append(String.format("\\u%04x", cp));
            } else {
                sb.append(String.format("\\U%08x", cp));
            }
        }
        return sb.toString();
    }

    /** Objects that {@code %} treats as a mapping for {@code %(key)s} (CPython: anything subscriptable but tuple and str). */
    private static boolean isMapping(Object o) {
        return o instanceof PDict || o instanceof PList || o instanceof PRange || o instanceof byte[] || SpecialMethods.lookupUser(o, "__getitem__") != null;
    }

    /** State of one formatting run: the template position and the arguments consumed so far. */
    private static final class Formatter {
        final String template;
        int pos;
        final Object args;
        final Object[] items;
        /** Index of the next positional argument; items.length == -1 semantics are handled by {@link #single}. */
        int next;
        final boolean single;
        final Object mapping;

        Formatter(String template, Object args) {
            this.template = template;
            this.args = args;
            if (args instanceof PTuple t) {
                items = t.getItems();
                single = false;
            } else {
                items = new Object[]{args};
                single = true;
            }
            mapping = !(args instanceof PTuple) && !(args instanceof String) && isMapping(args) ? args : null;
        }

        Object nextArgument() {
            if (next >= items.length) {
                throw PRaise.typeError(null, "not enough arguments for format string");
            }
            return items[next++];
        }
    }

    /** {@code template % args}. */
    @TruffleBoundary
    public static String format(String template, Object args) {
        Formatter f = new Formatter(template, args);
        StringBuilder out = new StringBuilder(template.length() + 16);
        int n = template.length();
        while (f.pos < n) {
            char c = template.charAt(f.pos);
            if (c != '%') {
                int start = f.pos;
                int end = template.indexOf('%', start);
                if (end < 0) {
                    end = n;
                }
                out.append(template, start, end);
                f.pos = end;
                continue;
            }
            f.pos++;
            if (f.pos < n && template.charAt(f.pos) == '%') {
                out.append('%');
                f.pos++;
                continue;
            }
            convertOne(f, out);
        }
        if (f.next < f.items.length && f.mapping == null) {
            throw PRaise.typeError(null, "not all arguments converted during string formatting");
        }
        return out.toString();
    }

    private static RuntimeException incomplete() {
        return PRaise.valueError(null, "incomplete format");
    }

    /** Formats one conversion starting after its '%'; true when it took its value from the mapping. */
    private static boolean convertOne(Formatter f, StringBuilder out) {
        String t = f.template;
        int n = t.length();
        Object value = null;
        boolean fromMapping = false;
        if (f.pos < n && t.charAt(f.pos) == '(') {
            if (f.mapping == null) {
                throw PRaise.typeError(null, "format requires a mapping");
            }
            int depth = 1;
            int keyStart = ++f.pos;
            while (f.pos < n && depth > 0) {
                char k = t.charAt(f.pos);
                if (k == ')') {
                    depth--;
                } else if (k == '(') {
                    depth++;
                }
                f.pos++;
            }
            if (depth > 0) {
                throw PRaise.valueError(null, "incomplete format key");
            }
            String key = t.substring(keyStart, f.pos - 1);
            value = Items.getItem(f.mapping, key);
            fromMapping = true;
        }
        int flags = 0;
        loop: while (f.pos < n) {
            switch (t.charAt(f.pos)) {
                case '-' -> flags |= LEFT;
                case '+' -> flags |= SIGN;
                case ' ' -> flags |= BLANK;
                case '#' -> flags |= ALT;
                case '0' -> flags |= ZERO;
                default -> {
                    break loop;
                }
            }
            f.pos++;
        }
        int width = -1;
        if (f.pos < n && t.charAt(f.pos) == '*') {
            f.pos++;
            width = starArgument(f);
            if (width < 0) {
                flags |= LEFT;
                width = -width;
            }
        } else {
            width = digits(f, "width");
        }
        int precision = -1;
        if (f.pos < n && t.charAt(f.pos) == '.') {
            f.pos++;
            if (f.pos < n && t.charAt(f.pos) == '*') {
                f.pos++;
                precision = Math.max(0, starArgument(f));
            } else {
                precision = Math.max(0, digits(f, "precision"));
            }
        }
        while (f.pos < n && (t.charAt(f.pos) == 'h' || t.charAt(f.pos) == 'l' || t.charAt(f.pos) == 'L')) {
            f.pos++;
        }
        if (f.pos >= n) {
            throw incomplete();
        }
        int type = t.codePointAt(f.pos);
        f.pos += Character.charCount(type);
        if (!fromMapping) {
            value = f.nextArgument();
        }
        String body;
        boolean numeric = false;
        switch (type) {
            case 's':
                body = Repr.str(value);
                break;
            case 'r':
                body = Repr.repr(value);
                break;
            case 'a':
                body = ascii(value);
                break;
            case 'd', 'i', 'u', 'o', 'x', 'X':
                body = formatInteger(value, type, flags, precision);
                numeric = true;
                break;
            case 'e', 'E', 'f', 'F', 'g', 'G':
                body = formatFloat(value, type, flags, precision);
                numeric = true;
                break;
            case 'c':
                body = formatChar(value);
                break;
            default:
                throw PRaise.valueError(null, "unsupported format character '%c' (0x%x) at index %d", (type >= 31 && type <= 126) ? (char) type : '?', type,
                                Strings.indexOfOffset(t, f.pos - Character.charCount(type)));
        }
        if (!numeric && precision >= 0 && (type == 's' || type == 'r' || type == 'a') && Strings.codePointLength(body) > precision) {
            body = Strings.substring(body, 0, precision);
        }
        output(out, body, type, flags, width, numeric);
        return fromMapping;
    }

    private static int starArgument(Formatter f) {
        Object v = f.nextArgument();
        if (!(v instanceof Long) && !(v instanceof Boolean) && !(v instanceof BigInteger)) {
            throw PRaise.typeError(null, "* wants int");
        }
        Object i = IntOps.index(v);
        if (!(i instanceof Long l) || Math.abs(l) > Integer.MAX_VALUE) {
            throw PRaise.error(null, BuiltinClasses.OVERFLOW_ERROR, "Python int too large to convert to C ssize_t");
        }
        return (int) (long) l;
    }

    private static int digits(Formatter f, String what) {
        String t = f.template;
        int start = f.pos;
        long v = 0;
        while (f.pos < t.length() && t.charAt(f.pos) >= '0' && t.charAt(f.pos) <= '9') {
            v = v * 10 + (t.charAt(f.pos) - '0');
            if (v > Integer.MAX_VALUE) {
                throw PRaise.valueError(null, "%s too big", what);
            }
            f.pos++;
        }
        return f.pos == start ? -1 : (int) v;
    }

    private static String formatInteger(Object value, int type, int flags, int precision) {
        if (PyObjectOps.builtinValue(value) instanceof Number number) {
            value = number; // an instance of a subclass of int or float (an IntEnum member) formats as its value
        }
        Object iobj;
        if (Arithmetic.isInt(value)) {
            iobj = IntOps.index(value);
        } else if (type == 'o' || type == 'x' || type == 'X') {
            try {
                iobj = IntOps.index(value);
            } catch (PException e) {
                if (e.getException().getPythonClass() == BuiltinClasses.TYPE_ERROR) {
                    throw PRaise.typeError(null, "%%%c format: an integer is required, not %s", (char) type, PyObjectOps.typeName(value));
                }
                throw e;
            }
        } else if (value instanceof Double d) {
            iobj = Arithmetic.floatToInt(d);
        } else if (SpecialMethods.lookupUser(value, "__int__") != null || SpecialMethods.lookupUser(value, "__index__") != null) {
            iobj = Conversions.toInt(value, dev.krait.runtime.PNone.NO_VALUE);
        } else {
            throw PRaise.typeError(null, "%%%c format: a real number is required, not %s", (char) type, PyObjectOps.typeName(value));
        }
        BigInteger v = Arithmetic.big(iobj);
        int radix = type == 'o' ? 8 : (type == 'x' || type == 'X') ? 16 : 10;
        String digits = radix == 10 ? IntStrLimit.toDecimal(v.abs()) : v.abs().toString(radix);
        if (type == 'X') {
            digits = digits.toUpperCase();
        }
        if (precision > digits.length()) {
            digits = "0".repeat(precision - digits.length()) + digits;
        }
        String prefix = "";
        if ((flags & ALT) != 0 && radix != 10) {
            prefix = type == 'o' ? "0o" : type == 'x' ? "0x" : "0X";
        }
        return (v.signum() < 0 ? "-" : "") + prefix + digits;
    }

    private static String formatFloat(Object value, int type, int flags, int precision) {
        double x;
        if (value instanceof Double d) {
            x = d;
        } else if (Arithmetic.isInt(value)) {
            x = Arithmetic.toDouble(value);
        } else {
            Object special = SpecialMethods.callIfDefined(value, "__float__");
            if (!(special instanceof Double d)) {
                throw PRaise.typeError(null, "must be real number, not %s", PyObjectOps.typeName(value));
            }
            x = d;
        }
        return Formatting.doubleToString(x, (char) type, precision < 0 ? 6 : precision, (flags & ALT) != 0, false, false);
    }

    private static String formatChar(Object value) {
        if (value instanceof String s) {
            if (Strings.codePointLength(s) != 1) {
                throw PRaise.typeError(null, "%c requires int or char");
            }
            return s;
        }
        if (!Arithmetic.isInt(value)) {
            throw PRaise.typeError(null, "%c requires int or char");
        }
        Object v = IntOps.index(value);
        if (!(v instanceof Long l) || l < 0 || l > 0x10ffff) {
            throw PRaise.error(null, BuiltinClasses.OVERFLOW_ERROR, "%c arg not in range(0x110000)");
        }
        return Strings.fromCodePoint((int) (long) l);
    }

    /** Pads the converted text: signs and 0x prefixes stay in front of zero padding. */
    private static void output(StringBuilder out, String body, int type, int flags, int widthArg, boolean numeric) {
        int width = widthArg;
        String str = body;
        int len = Strings.codePointLength(str);
        char fill = numeric && (flags & ZERO) != 0 && (flags & LEFT) == 0 ? '0' : ' ';
        String sign = "";
        int index = 0;
        if (numeric) {
            char first = str.isEmpty() ? 0 : str.charAt(0);
            if (first == '-' || first == '+') {
                sign = String.valueOf(first);
                index = 1;
                len--;
            } else if ((flags & SIGN) != 0) {
                sign = "+";
            } else if ((flags & BLANK) != 0) {
                sign = " ";
            }
        }
        if (width < len) {
            width = len;
        }
        if (!sign.isEmpty()) {
            if (fill != ' ') {
                out.append(sign);
            }
            if (width > len) {
                width--;
            }
        }
        boolean prefixed = (flags & ALT) != 0 && (type == 'x' || type == 'X' || type == 'o');
        if (prefixed) {
            if (fill != ' ') {
                out.append(str, index, index + 2);
                index += 2;
            }
            width = Math.max(0, width - 2);
            len -= 2;
        }
        if (width > len && (flags & LEFT) == 0) {
            for (int i = 0; i < width - len; i++) {
                out.append(fill);
            }
            width = len;
        }
        if (fill == ' ') {
            out.append(sign);
            if (prefixed) {
                out.append(str, index, index + 2);
                index += 2;
            }
        }
        out.append(str, index, str.length());
        for (int i = 0; i < width - len; i++) {
            out.append(' ');
        }
    }
}
