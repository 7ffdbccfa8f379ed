package dev.krait.ops;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.krait.runtime.BuiltinClasses;
import dev.krait.runtime.PBaseException;
import dev.krait.runtime.PDict;
import dev.krait.runtime.PException;
import dev.krait.runtime.PList;
import dev.krait.runtime.PNone;
import dev.krait.runtime.PRaise;
import dev.krait.runtime.PTuple;

/**
 * The algorithms behind the str methods, over Java strings with Python's code point indexing and Python's (not
 * Java's) definitions of whitespace, line breaks, digits and case.
 */
public final class StrOps {
    private StrOps() {
    }

    // ------------------------------------------------------------------ character classes

    /** Python's str.isspace for one code point (bidirectional class WS, B or S, or category Zs). */
    public static boolean isSpace(int cp) {
        if (cp < 128) {
            return cp == ' ' || (cp >= '\t' && cp <= '\r') || (cp >= 0x1c && cp <= 0x1f);
        }
        return cp == 0x85 || cp == 0xa0 || cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200a) || cp == 0x2028 || cp == 0x2029 || cp == 0x202f
                        || cp == 0x205f || cp == 0x3000;
    }

    /** The line boundaries of str.splitlines. */
    public static boolean isLineBreak(int cp) {
        return cp == '\n' || cp == '\r' || cp == 0x0b || cp == 0x0c || cp == 0x1c || cp == 0x1d || cp == 0x1e || cp == 0x85 || cp == 0x2028
                        || cp == 0x2029;
    }

    public static boolean isDecimal(int cp) {
        return Character.getType(cp) == Character.DECIMAL_DIGIT_NUMBER;
    }

    /** Numeric_Type Digit or Decimal: decimals plus superscripts, circled digits and the like. */
    public static boolean isDigit(int cp) {
        if (isDecimal(cp)) {
            return true;
        }
        if (Character.getType(cp) != Character.OTHER_NUMBER) {
            return false;
        }
        int v = Character.getNumericValue(cp);
        return v >= 0 && v <= 9 && !isVulgarFraction(cp);
    }

    private static boolean isVulgarFraction(int cp) {
        return (cp >= 0xbc && cp <= 0xbe) || (cp >= 0x2150 && cp <= 0x215f) || cp == 0x2189;
    }

    private static final String CJK_NUMERALS = "〇一二三四五六七八九十百千万亿兆零壹贰叁肆伍陆柒捌玖拾佰仟萬億貳參陸兩廿卅卌";

    /** Numeric_Type Digit, Decimal or Numeric: number categories plus the CJK numeral ideographs. */
    public static boolean isNumeric(int cp) {
        int t = Character.getType(cp);
        return t == Character.DECIMAL_DIGIT_NUMBER || t == Character.LETTER_NUMBER || t == Character.OTHER_NUMBER || CJK_NUMERALS.indexOf(cp) >= 0;
    }

    public static boolean isAlpha(int cp) {
        return Character.isLetter(cp);
    }

    public static boolean isAlnum(int cp) {
        return isAlpha(cp) || isNumeric(cp);
    }

    /** Upper or lower or title case (Python's "cased"). */
    public static boolean isCased(int cp) {
        return Character.isUpperCase(cp) || Character.isLowerCase(cp) || Character.isTitleCase(cp);
    }

    // ------------------------------------------------------------------ predicates over a whole string

    public interface CodePointTest {
        boolean test(int cp);
    }

    /** True when the string is not empty and every code point passes. */
    @TruffleBoundary
    public static boolean all(String s, CodePointTest test) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length();) {
            int cp = s.codePointAt(i);
            if (!test.test(cp)) {
                return false;
            }
            i += Character.charCount(cp);
        }
        return true;
    }

    @TruffleBoundary
    public static boolean isUpper(String s) {
        boolean cased = false;
        for (int i = 0; i < s.length();) {
            int cp = s.codePointAt(i);
            if (Character.isLowerCase(cp) || Character.isTitleCase(cp)) {
                return false;
            }
            cased |= Character.isUpperCase(cp);
            i += Character.charCount(cp);
        }
        return cased;
    }

    @TruffleBoundary
    public static boolean isLower(String s) {
        boolean cased = false;
        for (int i = 0; i < s.length();) {
            int cp = s.codePointAt(i);
            if (Character.isUpperCase(cp) || Character.isTitleCase(cp)) {
                return false;
            }
            cased |= Character.isLowerCase(cp);
            i += Character.charCount(cp);
        }
        return cased;
    }

    @TruffleBoundary
    public static boolean isTitle(String s) {
        boolean cased = false;
        boolean previousCased = false;
        for (int i = 0; i < s.length();) {
            int cp = s.codePointAt(i);
            if (Character.isUpperCase(cp) || Character.isTitleCase(cp)) {
                if (previousCased) {
                    return false;
                }
                previousCased = true;
                cased = true;
            } else if (Character.isLowerCase(cp)) {
                if (!previousCased) {
                    return false;
                }
                previousCased = true;
                cased = true;
            } else {
                previousCased = false;
            }
            i += Character.charCount(cp);
        }
        return cased;
    }

    @TruffleBoundary
    public static boolean isIdentifier(String s) {
        if (s.isEmpty()) {
            return false;
        }
        int first = s.codePointAt(0);
        if (first != '_' && !Character.isUnicodeIdentifierStart(first)) {
            return false;
        }
        for (int i = Character.charCount(first); i < s.length();) {
            int cp = s.codePointAt(i);
            if (!Character.isUnicodeIdentifierPart(cp) || Character.isIdentifierIgnorable(cp)) {
                return false;
            }
            i += Character.charCount(cp);
        }
        return true;
    }

    @TruffleBoundary
    public static boolean isPrintable(String s) {
        for (int i = 0; i < s.length();) {
            int cp = s.codePointAt(i);
            if (!Repr.isPrintable(cp)) {
                return false;
            }
            i += Character.charCount(cp);
        }
        return true;
    }

    public static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 128) {
                return false;
            }
        }
        return true;
    }

    // ------------------------------------------------------------------ case

    @TruffleBoundary
    public static String upper(String s) {
        return s.toUpperCase(Locale.ROOT);
    }

    @TruffleBoundary
    public static String lower(String s) {
        if (s.indexOf(0x3a3) < 0) {
            return s.toLowerCase(Locale.ROOT);
        }
        // Java's final-sigma rule differs from Unicode's (which Python follows): lower those characters ourselves.
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length();) {
            int cp = s.codePointAt(i);
            sb.append(lowerAt(s, i, cp));
            i += Character.charCount(cp);
        }
        return sb.toString();
    }

    private static String upperOf(int cp) {
        return Strings.fromCodePoint(cp).toUpperCase(Locale.ROOT);
    }

    private static String lowerOf(int cp) {
        return Strings.fromCodePoint(cp).toLowerCase(Locale.ROOT);
    }

    /** The full titlecase mapping of one character: 'ß' gives "Ss", 'ﬁ' gives "Fi". */
    private static String titleOf(int cp) {
        int simple = Character.toTitleCase(cp);
        String up = upperOf(cp);
        if (Character.codePointCount(up, 0, up.length()) > 1) {
            int first = up.codePointAt(0);
            return Strings.fromCodePoint(Character.toTitleCase(first)) + up.substring(Character.charCount(first)).toLowerCase(Locale.ROOT);
        }
        return Strings.fromCodePoint(simple);
    }

    @TruffleBoundary
    public static String casefold(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length();) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == 0x131) {
                // Dotless i has no case folding.
                sb.appendCodePoint(cp);
            } else {
                String up = upperOf(cp);
                sb.append(up.equals(Strings.fromCodePoint(cp)) ? lowerOf(cp) : up.toLowerCase(Locale.ROOT));
            }
        }
        return sb.toString();
    }

    @TruffleBoundary
    public static String swapcase(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length();) {
            int cp = s.codePointAt(i);
            if (Character.isUpperCase(cp)) {
                sb.append(lowerAt(s, i, cp));
            } else if (Character.isLowerCase(cp)) {
                sb.append(upperOf(cp));
            } else {
                sb.appendCodePoint(cp);
            }
            i += Character.charCount(cp);
        }
        return sb.toString();
    }

    @TruffleBoundary
    public static String title(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean previousCased = false;
        for (int i = 0; i < s.length();) {
            int cp = s.codePointAt(i);
            if (previousCased) {
                sb.append(lowerAt(s, i, cp));
            } else {
                sb.append(titleOf(cp));
            }
            previousCased = isCased(cp);
            i += Character.charCount(cp);
        }
        return sb.toString();
    }

    /** The lowercase of the character at an offset: capital sigma becomes final sigma at the end of a word. */
    private static String lowerAt(String s, int offset, int cp) {
        if (cp == 0x3a3) {
            return isFinalSigma(s, offset) ? "\u03c2" : "\u03c3";
        }
        return lowerOf(cp);
    }

    private static boolean isCaseIgnorable(int cp) {
        int t = Character.getType(cp);
        return t == Character.NON_SPACING_MARK || t == Character.ENCLOSING_MARK || t == Character.FORMAT || t == Character.MODIFIER_LETTER
                        || t == Character.MODIFIER_SYMBOL || cp == '\'' || cp == '.' || cp == ':' || cp == '^' || cp == '`' || cp == 0xb7 || cp == 0x2019;
    }

    /** Unicode's Final_Sigma condition: a cased letter before (skipping case-ignorables) and none after. */
    private static boolean isFinalSigma(String s, int offset) {
        int i = offset;
        boolean casedBefore = false;
        while (i > 0) {
            int c = s.codePointBefore(i);
            i -= Character.charCount(c);
            if (!isCaseIgnorable(c)) {
                casedBefore = isCased(c);
                break;
            }
        }
        if (!casedBefore) {
            return false;
        }
        i = offset + 1;
        while (i < s.length()) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (!isCaseIgnorable(c)) {
                return !isCased(c);
            }
        }
        return true;
    }

    @TruffleBoundary
    public static String capitalize(String s) {
        if (s.isEmpty()) {
            return s;
        }
        int first = s.codePointAt(0);
        StringBuilder sb = new StringBuilder(s.length()).append(titleOf(first));
        for (int i = Character.charCount(first); i < s.length();) {
            int cp = s.codePointAt(i);
            sb.append(lowerAt(s, i, cp));
            i += Character.charCount(cp);
        }
        return sb.toString();
    }

    // ------------------------------------------------------------------ index arguments

    /** A start/end argument (None or an index) resolved against the length as a slice bound. */
    public static int sliceBound(Object o, int length, int dflt) {
        if (o == PNone.NONE || o == PNone.NO_VALUE) {
            return dflt;
        }
        if (!PyObjectOps.isIndexable(o)) {
            throw PRaise.typeError(null, "slice indices must be integers or None or have an __index__ method");
        }
        Object v = IntOps.index(o);
        long i = v instanceof Long l ? l : (((BigInteger) v).signum() < 0 ? Long.MIN_VALUE / 2 : Long.MAX_VALUE / 2);
        if (i < 0) {
            i += length;
            if (i < 0) {
                i = 0;
            }
        } else if (i > length) {
            i = length;
        }
        return (int) i;
    }

    private static String requireStr(Object o) {
        if (!(o instanceof String s)) {
            throw PRaise.typeError(null, "must be str, not %s", PyObjectOps.typeName(o));
        }
        return s;
    }

    // ------------------------------------------------------------------ searching

    /** find / index: the code point index of the first (or last) occurrence in s[start:end], or -1. */
    @TruffleBoundary
    public static long find(String s, Object subObj, Object startObj, Object endObj, boolean fromRight) {
        String sub = requireStr(subObj);
        int len = Strings.codePointLength(s);
        int start = sliceBound(startObj, len, 0);
        int end = sliceBound(endObj, len, len);
        int subLen = Strings.codePointLength(sub);
        if (startObj != PNone.NONE && startObj != PNone.NO_VALUE && rawStartBeyond(startObj, len)) {
            return -1;
        }
        if (end - start < subLen) {
            return -1;
        }
        int from = Strings.offsetOf(s, start);
        int to = Strings.offsetOf(s, end);
        int r;
        if (fromRight) {
            r = s.lastIndexOf(sub, to - sub.length());
            if (r < from) {
                return -1;
            }
        } else {
            r = s.indexOf(sub, from);
            if (r < 0 || r + sub.length() > to) {
                return -1;
            }
        }
        return Strings.indexOfOffset(s, r);
    }

    /** A start index beyond the end finds nothing, not even the empty string. */
    private static boolean rawStartBeyond(Object startObj, int len) {
        Object v = IntOps.index(startObj);
        return v instanceof Long l ? l > len : ((BigInteger) v).signum() > 0;
    }

    @TruffleBoundary
    public static long count(String s, Object subObj, Object startObj, Object endObj) {
        String sub = requireStr(subObj);
        int len = Strings.codePointLength(s);
        int start = sliceBound(startObj, len, 0);
        int end = sliceBound(endObj, len, len);
        if (startObj != PNone.NONE && startObj != PNone.NO_VALUE && rawStartBeyond(startObj, len)) {
            return 0;
        }
        if (end < start) {
            return 0;
        }
        if (sub.isEmpty()) {
            return end - start + 1;
        }
        int from = Strings.offsetOf(s, start);
        int to = Strings.offsetOf(s, end);
        long n = 0;
        int i = s.indexOf(sub, from);
        while (i >= 0 && i + sub.length() <= to) {
            n++;
            i = s.indexOf(sub, i + sub.length());
        }
        return n;
    }

    /** startswith / endswith with a str or a tuple of str, within s[start:end]. */
    @TruffleBoundary
    public static boolean matches(String s, Object prefix, Object startObj, Object endObj, boolean atEnd) {
        String method = atEnd ? "endswith" : "startswith";
        if (prefix instanceof PTuple t) {
            for (Object o : t.getItems()) {
                if (!(o instanceof String p)) {
                    throw PRaise.typeError(null, "tuple for %s must only contain str, not %s", method, PyObjectOps.typeName(o));
                }
                if (tailMatch(s, p, startObj, endObj, atEnd)) {
                    return true;
                }
            }
            return false;
        }
        if (!(prefix instanceof String p)) {
            throw PRaise.typeError(null, "%s first arg must be str or a tuple of str, not %s", method, PyObjectOps.typeName(prefix));
        }
        return tailMatch(s, p, startObj, endObj, atEnd);
    }

    private static boolean tailMatch(String s, String sub, Object startObj, Object endObj, boolean atEnd) {
        int len = Strings.codePointLength(s);
        int start = sliceBound(startObj, len, 0);
        int end = sliceBound(endObj, len, len);
        if (startObj != PNone.NONE && startObj != PNone.NO_VALUE && rawStartBeyond(startObj, len)) {
            return false;
        }
        int subLen = Strings.codePointLength(sub);
        if (end - start < subLen) {
            return false;
        }
        int from = Strings.offsetOf(s, start);
        int to = Strings.offsetOf(s, end);
        return atEnd ? s.startsWith(sub, to - sub.length()) : s.startsWith(sub, from);
    }

    // ------------------------------------------------------------------ splitting and joining

    private static int maxsplit(Object o) {
        Object v = IntOps.index(o);
        if (v instanceof Long l) {
            return l < 0 || l > Integer.MAX_VALUE ? Integer.MAX_VALUE : (int) (long) l;
        }
        return ((BigInteger) v).signum() < 0 ? Integer.MAX_VALUE : Integer.MAX_VALUE;
    }

    private static String separator(Object sep) {
        if (!(sep instanceof String s)) {
            throw PRaise.typeError(null, "must be str or None, not %s", PyObjectOps.typeName(sep));
        }
        if (s.isEmpty()) {
            throw PRaise.valueError(null, "empty separator");
        }
        return s;
    }

    @TruffleBoundary
    public static PList split(String s, Object sepObj, Object maxsplitObj) {
        int max = maxsplit(maxsplitObj);
        PList out = new PList();
        if (sepObj == PNone.NONE) {
            int n = s.length();
            int i = 0;
            while (true) {
                while (i < n && isSpace(s.codePointAt(i))) {
                    i += Character.charCount(s.codePointAt(i));
                }
                if (i >= n) {
                    break;
                }
                if (max == 0) {
                    out.append(s.substring(i));
                    break;
                }
                int j = i;
                while (j < n && !isSpace(s.codePointAt(j))) {
                    j += Character.charCount(s.codePointAt(j));
                }
                out.append(s.substring(i, j));
                max--;
                i = j;
            }
            return out;
        }
        String sep = separator(sepObj);
        int i = 0;
        while (max > 0) {
            int j = s.indexOf(sep, i);
            if (j < 0) {
                break;
            }
            out.append(s.substring(i, j));
            i = j + sep.length();
            max--;
        }
        out.append(s.substring(i));
        return out;
    }

    @TruffleBoundary
    public static PList rsplit(String s, Object sepObj, Object maxsplitObj) {
        int max = maxsplit(maxsplitObj);
        List<String> parts = new ArrayList<>();
        if (sepObj == PNone.NONE) {
            int i = s.length();
            while (true) {
                while (i > 0 && isSpace(s.codePointBefore(i))) {
                    i -= Character.charCount(s.codePointBefore(i));
                }
                if (i <= 0) {
                    break;
                }
                if (max == 0) {
                    parts.add(s.substring(0, i));
                    break;
                }
                int j = i;
                while (j > 0 && !isSpace(s.codePointBefore(j))) {
                    j -= Character.charCount(s.codePointBefore(j));
                }
                parts.add(s.substring(j, i));
                max--;
                i = j;
            }
        } else {
            String sep = separator(sepObj);
            int end = s.length();
            while (max > 0) {
                int j = end - sep.length() < 0 ? -1 : s.lastIndexOf(sep, end - sep.length());
                if (j < 0) {
                    break;
                }
                parts.add(s.substring(j + sep.length(), end));
                end = j;
                max--;
            }
            parts.add(s.substring(0, end));
        }
        PList out = new PList();
        for (int k = parts.size() - 1; k >= 0; k--) {
            out.append(parts.get(k));
        }
        return out;
    }

    @TruffleBoundary
    public static PList splitlines(String s, boolean keepends) {
        PList out = new PList();
        int n = s.length();
        int i = 0;
        while (i < n) {
            int j = i;
            while (j < n && !isLineBreak(s.charAt(j))) {
                j++;
            }
            int eol = j;
            if (j < n) {
                j += (s.charAt(j) == '\r' && j + 1 < n && s.charAt(j + 1) == '\n') ? 2 : 1;
                if (keepends) {
                    eol = j;
                }
            }
            out.append(s.substring(i, eol));
            i = j;
        }
        return out;
    }

    @TruffleBoundary
    public static PTuple partition(String s, Object sepObj, boolean fromRight) {
        String sep = requireStr(sepObj);
        if (sep.isEmpty()) {
            throw PRaise.valueError(null, "empty separator");
        }
        int i = fromRight ? s.lastIndexOf(sep) : s.indexOf(sep);
        if (i < 0) {
            return fromRight ? PTuple.of("", "", s) : PTuple.of(s, "", "");
        }
        return PTuple.of(s.substring(0, i), sep, s.substring(i + sep.length()));
    }

    @TruffleBoundary
    public static String join(String sep, Object iterable) {
        Object[] items;
        try {
            items = PyObjectOps.toArray(iterable);
        } catch (PException e) {
            if (e.getException().getPythonClass() == BuiltinClasses.TYPE_ERROR && !isIterable(iterable)) {
                throw PRaise.typeError(null, "can only join an iterable");
            }
            throw e;
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < items.length; i++) {
            if (!(PyObjectOps.builtinValue(items[i]) instanceof String item)) {
                throw PRaise.typeError(null, "sequence item %d: expected str instance, %s found", i, PyObjectOps.typeName(items[i]));
            }
            if (i > 0) {
                sb.append(sep);
            }
            sb.append(item);
        }
        return sb.toString();
    }

    private static boolean isIterable(Object o) {
        try {
            PyObjectOps.getIter(o);
            return true;
        } catch (PException e) {
            return false;
        }
    }

    // ------------------------------------------------------------------ stripping, padding, replacing

    /** strip (both sides: which = 0), lstrip (1) or rstrip (2). */
    @TruffleBoundary
    public static String strip(String s, Object chars, int which, String method) {
        int start = 0;
        int end = s.length();
        if (chars == PNone.NONE) {
            if (which != 2) {
                while (start < end && isSpace(s.codePointAt(start))) {
                    start += Character.charCount(s.codePointAt(start));
                }
            }
            if (which != 1) {
                while (end > start && isSpace(s.codePointBefore(end))) {
                    end -= Character.charCount(s.codePointBefore(end));
                }
            }
        } else {
            if (!(chars instanceof String set)) {
                throw PRaise.typeError(null, "%s arg must be None or str", method);
            }
            if (which != 2) {
                while (start < end && set.indexOf(s.codePointAt(start)) >= 0) {
                    start += Character.charCount(s.codePointAt(start));
                }
            }
            if (which != 1) {
                while (end > start && set.indexOf(s.codePointBefore(end)) >= 0) {
                    end -= Character.charCount(s.codePointBefore(end));
                }
            }
        }
        return s.substring(start, end);
    }

    /** The fillchar argument of ljust, rjust and center. */
    public static int fillChar(Object fill) {
        if (!(fill instanceof String f)) {
            throw PRaise.typeError(null, "The fill character must be a unicode character, not %s", PyObjectOps.typeName(fill));
        }
        if (Strings.codePointLength(f) != 1) {
            throw PRaise.typeError(null, "The fill character must be exactly one character long");
        }
        return f.codePointAt(0);
    }

    /** ljust ('<'), rjust ('>') and center ('^'). */
    @TruffleBoundary
    public static String justify(String s, Object widthObj, Object fillObj, char how) {
        long width = PyObjectOps.toIndexValue(widthObj);
        int fill = fillChar(fillObj);
        int len = Strings.codePointLength(s);
        if (width <= len) {
            return s;
        }
        int margin = (int) (width - len);
        int left;
        if (how == '<') {
            left = 0;
        } else if (how == '>') {
            left = margin;
        } else {
            left = margin / 2 + (margin & (int) width & 1);
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < left; i++) {
            sb.appendCodePoint(fill);
        }
        sb.append(s);
        for (int i = 0; i < margin - left; i++) {
            sb.appendCodePoint(fill);
        }
        return sb.toString();
    }

    @TruffleBoundary
    public static String zfill(String s, Object widthObj) {
        long width = PyObjectOps.toIndexValue(widthObj);
        int len = Strings.codePointLength(s);
        if (width <= len) {
            return s;
        }
        String zeros = "0".repeat((int) (width - len));
        if (!s.isEmpty() && (s.charAt(0) == '+' || s.charAt(0) == '-')) {
            return s.charAt(0) + zeros + s.substring(1);
        }
        return zeros + s;
    }

    @TruffleBoundary
    public static String replace(String s, Object oldObj, Object newObj, Object countObj) {
        if (!(oldObj instanceof String old)) {
            throw PRaise.typeError(null, "replace() argument 1 must be str, not %s", PyObjectOps.typeName(oldObj));
        }
        if (!(newObj instanceof String replacement)) {
            throw PRaise.typeError(null, "replace() argument 2 must be str, not %s", PyObjectOps.typeName(newObj));
        }
        long count = PyObjectOps.toIndexValue(countObj);
        if (count < 0) {
            count = Long.MAX_VALUE;
        }
        if (old.isEmpty()) {
            // Insert between the characters (and at both ends) until count runs out.
            StringBuilder sb = new StringBuilder();
            int i = 0;
            while (i <= s.length()) {
                if (count > 0) {
                    sb.append(replacement);
                    count--;
                }
                if (i == s.length()) {
                    break;
                }
                int cp = s.codePointAt(i);
                sb.appendCodePoint(cp);
                i += Character.charCount(cp);
            }
            return sb.toString();
        }
        StringBuilder sb = new StringBuilder();
        int i = 0;
        while (count > 0) {
            int j = s.indexOf(old, i);
            if (j < 0) {
                break;
            }
            sb.append(s, i, j).append(replacement);
            i = j + old.length();
            count--;
        }
        sb.append(s, i, s.length());
        return sb.toString();
    }

    @TruffleBoundary
    public static String expandtabs(String s, Object tabsizeObj) {
        long tabsize = PyObjectOps.toIndexValue(tabsizeObj);
        StringBuilder sb = new StringBuilder();
        long column = 0;
        for (int i = 0; i < s.length();) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '\t') {
                if (tabsize > 0) {
                    long spaces = tabsize - column % tabsize;
                    sb.append(" ".repeat((int) spaces));
                    column += spaces;
                }
            } else {
                sb.appendCodePoint(cp);
                column++;
                if (cp == '\n' || cp == '\r') {
                    column = 0;
                }
            }
        }
        return sb.toString();
    }

    // ------------------------------------------------------------------ translate and encode

    @TruffleBoundary
    public static PDict maketrans(Object x, Object y, Object z) {
        PDict table = new PDict();
        if (y == PNone.NO_VALUE) {
            if (!(x instanceof PDict d)) {
                throw PRaise.typeError(null, "if you give only one argument to maketrans it must be a dict");
            }
            for (Object key : PyObjectOps.toArray(d)) {
                Object value = d.get(key);
                if (key instanceof String k) {
                    if (Strings.codePointLength(k) != 1) {
                        throw PRaise.valueError(null, "string keys in translate table must be of length 1");
                    }
                    table.put((long) k.codePointAt(0), value);
                } else if (Arithmetic.isInt(key)) {
                    table.put(IntOps.index(key), value);
                } else {
                    throw PRaise.typeError(null, "keys in translate table must be strings or integers");
                }
            }
            return table;
        }
        if (!(x instanceof String from)) {
            throw PRaise.typeError(null, "first maketrans argument must be a string if there is a second argument");
        }
        if (!(y instanceof String to)) {
            throw PRaise.typeError(null, "maketrans() argument 2 must be str, not %s", PyObjectOps.typeName(y));
        }
        int[] a = Strings.codePoints(from);
        int[] b = Strings.codePoints(to);
        if (a.length != b.length) {
            throw PRaise.valueError(null, "the first two maketrans arguments must have equal length");
        }
        for (int i = 0; i < a.length; i++) {
            table.put((long) a[i], (long) b[i]);
        }
        if (z != PNone.NO_VALUE) {
            if (!(z instanceof String deleted)) {
                throw PRaise.typeError(null, "maketrans() argument 3 must be str, not %s", PyObjectOps.typeName(z));
            }
            for (int cp : Strings.codePoints(deleted)) {
                table.put((long) cp, PNone.NONE);
            }
        }
        return table;
    }

    @TruffleBoundary
    public static String translate(String s, Object table) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length();) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            Object mapped;
            try {
                mapped = Items.getItem(table, (long) cp);
            } catch (PException e) {
                if (e.getException().getPythonClass().isSubclassOf(BuiltinClasses.LOOKUP_ERROR)) {
                    sb.appendCodePoint(cp);
                    continue;
                }
                throw e;
            }
            if (mapped == PNone.NONE) {
                continue;
            } else if (mapped instanceof String m) {
                sb.append(m);
            } else if (Arithmetic.isInt(mapped)) {
                Object v = IntOps.index(mapped);
                if (!(v instanceof Long l) || l < 0 || l > 0x10ffff) {
                    throw PRaise.valueError(null, "character mapping must be in range(0x110000)");
                }
                sb.appendCodePoint((int) (long) l);
            } else {
                throw PRaise.typeError(null, "character mapping must return integer, None or str");
            }
        }
        return sb.toString();
    }

    /** The canonical name of an encoding Krait supports, or null. */
    public static String normalizeEncoding(String encoding) {
        String e = encoding.toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
        switch (e) {
            case "utf-8", "utf8", "u8", "utf", "cp65001":
                return "utf-8";
            case "ascii", "us-ascii", "646":
                return "ascii";
            case "latin-1", "latin1", "iso-8859-1", "iso8859-1", "8859", "cp819", "l1", "latin":
                return "latin-1";
            default:
                return null;
        }
    }

    @TruffleBoundary
    public static byte[] encode(String s, Object encodingObj, Object errorsObj) {
        if (!(encodingObj instanceof String encodingName)) {
            throw PRaise.typeError(null, "encode() argument 'encoding' must be str, not %s", PyObjectOps.typeName(encodingObj));
        }
        if (!(errorsObj instanceof String errors)) {
            throw PRaise.typeError(null, "encode() argument 'errors' must be str, not %s", PyObjectOps.typeName(errorsObj));
        }
        String encoding = normalizeEncoding(encodingName);
        if (encoding == null) {
            throw PRaise.error(null, BuiltinClasses.LOOKUP_ERROR, "unknown encoding: %s", encodingName);
        }
        int limit = encoding.equals("ascii") ? 128 : encoding.equals("latin-1") ? 256 : 0x110000;
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(s.length());
        int position = 0;
        for (int i = 0; i < s.length(); position++) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            boolean surrogate = cp >= 0xd800 && cp <= 0xdfff;
            if (cp < limit && !surrogate) {
                if (limit == 0x110000) {
                    byte[] b = Strings.fromCodePoint(cp).getBytes(StandardCharsets.UTF_8);
                    out.write(b, 0, b.length);
                } else {
                    out.write(cp);
                }
                continue;
            }
            switch (errors) {
                case "ignore":
                    break;
                case "replace":
                    out.write('?');
                    break;
                case "backslashreplace":
                    byte[] esc = BuiltinEscapes.backslash(cp).getBytes(StandardCharsets.US_ASCII);
                    out.write(esc, 0, esc.length);
                    break;
                case "xmlcharrefreplace":
                    byte[] ref = ("&#" + cp + ";").getBytes(StandardCharsets.US_ASCII);
                    out.write(ref, 0, ref.length);
                    break;
                default:
                    String reason = limit == 0x110000 ? "surrogates not allowed" : "ordinal not in range(" + limit + ")";
                    throw encodeError(encoding, s, position, reason);
            }
        }
        return out.toByteArray();
    }

    private static PException encodeError(String encoding, String s, int position, String reason) {
        int cp = s.codePointAt(Strings.offsetOf(s, position));
        String message = String.format("'%s' codec can't encode character '%s' in position %d: %s", encoding, BuiltinEscapes.backslash(cp), position, reason);
        PBaseException exc = new PBaseException(BuiltinClasses.UNICODE_ENCODE_ERROR, PTuple.of(message));
        return PRaise.raise(exc, null);
    }

    /** Escapes used in messages and by errors='backslashreplace'. */
    static final class BuiltinEscapes {
        private BuiltinEscapes() {
        }

        static String backslash(int cp) {
            if (cp <= 0xff) {
                return String.format("\\x%02x", cp);
            } else if (cp <= 0xffff) {
                return String.format("\\u%04x", cp);
            }
            return String.format("\\U%08x", cp);
        }
    }

    /** bytes.decode / str(bytes, encoding). */
    @TruffleBoundary
    public static String decode(byte[] bytes, Object encodingObj, Object errorsObj) {
        String encodingName = encodingObj instanceof String e ? e : "utf-8";
        String errors = errorsObj instanceof String e ? e : "strict";
        String encoding = normalizeEncoding(encodingName);
        if (encoding == null) {
            throw PRaise.error(null, BuiltinClasses.LOOKUP_ERROR, "unknown encoding: %s", encodingName);
        }
        if (encoding.equals("latin-1")) {
            return new String(bytes, StandardCharsets.ISO_8859_1);
        }
        if (encoding.equals("ascii")) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < bytes.length; i++) {
                int b = bytes[i] & 0xff;
                if (b < 128) {
                    sb.append((char) b);
                } else if (errors.equals("replace")) {
                    sb.append('\ufffd');
                } else if (!errors.equals("ignore")) {
                    throw decodeError("ascii", bytes, i, i + 1, "ordinal not in range(128)");
                }
            }
            return sb.toString();
        }
        return decodeUtf8(bytes, errors);
    }

    /** UTF-8 with CPython's error positions: a bad sequence spans its start byte and the valid continuations after it. */
    private static String decodeUtf8(byte[] bytes, String errors) {
        StringBuilder sb = new StringBuilder(bytes.length);
        int n = bytes.length;
        int i = 0;
        while (i < n) {
            int b = bytes[i] & 0xff;
            if (b < 0x80) {
                sb.append((char) b);
                i++;
                continue;
            }
            int needed;
            int low = 0x80;
            int high = 0xbf;
            if (b >= 0xc2 && b <= 0xdf) {
                needed = 1;
            } else if (b >= 0xe0 && b <= 0xef) {
                needed = 2;
                low = b == 0xe0 ? 0xa0 : 0x80;
                high = b == 0xed ? 0x9f : 0xbf;
            } else if (b >= 0xf0 && b <= 0xf4) {
                needed = 3;
                low = b == 0xf0 ? 0x90 : 0x80;
                high = b == 0xf4 ? 0x8f : 0xbf;
            } else {
                i = decodeFailure(sb, bytes, i, i + 1, "invalid start byte", errors);
                continue;
            }
            int valid = 0;
            int cp = b & (0x3f >> needed);
            while (valid < needed && i + 1 + valid < n) {
                int c = bytes[i + 1 + valid] & 0xff;
                boolean ok = valid == 0 ? (c >= low && c <= high) : (c >= 0x80 && c <= 0xbf);
                if (!ok) {
                    break;
                }
                cp = (cp << 6) | (c & 0x3f);
                valid++;
            }
            if (valid == needed) {
                sb.appendCodePoint(cp);
                i += 1 + needed;
            } else if (i + 1 + valid == n) {
                i = decodeFailure(sb, bytes, i, n, "unexpected end of data", errors);
            } else {
                i = decodeFailure(sb, bytes, i, i + 1 + valid, "invalid continuation byte", errors);
            }
        }
        return sb.toString();
    }

    /** Applies the error handler to bytes [start, end); returns where decoding resumes. */
    private static int decodeFailure(StringBuilder sb, byte[] bytes, int start, int end, String reason, String errors) {
        switch (errors) {
            case "ignore":
                return end;
            case "replace":
                sb.append('\ufffd');
                return end;
            case "backslashreplace":
                for (int k = start; k < end; k++) {
                    sb.append(String.format("\\x%02x", bytes[k] & 0xff));
                }
                return end;
            case "surrogateescape":
                for (int k = start; k < end; k++) {
                    sb.append((char) (0xdc00 + (bytes[k] & 0xff)));
                }
                return end;
            default:
                throw decodeError("utf-8", bytes, start, end, reason);
        }
    }

    private static PException decodeError(String encoding, byte[] bytes, int start, int end, String reason) {
        String message = end - start == 1
                        ? String.format("'%s' codec can't decode byte 0x%02x in position %d: %s", encoding, bytes[start] & 0xff, start, reason)
                        : String.format("'%s' codec can't decode bytes in position %d-%d: %s", encoding, start, end - 1, reason);
        return PRaise.raise(new PBaseException(BuiltinClasses.UNICODE_DECODE_ERROR, PTuple.of(message)), null);
    }
}
