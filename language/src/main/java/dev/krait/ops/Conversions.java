package dev.krait.ops;

import java.math.BigInteger;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.krait.runtime.PNone;
import dev.krait.runtime.PRaise;

/** int(x, base) and float(x) conversions with CPython's parsing rules and messages. */
public final class Conversions {
    private Conversions() {
    }

    @TruffleBoundary
    public static Object toInt(Object original, Object base) {
        Object x = SpecialMethods.lookupUser(original, "__int__") == null ? PyObjectOps.builtinValue(original) : original;
        if (base != PNone.NO_VALUE) {
            if (!(x instanceof String s)) {
                throw PRaise.typeError(null, "int() can't convert non-string with explicit base");
            }
            long b = PyObjectOps.toIndexValue(base);
            if ((b != 0 && b < 2) || b > 36) {
                throw PRaise.valueError(null, "int() base must be >= 2 and <= 36, or 0");
            }
            return parseInt(s, (int) b);
        }
        if (x instanceof Long || x instanceof BigInteger) {
            return x;
        } else if (x instanceof Boolean b) {
            return b ? 1L : 0L;
        } else if (x instanceof Double d) {
            return Arithmetic.floatToInt(d);
        } else if (x instanceof String s) {
            return parseInt(s, 10);
        }
        Object special = SpecialMethods.callIfDefined(x, "__int__");
        if (special == null) {
            special = SpecialMethods.callIfDefined(x, "__index__");
        }
        if (special != null) {
            return special;
        }
        throw PRaise.typeError(null, "int() argument must be a string, a bytes-like object or a real number, not '%s'", PyObjectOps.typeName(x));
    }

    /** Parses an int literal as int(s, base) does (whitespace, sign, underscores, prefixes for base 0/16/8/2). */
    @TruffleBoundary
    public static Object parseInt(String text, int base) {
        String s = text.strip();
        int i = 0;
        boolean negative = false;
        if (i < s.length() && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            negative = s.charAt(i) == '-';
            i++;
        }
        int b = base;
        if (i + 1 < s.length() && s.charAt(i) == '0') {
            char p = Character.toLowerCase(s.charAt(i + 1));
            int prefixBase = p == 'x' ? 16 : p == 'o' ? 8 : p == 'b' ? 2 : 0;
            if (prefixBase != 0 && (b == 0 || b == prefixBase)) {
                b = prefixBase;
                i += 2;
                if (i < s.length() && s.charAt(i) == '_') {
                    i++;
                }
            }
        }
        boolean baseZeroDecimal = false;
        if (b == 0) {
            b = 10;
            baseZeroDecimal = true;
        }
        String digits = s.substring(i);
        if (digits.isEmpty() || digits.startsWith("_") || digits.endsWith("_") || digits.contains("__")) {
            throw invalidLiteral(text, base);
        }
        digits = digits.replace("_", "");
        for (int k = 0; k < digits.length(); k++) {
            if (Character.digit(digits.charAt(k), b) < 0) {
                throw invalidLiteral(text, base);
            }
        }
        if (baseZeroDecimal && digits.length() > 1 && digits.charAt(0) == '0' && !digits.chars().allMatch(c -> c == '0')) {
            throw invalidLiteral(text, base);
        }
        IntStrLimit.checkParse(digits.length(), b);
        BigInteger v = new BigInteger(digits, b);
        return Arithmetic.normalize(negative ? v.negate() : v);
    }

    private static RuntimeException invalidLiteral(String text, int base) {
        return PRaise.valueError(null, "invalid literal for int() with base %d: %s", base, Repr.repr(text));
    }

    @TruffleBoundary
    public static double toFloat(Object original) {
        Object x = SpecialMethods.lookupUser(original, "__float__") == null ? PyObjectOps.builtinValue(original) : original;
        if (x instanceof Double d) {
            return d;
        } else if (Arithmetic.isInt(x)) {
            return Arithmetic.toDouble(x);
        } else if (x instanceof String s) {
            return parseFloat(s);
        }
        Object special = SpecialMethods.callIfDefined(x, "__float__");
        if (special instanceof Double d) {
            return d;
        }
        special = SpecialMethods.callIfDefined(x, "__index__");
        if (special != null) {
            return Arithmetic.toDouble(special);
        }
        throw PRaise.typeError(null, "float() argument must be a string or a real number, not '%s'", PyObjectOps.typeName(x));
    }

    @TruffleBoundary
    public static double parseFloat(String text) {
        String s = text.strip();
        String lower = s.toLowerCase();
        String unsigned = lower.startsWith("+") || lower.startsWith("-") ? lower.substring(1) : lower;
        double sign = lower.startsWith("-") ? -1 : 1;
        if (unsigned.equals("inf") || unsigned.equals("infinity")) {
            return sign * Double.POSITIVE_INFINITY;
        }
        if (unsigned.equals("nan")) {
            return Double.NaN;
        }
        if (!s.isEmpty() && isFloatSyntax(s)) {
            try {
                return Double.parseDouble(s.replace("_", ""));
            } catch (NumberFormatException e) {
                // fall through
            }
        }
        throw PRaise.valueError(null, "could not convert string to float: %s", Repr.repr(text));
    }

    /** Python's float syntax: digits with single underscores between them, '.', exponent; no hex, no 'd'/'f' suffix. */
    private static boolean isFloatSyntax(String s) {
        int i = 0;
        int n = s.length();
        if (s.charAt(i) == '+' || s.charAt(i) == '-') {
            i++;
        }
        boolean digits = false;
        char prev = ' ';
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                digits = true;
            } else if (c == '_') {
                if (!(prev >= '0' && prev <= '9') || i + 1 >= n || !Character.isDigit(s.charAt(i + 1))) {
                    return false;
                }
            } else if (c == '.' || c == 'e' || c == 'E' || ((c == '+' || c == '-') && (prev == 'e' || prev == 'E'))) {
                // structure is checked by Double.parseDouble
            } else {
                return false;
            }
            prev = c;
        }
        return digits;
    }
}
