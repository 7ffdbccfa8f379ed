package dev.krait.ops;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.krait.runtime.BuiltinClasses;
import dev.krait.runtime.PRaise;

/** Integer and rounding helpers behind builtins such as bin(), pow(), round() and the int methods. */
public final class IntOps {
    private IntOps() {
    }

    /** operator.index(o) as a Python int (Long or BigInteger): ints, bools, or __index__ of user classes. */
    @TruffleBoundary
    public static Object index(Object o) {
        if (o instanceof Long || o instanceof BigInteger) {
            return o;
        } else if (o instanceof Boolean b) {
            return b ? 1L : 0L;
        }
        Object special = SpecialMethods.callIfDefined(o, "__index__");
        if (special != null) {
            if (!Arithmetic.isInt(special)) {
                throw PRaise.typeError(null, "__index__ returned non-int (type %s)", PyObjectOps.typeName(special));
            }
            return index(special);
        }
        throw PRaise.typeError(null, "'%s' object cannot be interpreted as an integer", PyObjectOps.typeName(o));
    }

    /** The int as a BigInteger (for Long, Boolean or BigInteger). */
    public static BigInteger big(Object intValue) {
        return Arithmetic.big(intValue);
    }

    /** bin(), oct() and hex(): the digits in the base with a sign and the 0b/0o/0x prefix. */
    @TruffleBoundary
    public static String toBase(Object intValue, int radix, String prefix) {
        BigInteger v = big(intValue);
        String digits = v.abs().toString(radix);
        return (v.signum() < 0 ? "-" : "") + prefix + digits;
    }

    /** pow(base, exp, mod) for ints, including the modular inverse for a negative exponent. */
    @TruffleBoundary
    public static Object powMod(Object base, Object exp, Object mod) {
        BigInteger b = big(base);
        BigInteger e = big(exp);
        BigInteger m = big(mod);
        if (m.signum() == 0) {
            throw PRaise.valueError(null, "pow() 3rd argument cannot be 0");
        }
        BigInteger absMod = m.abs();
        if (absMod.equals(BigInteger.ONE)) {
            return 0L;
        }
        if (e.signum() < 0) {
            try {
                b = b.modInverse(absMod);
            } catch (ArithmeticException notInvertible) {
                throw PRaise.valueError(null, "base is not invertible for the given modulus");
            }
            e = e.negate();
        }
        BigInteger r = b.modPow(e, absMod);
        // Python's result takes the sign of the modulus.
        if (m.signum() < 0 && r.signum() != 0) {
            r = r.add(m);
        }
        return Arithmetic.normalize(r);
    }

    /** round(int, ndigits): rounds to a multiple of 10**-ndigits, halves to even. */
    @TruffleBoundary
    public static Object roundInt(Object value, Object ndigits) {
        BigInteger n = big(ndigits);
        if (n.signum() >= 0) {
            return value instanceof Boolean b ? (Object) (b ? 1L : 0L) : value;
        }
        if (n.compareTo(BigInteger.valueOf(-10000)) < 0) {
            return 0L;
        }
        BigInteger pow = BigInteger.TEN.pow(n.negate().intValue());
        BigInteger v = big(value);
        BigInteger[] qr = v.divideAndRemainder(pow);
        BigInteger q = qr[0];
        BigInteger r = qr[1];
        // Floor division semantics first, as CPython does.
        if (r.signum() < 0) {
            q = q.subtract(BigInteger.ONE);
            r = r.add(pow);
        }
        int c = r.shiftLeft(1).compareTo(pow);
        if (c > 0 || (c == 0 && q.testBit(0))) {
            q = q.add(BigInteger.ONE);
        }
        return Arithmetic.normalize(q.multiply(pow));
    }

    /** round(float) with no digits: the nearest int, halves to even. */
    @TruffleBoundary
    public static Object roundFloatToInt(double x) {
        double r = Math.rint(x);
        return Arithmetic.floatToInt(r);
    }

    /** round(float, ndigits): the exact binary value rounded half-even to ndigits decimals, back to the nearest float. */
    @TruffleBoundary
    public static double roundFloat(double x, long ndigits) {
        if (Double.isNaN(x) || Double.isInfinite(x) || x == 0) {
            return x;
        }
        if (ndigits > 323) {
            return x;
        }
        if (ndigits < -308) {
            return 0.0 * x;
        }
        BigDecimal rounded = new BigDecimal(x).setScale((int) ndigits, RoundingMode.HALF_EVEN);
        double r = rounded.doubleValue();
        if (Double.isInfinite(r)) {
            throw PRaise.error(null, BuiltinClasses.OVERFLOW_ERROR, "rounded value too large to represent");
        }
        if (r == 0) {
            return Math.copySign(0.0, x);
        }
        return r;
    }

    @TruffleBoundary
    public static long bitLength(Object intValue) {
        if (intValue instanceof Long l) {
            long a = l == Long.MIN_VALUE ? l : Math.abs(l);
            return l == Long.MIN_VALUE ? 64 : 64 - Long.numberOfLeadingZeros(a);
        } else if (intValue instanceof Boolean b) {
            return b ? 1 : 0;
        }
        return ((BigInteger) intValue).abs().bitLength();
    }

    @TruffleBoundary
    public static long bitCount(Object intValue) {
        if (intValue instanceof Long l) {
            return l == Long.MIN_VALUE ? 1 : Long.bitCount(Math.abs(l));
        } else if (intValue instanceof Boolean b) {
            return b ? 1 : 0;
        }
        return ((BigInteger) intValue).abs().bitCount();
    }

    /** int.to_bytes(length, byteorder, signed=...). */
    @TruffleBoundary
    public static byte[] toBytes(Object intValue, long length, String byteorder, boolean signed) {
        boolean little = parseByteOrder(byteorder);
        if (length < 0) {
            throw PRaise.valueError(null, "length argument must be non-negative");
        }
        BigInteger v = big(intValue);
        if (!signed && v.signum() < 0) {
            throw PRaise.error(null, BuiltinClasses.OVERFLOW_ERROR, "can't convert negative int to unsigned");
        }
        int bits = signed ? v.bitLength() + 1 : v.bitLength();
        if (v.signum() == 0) {
            bits = 0;
        }
        if (bits > length * 8) {
            throw PRaise.error(null, BuiltinClasses.OVERFLOW_ERROR, "int too big to convert");
        }
        if (length > Integer.MAX_VALUE - 16) {
            throw PRaise.memoryError();
        }
        byte[] out = new byte[(int) length];
        byte[] twos = v.toByteArray(); // big-endian two's complement, minimal
        byte fill = (byte) (v.signum() < 0 ? 0xff : 0);
        for (int i = 0; i < length; i++) {
            int src = twos.length - 1 - i;
            byte b = src >= 0 ? twos[src] : fill;
            out[little ? i : (int) length - 1 - i] = b;
        }
        return out;
    }

    /** int.from_bytes(bytes, byteorder, signed=...). */
    @TruffleBoundary
    public static Object fromBytes(byte[] bytes, String byteorder, boolean signed) {
        boolean little = parseByteOrder(byteorder);
        byte[] bigEndian = new byte[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            bigEndian[i] = little ? bytes[bytes.length - 1 - i] : bytes[i];
        }
        if (bigEndian.length == 0) {
            return 0L;
        }
        BigInteger v = signed ? new BigInteger(bigEndian) : new BigInteger(1, bigEndian);
        return Arithmetic.normalize(v);
    }

    private static boolean parseByteOrder(String byteorder) {
        if (byteorder.equals("little")) {
            return true;
        } else if (byteorder.equals("big")) {
            return false;
        }
        throw PRaise.valueError(null, "byteorder must be either 'little' or 'big'");
    }
}
