package dev.krait.ops;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * Python str semantics over Java strings: Python indexes by code point, Java by UTF-16 unit. The two agree unless
 * the string holds characters outside the BMP, so every operation first asks {@link #isBmp}, which remembers the
 * last strings it scanned (loops index the same string again and again).
 */
public final class Strings {
    /** Whether {@code s} contains the char {@code c}: a plain loop that partial evaluation can compile. */
    public static boolean containsChar(String s, char c) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == c) {
                return true;
            }
        }
        return false;
    }

    /**
     * Python's {@code sub in s}. Strings hold characters outside the BMP as surrogate pairs; a match must not begin
     * or end inside a pair (a lone surrogate is not part of the character it halves).
     */
    @TruffleBoundary
    public static boolean containsStr(String s, String sub) {
        int at = s.indexOf(sub);
        while (at >= 0) {
            int end = at + sub.length();
            boolean splitsStart = at > 0 && Character.isHighSurrogate(s.charAt(at - 1)) && Character.isLowSurrogate(s.charAt(at));
            boolean splitsEnd = end > 0 && end < s.length() && Character.isHighSurrogate(s.charAt(end - 1)) && Character.isLowSurrogate(s.charAt(end));
            if (!splitsStart && !splitsEnd) {
                return true;
            }
            at = s.indexOf(sub, at + 1);
        }
        return false;
    }

    private Strings() {
    }

    private record Scanned(String s, boolean bmp) {
    }

    /** The one-character strings of Latin-1, made once (as CPython keeps them): indexing a str allocates nothing. */
    private static final String[] LATIN1 = new String[256];

    static {
        for (int c = 0; c < LATIN1.length; c++) {
            LATIN1[c] = String.valueOf((char) c);
        }
    }

    /** The str of one BMP character. */
    public static String charString(char c) {
        return c < LATIN1.length ? LATIN1[c] : String.valueOf(c);
    }

    private static volatile Scanned lastScanned = new Scanned("", true);
    private static volatile Scanned previousScanned = new Scanned("", true);

    /** True when the string has no surrogate pairs, so char indices are code point indices. */
    public static boolean isBmp(String s) {
        if (s.length() < 16) {
            return scan(s);
        }
        Scanned last = lastScanned;
        if (last.s == s) {
            return last.bmp;
        }
        Scanned prev = previousScanned;
        if (prev.s == s) {
            return prev.bmp;
        }
        return scanAndRemember(s);
    }

    @TruffleBoundary
    private static boolean scanAndRemember(String s) {
        boolean bmp = scan(s);
        previousScanned = lastScanned;
        lastScanned = new Scanned(s, bmp);
        return bmp;
    }

    private static boolean scan(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isSurrogate(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    public static int codePointLength(String s) {
        return isBmp(s) ? s.length() : countCodePoints(s);
    }

    @TruffleBoundary
    private static int countCodePoints(String s) {
        return s.codePointCount(0, s.length());
    }

    /** The UTF-16 offset of code point index {@code cpIndex} (0 <= cpIndex <= length). */
    @TruffleBoundary
    public static int offsetOf(String s, int cpIndex) {
        if (isBmp(s)) {
            return cpIndex;
        }
        return s.offsetByCodePoints(0, cpIndex);
    }

    /** The code point index of UTF-16 offset {@code offset}. */
    @TruffleBoundary
    public static int indexOfOffset(String s, int offset) {
        if (isBmp(s)) {
            return offset;
        }
        return s.codePointCount(0, offset);
    }

    /** s[i] for a valid, non-negative code point index. */
    @TruffleBoundary
    public static String charAt(String s, int cpIndex) {
        if (isBmp(s)) {
            return charString(s.charAt(cpIndex));
        }
        int off = s.offsetByCodePoints(0, cpIndex);
        int cp = s.codePointAt(off);
        return new String(Character.toChars(cp));
    }

    /** s[start:stop] for valid code point indices. */
    @TruffleBoundary
    public static String substring(String s, int start, int stop) {
        if (isBmp(s)) {
            return s.substring(start, stop);
        }
        int a = s.offsetByCodePoints(0, start);
        int b = s.offsetByCodePoints(a, stop - start);
        return s.substring(a, b);
    }

    /** The code points of a string. */
    @TruffleBoundary
    public static int[] codePoints(String s) {
        return s.codePoints().toArray();
    }

    @TruffleBoundary
    public static String fromCodePoint(int cp) {
        return new String(Character.toChars(cp));
    }
}
