package dev.krait.ops;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.krait.runtime.PRaise;

/**
 * A parsed format spec: {@code [[fill]align][sign][z][#][0][width][grouping][.precision][type]}, with CPython's
 * parsing rules (a '0' before the width means fill '0', and for numbers '=' alignment) and its error messages.
 */
public final class FormatSpec {
    /** The fill character (a code point). */
    public final int fill;
    /** One of '<', '>', '^', '=', or 0 when not given. */
    public final char align;
    /** One of '+', '-', ' ', or 0 when not given. */
    public final char sign;
    public final boolean noNegativeZero;
    public final boolean alternate;
    /** -1 when not given. */
    public final int width;
    /** ',' or '_', or 0 for none. */
    public final char grouping;
    /** -1 when not given. */
    public final int precision;
    /** The presentation type (a code point), or 0 when not given. */
    public final int type;
    /** Whether the fill character was given explicitly (with an alignment). */
    public final boolean fillGiven;

    private FormatSpec(int fill, char align, char sign, boolean noNegativeZero, boolean alternate, int width, char grouping, int precision, int type,
                    boolean fillGiven) {
        this.fill = fill;
        this.align = align;
        this.sign = sign;
        this.noNegativeZero = noNegativeZero;
        this.alternate = alternate;
        this.width = width;
        this.grouping = grouping;
        this.precision = precision;
        this.type = type;
        this.fillGiven = fillGiven;
    }

    private static boolean isAlign(int c) {
        return c == '<' || c == '>' || c == '^' || c == '=';
    }

    /**
     * Parses a spec for an object whose type name appears in messages; {@code defaultAlign} is '>' for numbers and
     * '<' for strings (it decides what a leading '0' does).
     */
    @TruffleBoundary
    public static FormatSpec parse(String spec, String typeName, char defaultAlign) {
        int[] cps = spec.codePoints().toArray();
        int n = cps.length;
        int pos = 0;
        int fill = ' ';
        char align = 0;
        boolean fillGiven = false;
        if (n >= 2 && isAlign(cps[1])) {
            fill = cps[0];
            align = (char) cps[1];
            fillGiven = true;
            pos = 2;
        } else if (n >= 1 && isAlign(cps[0])) {
            align = (char) cps[0];
            pos = 1;
        }
        char sign = 0;
        if (pos < n && (cps[pos] == '+' || cps[pos] == '-' || cps[pos] == ' ')) {
            sign = (char) cps[pos++];
        }
        boolean noNegZero = false;
        if (pos < n && cps[pos] == 'z') {
            noNegZero = true;
            pos++;
        }
        boolean alternate = false;
        if (pos < n && cps[pos] == '#') {
            alternate = true;
            pos++;
        }
        if (!fillGiven && pos < n && cps[pos] == '0') {
            fill = '0';
            fillGiven = true;
            if (align == 0 && defaultAlign == '>') {
                align = '=';
            }
            pos++;
        }
        int start = pos;
        long width = 0;
        while (pos < n && cps[pos] >= '0' && cps[pos] <= '9') {
            width = width * 10 + (cps[pos] - '0');
            if (width > Integer.MAX_VALUE) {
                throw PRaise.valueError(null, "Too many decimal digits in format string");
            }
            pos++;
        }
        int widthValue = pos == start ? -1 : (int) width;
        char grouping = 0;
        if (pos < n && cps[pos] == ',') {
            grouping = ',';
            pos++;
        }
        if (pos < n && cps[pos] == '_') {
            if (grouping != 0) {
                throw PRaise.valueError(null, "Cannot specify both ',' and '_'.");
            }
            grouping = '_';
            pos++;
        }
        if (pos < n && cps[pos] == ',' && grouping == '_') {
            throw PRaise.valueError(null, "Cannot specify both ',' and '_'.");
        }
        int precision = -1;
        if (pos < n && cps[pos] == '.') {
            pos++;
            start = pos;
            long p = 0;
            while (pos < n && cps[pos] >= '0' && cps[pos] <= '9') {
                p = p * 10 + (cps[pos] - '0');
                if (p > Integer.MAX_VALUE) {
                    throw PRaise.valueError(null, "Too many decimal digits in format string");
                }
                pos++;
            }
            if (pos == start) {
                throw PRaise.valueError(null, "Format specifier missing precision");
            }
            precision = (int) p;
        }
        if (n - pos > 1) {
            throw PRaise.valueError(null, "Invalid format specifier '%s' for object of type '%s'", spec, typeName);
        }
        int type = pos < n ? cps[pos] : 0;
        if (grouping != 0) {
            checkGroupingType(grouping, type);
        }
        return new FormatSpec(fill, align, sign, noNegZero, alternate, widthValue, grouping, precision, type, fillGiven);
    }

    private static void checkGroupingType(char grouping, int type) {
        switch (type) {
            case 0, 'd', 'e', 'f', 'g', 'E', 'G', '%', 'F':
                return;
            case 'b', 'o', 'x', 'X':
                if (grouping == '_') {
                    return;
                }
                break;
            default:
                break;
        }
        throw PRaise.valueError(null, "Cannot specify '%c' with '%s'.", grouping, typeText(type));
    }

    private static String typeText(int type) {
        return type > 32 && type < 128 ? String.valueOf((char) type) : String.format("\\x%x", type);
    }

    /** The ValueError for a presentation type the object's type does not know. */
    public static RuntimeException unknownType(int type, String typeName) {
        return PRaise.valueError(null, "Unknown format code '%s' for object of type '%s'", typeText(type), typeName);
    }

    public char alignOr(char dflt) {
        return align == 0 ? dflt : align;
    }
}
