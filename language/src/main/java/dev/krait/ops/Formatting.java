package dev.krait.ops;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.krait.runtime.BuiltinClasses;
import dev.krait.runtime.PRaise;

/**
 * format(value, spec): the format-spec mini-language of int, bool, float and str with CPython's exact output; user
 * classes use __format__, other objects accept only the empty spec. The float digits are computed from the exact
 * binary value (correctly rounded, ties to even), as CPython's dtoa does.
 */
public final class Formatting {
    private Formatting() {
    }

    /** int.__format__, float.__format__, str.__format__: the empty spec is str(self), a subclass's __str__ included. */
    @TruffleBoundary
    public static String formatOwn(Object self, String spec) {
        return spec.isEmpty() ? Repr.str(self) : format(PyObjectOps.builtinValue(self), spec);
    }

    @TruffleBoundary
    public static String format(Object value, String spec) {
        if (PyObjectOps.builtinValue(value) != value && SpecialMethods.lookupUser(value, "__format__") == null) {
            return formatOwn(value, spec);
        }
        Object special = SpecialMethods.lookupUser(value, "__format__");
        if (special != null) {
            Object r = Calls.callUncached(special, value, spec);
            if (!(r instanceof String s)) {
                throw PRaise.typeError(null, "__format__ must return a str, not %s", PyObjectOps.typeName(r));
            }
            return s;
        }
        if (value instanceof String s) {
            return spec.isEmpty() ? s : formatString(s, spec);
        }
        if (spec.isEmpty()) {
            return Repr.str(value);
        }
        if (value instanceof Long || value instanceof BigInteger || value instanceof Boolean) {
            return formatInt(value, spec, PyObjectOps.typeName(value));
        }
        if (value instanceof Double d) {
            return formatFloat(d, spec);
        }
        throw PRaise.typeError(null, "unsupported format string passed to %s.__format__", PyObjectOps.typeName(value));
    }

    // ------------------------------------------------------------------ str

    @TruffleBoundary
    public static String formatString(String s, String specText) {
        FormatSpec spec = FormatSpec.parse(specText, "str", '<');
        if (spec.type != 0 && spec.type != 's') {
            throw FormatSpec.unknownType(spec.type, "str");
        }
        if (spec.sign == ' ') {
            throw PRaise.valueError(null, "Space not allowed in string format specifier");
        } else if (spec.sign != 0) {
            throw PRaise.valueError(null, "Sign not allowed in string format specifier");
        }
        if (spec.noNegativeZero) {
            throw PRaise.valueError(null, "Negative zero coercion (z) not allowed in string format specifier");
        }
        if (spec.alternate) {
            throw PRaise.valueError(null, "Alternate form (#) not allowed in string format specifier");
        }
        if (spec.align == '=') {
            throw PRaise.valueError(null, "'=' alignment not allowed in string format specifier");
        }
        String body = s;
        if (spec.precision >= 0 && Strings.codePointLength(s) > spec.precision) {
            body = Strings.substring(s, 0, spec.precision);
        }
        return pad(body, spec.width, spec.alignOr('<'), spec.fill);
    }

    /** Pads {@code body} with the fill character to {@code width} code points. */
    private static String pad(String body, int width, char align, int fill) {
        int len = Strings.codePointLength(body);
        if (width <= len) {
            return body;
        }
        int padding = width - len;
        int left;
        switch (align) {
            case '<':
                left = 0;
                break;
            case '^':
                left = padding / 2;
                break;
            default:
                left = padding;
                break;
        }
        StringBuilder sb = new StringBuilder(body.length() + padding);
        repeat(sb, fill, left);
        sb.append(body);
        repeat(sb, fill, padding - left);
        return sb.toString();
    }

    private static void repeat(StringBuilder sb, int codePoint, int count) {
        for (int i = 0; i < count; i++) {
            sb.appendCodePoint(codePoint);
        }
    }

    // ------------------------------------------------------------------ int

    @TruffleBoundary
    public static String formatInt(Object value, String specText, String typeName) {
        FormatSpec spec = FormatSpec.parse(specText, typeName, '>');
        int type = spec.type == 0 ? 'd' : spec.type;
        switch (type) {
            case 'b', 'c', 'd', 'o', 'x', 'X', 'n':
                return formatIntInternal(Arithmetic.big(value), spec, type);
            case 'e', 'E', 'f', 'F', 'g', 'G', '%':
                return formatFloatInternal(Arithmetic.toDouble(value), spec, type);
            default:
                throw FormatSpec.unknownType(type, typeName);
        }
    }

    private static String formatIntInternal(BigInteger v, FormatSpec spec, int type) {
        if (spec.precision >= 0) {
            throw PRaise.valueError(null, "Precision not allowed in integer format specifier");
        }
        if (spec.noNegativeZero) {
            throw PRaise.valueError(null, "Negative zero coercion (z) not allowed in integer format specifier");
        }
        if (type == 'c') {
            if (spec.sign != 0) {
                throw PRaise.valueError(null, "Sign not allowed with integer format specifier 'c'");
            }
            if (spec.alternate) {
                throw PRaise.valueError(null, "Alternate form (#) not allowed with integer format specifier 'c'");
            }
            if (v.signum() < 0 || v.compareTo(BigInteger.valueOf(0x10ffff)) > 0) {
                throw PRaise.error(null, BuiltinClasses.OVERFLOW_ERROR, "%c arg not in range(0x110000)");
            }
            return layoutNumber("", "", "", Strings.fromCodePoint(v.intValue()), spec, 0);
        }
        int radix;
        String prefix;
        switch (type) {
            case 'b':
                radix = 2;
                prefix = "0b";
                break;
            case 'o':
                radix = 8;
                prefix = "0o";
                break;
            case 'x':
                radix = 16;
                prefix = "0x";
                break;
            case 'X':
                radix = 16;
                prefix = "0X";
                break;
            default:
                radix = 10;
                prefix = "";
                break;
        }
        String digits = radix == 10 ? IntStrLimit.toDecimal(v.abs()) : v.abs().toString(radix);
        if (type == 'X') {
            digits = digits.toUpperCase();
        }
        String sign = signText(v.signum() < 0, spec.sign);
        return layoutNumber(sign, spec.alternate ? prefix : "", digits, "", spec, radix == 10 ? 3 : 4);
    }

    private static String signText(boolean negative, char signOption) {
        if (negative) {
            return "-";
        }
        return signOption == '+' ? "+" : (signOption == ' ' ? " " : "");
    }

    /**
     * Lays a number out: {@code [padding][sign][prefix][padding][grouped digits][rest][padding]}. The digits are the
     * integer part; rest is the decimal point, fraction, exponent and '%'. With fill '0' and '=' alignment the
     * padding zeros take part in the grouping, as in CPython.
     */
    private static String layoutNumber(String sign, String prefix, String digits, String rest, FormatSpec spec, int groupSize) {
        char align = spec.alignOr('>');
        int nonDigits = sign.length() + prefix.length() + Strings.codePointLength(rest);
        String grouped = digits;
        if (spec.grouping != 0 && !digits.isEmpty()) {
            int minWidth = spec.fill == '0' && align == '=' ? spec.width - nonDigits : 0;
            grouped = group(digits, minWidth, spec.grouping, groupSize);
        }
        int padding = spec.width - (nonDigits + grouped.length());
        StringBuilder sb = new StringBuilder();
        if (padding <= 0) {
            return sb.append(sign).append(prefix).append(grouped).append(rest).toString();
        }
        switch (align) {
            case '<':
                sb.append(sign).append(prefix).append(grouped).append(rest);
                repeat(sb, spec.fill, padding);
                break;
            case '^':
                repeat(sb, spec.fill, padding / 2);
                sb.append(sign).append(prefix).append(grouped).append(rest);
                repeat(sb, spec.fill, padding - padding / 2);
                break;
            case '=':
                sb.append(sign).append(prefix);
                repeat(sb, spec.fill, padding);
                sb.append(grouped).append(rest);
                break;
            default:
                repeat(sb, spec.fill, padding);
                sb.append(sign).append(prefix).append(grouped).append(rest);
                break;
        }
        return sb.toString();
    }

    /** Inserts a separator every {@code size} digits from the right, zero-extending to {@code minWidth} characters. */
    private static String group(String digits, int minWidth, char separator, int size) {
        int remaining = digits.length();
        int min = Math.max(0, minWidth);
        StringBuilder reversed = new StringBuilder();
        boolean first = true;
        while (true) {
            int len = Math.min(size, Math.max(Math.max(remaining, min), 1));
            int zeros = Math.max(0, len - remaining);
            int chars = Math.max(0, Math.min(remaining, len));
            if (!first) {
                reversed.append(separator);
            }
            first = false;
            for (int i = 0; i < chars; i++) {
                reversed.append(digits.charAt(remaining - 1 - i));
            }
            for (int i = 0; i < zeros; i++) {
                reversed.append('0');
            }
            remaining -= chars;
            min -= len;
            if (remaining <= 0 && min <= 0) {
                break;
            }
            min -= 1;
        }
        return reversed.reverse().toString();
    }

    // ------------------------------------------------------------------ float

    @TruffleBoundary
    public static String formatFloat(double value, String specText) {
        FormatSpec spec = FormatSpec.parse(specText, "float", '>');
        switch (spec.type) {
            case 0, 'e', 'E', 'f', 'F', 'g', 'G', '%', 'n':
                return formatFloatInternal(value, spec, spec.type);
            default:
                throw FormatSpec.unknownType(spec.type, "float");
        }
    }

    private static String formatFloatInternal(double value, FormatSpec spec, int typeChar) {
        int type = typeChar;
        int precision = spec.precision;
        boolean addDot0 = false;
        int defaultPrecision = 6;
        if (type == 0) {
            // No type: repr() without a precision, else 'g' that keeps at least one digit after the point.
            addDot0 = true;
            type = 'r';
            defaultPrecision = 0;
        }
        if (type == 'n') {
            type = 'g';
        }
        double v = value;
        boolean percent = false;
        if (type == '%') {
            type = 'f';
            v *= 100;
            percent = true;
        }
        if (precision < 0) {
            precision = defaultPrecision;
        } else if (type == 'r') {
            type = 'g';
        }
        String text = doubleToString(v, (char) type, precision, spec.alternate, addDot0, spec.noNegativeZero);
        boolean negative = text.startsWith("-");
        if (negative) {
            text = text.substring(1);
        }
        if (percent) {
            text = text + "%";
        }
        int digitsEnd = 0;
        while (digitsEnd < text.length() && Character.isDigit(text.charAt(digitsEnd))) {
            digitsEnd++;
        }
        return layoutNumber(signText(negative, spec.sign), "", text.substring(0, digitsEnd), text.substring(digitsEnd), spec, 3);
    }

    /** Decimal digits of a finite non-negative double: value = 0.DIGITS x 10**decpt; no trailing zeros ("0" for zero). */
    private record Digits(String digits, int decpt) {
        static Digits of(BigDecimal d) {
            if (d.signum() == 0) {
                return new Digits("0", 1);
            }
            BigDecimal s = d.stripTrailingZeros();
            String digits = s.unscaledValue().toString();
            return new Digits(digits, digits.length() - s.scale());
        }
    }

    /** The shortest digits that read back as the same double (repr). */
    private static Digits shortest(double abs) {
        if (abs == 0) {
            return new Digits("0", 1);
        }
        // Java prints the shortest digits that round-trip, but never fewer than two: try one digit too.
        Digits d = Digits.of(new BigDecimal(Double.toString(abs)));
        if (d.digits().length() == 2) {
            BigDecimal oneDigit = new BigDecimal(abs).round(new MathContext(1, RoundingMode.HALF_EVEN));
            if (oneDigit.doubleValue() == abs) {
                return Digits.of(oneDigit);
            }
        }
        return d;
    }

    /** {@code n} significant digits, correctly rounded. */
    private static Digits significant(double abs, int n) {
        return Digits.of(new BigDecimal(abs).round(new MathContext(n, RoundingMode.HALF_EVEN)));
    }

    /** {@code n} digits after the point, correctly rounded. */
    private static Digits fixed(double abs, int n) {
        return Digits.of(new BigDecimal(abs).setScale(n, RoundingMode.HALF_EVEN));
    }

    /**
     * CPython's PyOS_double_to_string: type is one of e E f F g G r (repr); {@code alternate} is the '#' flag,
     * {@code addDot0} keeps a ".0" on integral values, {@code noNegativeZero} drops the sign of a result that
     * rounds to zero.
     */
    @TruffleBoundary
    public static String doubleToString(double value, char typeChar, int precisionArg, boolean alternate, boolean addDot0, boolean noNegativeZero) {
        boolean upper = Character.isUpperCase(typeChar);
        char type = Character.toLowerCase(typeChar);
        if (Double.isNaN(value)) {
            return upper ? "NAN" : "nan";
        }
        boolean negative = (Double.doubleToRawLongBits(value) < 0);
        if (Double.isInfinite(value)) {
            String inf = upper ? "INF" : "inf";
            return negative ? "-" + inf : inf;
        }
        double abs = Math.abs(value);
        int precision = precisionArg;
        Digits d;
        switch (type) {
            case 'e':
                precision++;
                d = significant(abs, precision);
                break;
            case 'f':
                d = fixed(abs, precision);
                break;
            case 'g':
                if (precision == 0) {
                    precision = 1;
                }
                d = significant(abs, precision);
                break;
            default:
                d = shortest(abs);
                break;
        }
        String digits = d.digits();
        int decpt = d.decpt();
        int len = digits.length();
        if (noNegativeZero && digits.equals("0")) {
            negative = false;
        }
        int vEnd = len;
        boolean useExp = false;
        switch (type) {
            case 'e':
                useExp = true;
                vEnd = precision;
                break;
            case 'f':
                vEnd = decpt + precision;
                break;
            case 'g':
                if (decpt <= -4 || decpt > (addDot0 ? precision - 1 : precision)) {
                    useExp = true;
                }
                if (alternate) {
                    vEnd = precision;
                }
                break;
            default:
                if (decpt <= -4 || decpt > 16) {
                    useExp = true;
                }
                break;
        }
        int exp = 0;
        if (useExp) {
            exp = decpt - 1;
            decpt = 1;
        }
        int vStart = decpt <= 0 ? decpt - 1 : 0;
        if (!useExp && addDot0) {
            vEnd = Math.max(vEnd, decpt + 1);
        } else {
            vEnd = Math.max(vEnd, decpt);
        }
        StringBuilder sb = new StringBuilder();
        if (negative) {
            sb.append('-');
        }
        if (decpt <= 0) {
            zeros(sb, decpt - vStart);
            sb.append('.');
            zeros(sb, -decpt);
        } else {
            zeros(sb, -vStart);
        }
        if (decpt > 0 && decpt <= len) {
            sb.append(digits, 0, decpt).append('.').append(digits, decpt, len);
        } else {
            sb.append(digits);
        }
        if (len < decpt) {
            zeros(sb, decpt - len);
            sb.append('.');
            zeros(sb, vEnd - decpt);
        } else {
            zeros(sb, vEnd - len);
        }
        if (sb.charAt(sb.length() - 1) == '.' && !alternate) {
            sb.setLength(sb.length() - 1);
        }
        if (useExp) {
            sb.append(upper ? 'E' : 'e');
            sb.append(exp < 0 ? '-' : '+');
            int a = Math.abs(exp);
            if (a < 10) {
                sb.append('0');
            }
            sb.append(a);
        }
        return sb.toString();
    }

    private static void zeros(StringBuilder sb, int n) {
        for (int i = 0; i < n; i++) {
            sb.append('0');
        }
    }
}
