package dev.krait.ops;

import java.math.BigInteger;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.krait.runtime.KraitContext;
import dev.krait.runtime.PRaise;

/**
 * CPython 3.11's limit on conversions between int and decimal str (CVE-2020-10735): 4300 digits by default, changed
 * with {@code sys.set_int_max_str_digits} (0: no limit). Conversions in bases that are powers of two are not limited.
 */
public final class IntStrLimit {
    public static final int DEFAULT_MAX_DIGITS = 4300;
    /** The smallest limit sys.set_int_max_str_digits accepts besides 0. */
    public static final int MIN_MAX_DIGITS = 640;

    /** Fewer than 640 decimal digits: within every limit, so the context's limit need not be looked up. */
    private static final int ALWAYS_CONVERTED_BITS = 2000;
    private static final double LOG10_2 = Math.log10(2);

    private IntStrLimit() {
    }

    /** The decimal digits of {@code v} (with its sign), or ValueError when there are more than the limit. */
    @TruffleBoundary
    public static String toDecimal(BigInteger v) {
        if (v.bitLength() <= ALWAYS_CONVERTED_BITS) {
            return v.toString();
        }
        int limit = KraitContext.get(null).intMaxStrDigits;
        // bitLength * log10(2) is within one of the digit count: only numbers near the limit are converted to check.
        if (limit > 0 && v.bitLength() * LOG10_2 > limit + 1) {
            throw tooManyDigits(limit);
        }
        String text = v.toString();
        if (limit > 0 && text.length() - (v.signum() < 0 ? 1 : 0) > limit) {
            throw tooManyDigits(limit);
        }
        return text;
    }

    /** ValueError when a str of {@code digits} digits in {@code base} may not become an int. */
    @TruffleBoundary
    public static void checkParse(int digits, int base) {
        if (digits <= MIN_MAX_DIGITS) {
            return;
        }
        int limit = KraitContext.get(null).intMaxStrDigits;
        if (limit > 0 && digits > limit && Integer.bitCount(base) != 1) {
            throw PRaise.valueError(null, "Exceeds the limit (%d digits) for integer string conversion: value has %d digits; use sys.set_int_max_str_digits() to increase the limit",
                            limit, digits);
        }
    }

    private static RuntimeException tooManyDigits(int limit) {
        return PRaise.valueError(null, "Exceeds the limit (%d digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit", limit);
    }
}
