package dev.krait.runtime;

import java.math.BigInteger;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.krait.ops.PyObjectOps;

/** Python's hash() and key equality for the builtin types, with CPython's numbers (hash(n) = n mod 2**61-1). */
public final class Hashing {
    private Hashing() {
    }

    public static final long MODULUS = (1L << 61) - 1;
    private static final BigInteger BIG_MODULUS = BigInteger.valueOf(MODULUS);

    private static final long MIN_LONG_HASH = hashBig(BigInteger.valueOf(Long.MIN_VALUE));

    public static long hashLong(long n) {
        if (n == Long.MIN_VALUE) {
            return MIN_LONG_HASH;
        }
        long h = n >= 0 ? n % MODULUS : -((-n) % MODULUS);
        return h == -1 ? -2 : h;
    }

    @TruffleBoundary
    public static long hashBig(BigInteger n) {
        long h = n.abs().mod(BIG_MODULUS).longValue();
        if (n.signum() < 0) {
            h = -h;
        }
        return h == -1 ? -2 : h;
    }

    public static long hashDouble(double v) {
        if (Double.isInfinite(v)) {
            return v > 0 ? 314159 : -314159;
        }
        if (Double.isNaN(v)) {
            return 0;
        }
        if (v == Math.rint(v) && Math.abs(v) < 9.2e18) {
            return hashLong((long) v);
        }
        return hashFraction(v);
    }

    @TruffleBoundary
    private static long hashFraction(double v) {
        int e = Math.getExponent(v) + 1;
        double m = v / Math.scalb(1.0, e);
        if (Math.getExponent(v) < Double.MIN_EXPONENT) {
            // Subnormal: frexp by scaling up first.
            double scaled = v * 0x1p54;
            e = Math.getExponent(scaled) + 1;
            m = scaled / Math.scalb(1.0, e);
            e -= 54;
        }
        long sign = 1;
        if (m < 0) {
            sign = -1;
            m = -m;
        }
        long x = 0;
        while (m != 0) {
            x = ((x << 28) & MODULUS) | x >>> (61 - 28);
            m *= 268435456.0;
            e -= 28;
            long y = (long) m;
            m -= y;
            x += y;
            if (x >= MODULUS) {
                x -= MODULUS;
            }
        }
        e = e >= 0 ? e % 61 : 61 - 1 - ((-1 - e) % 61);
        x = ((x << e) & MODULUS) | x >>> (61 - e);
        x = x * sign;
        return x == -1 ? -2 : x;
    }

    public static long hashString(String s) {
        long h = s.hashCode();
        return h == -1 ? -2 : h;
    }

    private static final long XXPRIME_1 = 0x9E3779B185EBCA87L;
    private static final long XXPRIME_2 = 0xC2B2AE3D27D4EB4FL;
    private static final long XXPRIME_5 = 0x27D4EB2F165667C5L;

    /** CPython's tuple hash (xxHash-based), given the element hashes. */
    public static long hashTupleOf(long[] elementHashes) {
        long acc = XXPRIME_5;
        for (long lane : elementHashes) {
            acc += lane * XXPRIME_2;
            acc = Long.rotateLeft(acc, 31);
            acc *= XXPRIME_1;
        }
        acc += elementHashes.length ^ (XXPRIME_5 ^ 3527539L);
        return acc == -1 ? 1546275796 : acc;
    }

    /** hash(x) for any value; raises TypeError for unhashable ones. */
    public static long hash(Object key) {
        if (key instanceof String s) {
            return hashString(s);
        } else if (key instanceof Long l) {
            return hashLong(l);
        } else if (key instanceof Boolean b) {
            return b ? 1 : 0;
        } else if (key instanceof Double d) {
            return hashDouble(d);
        } else if (key instanceof BigInteger b) {
            return hashBig(b);
        }
        return PyObjectOps.hashGeneric(key);
    }

    /** Key equality as dicts and sets use it: identity first, then ==. */
    public static boolean keysEqual(Object a, Object b) {
        if (a == b) {
            return true;
        }
        if (a instanceof String sa && b instanceof String sb) {
            return sa.equals(sb);
        }
        if (a instanceof Long la && b instanceof Long lb) {
            return la.longValue() == lb.longValue();
        }
        return PyObjectOps.equalsGeneric(a, b);
    }
}
