package dev.krait.ops;

import java.math.BigDecimal;
import java.math.BigInteger;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.krait.ast.Operator;
import dev.krait.runtime.BuiltinClasses;
import dev.krait.runtime.PList;
import dev.krait.runtime.PNotImplemented;
import dev.krait.runtime.PRaise;
import dev.krait.runtime.PTuple;

/**
 * The generic semantics of Python's numeric and sequence operators for the builtin types: ints (Long, BigInteger,
 * Boolean), floats (Double), str, list and tuple. The operator nodes have fast paths for the common cases and fall
 * back to these methods; they return {@link PNotImplemented#INSTANCE} when no builtin type handles the operands, so
 * that special methods of user classes can be tried next.
 */
public final class Arithmetic {
    private Arithmetic() {
    }

    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    public static boolean isInt(Object o) {
        return o instanceof Long || o instanceof Boolean || o instanceof BigInteger;
    }

    public static boolean isNumber(Object o) {
        return isInt(o) || o instanceof Double;
    }

    /** A BigInteger result as a Python int: a long when it fits. */
    @TruffleBoundary
    public static Object normalize(BigInteger b) {
        if (b.bitLength() < 64) {
            return b.longValue();
        }
        return b;
    }

    @TruffleBoundary
    public static BigInteger big(Object intValue) {
        if (intValue instanceof Long l) {
            return BigInteger.valueOf(l);
        } else if (intValue instanceof Boolean b) {
            return b ? BigInteger.ONE : BigInteger.ZERO;
        }
        return (BigInteger) intValue;
    }

    /** The int as a long; only for values known to fit (Long or Boolean). */
    public static long asLong(Object intValue) {
        if (intValue instanceof Long l) {
            return l;
        }
        return ((Boolean) intValue) ? 1 : 0;
    }

    static boolean fitsLong(Object intValue) {
        return intValue instanceof Long || intValue instanceof Boolean;
    }

    @TruffleBoundary
    public static double toDouble(Object number) {
        if (number instanceof Double d) {
            return d;
        } else if (number instanceof Long l) {
            return l;
        } else if (number instanceof Boolean b) {
            return b ? 1 : 0;
        }
        double d = ((BigInteger) number).doubleValue();
        if (Double.isInfinite(d)) {
            throw PRaise.error(null, BuiltinClasses.OVERFLOW_ERROR, "int too large to convert to float");
        }
        return d;
    }

    // ------------------------------------------------------------------ binary operators

    @TruffleBoundary
    public static Object binary(Operator op, Object left, Object right) {
        Object a = PyObjectOps.builtinValue(left);
        Object b = PyObjectOps.builtinValue(right);
        if (a instanceof byte[] x && b instanceof byte[] y && op == Operator.ADD) {
            byte[] joined = java.util.Arrays.copyOf(x, x.length + y.length);
            System.arraycopy(y, 0, joined, x.length, y.length);
            return left instanceof dev.krait.runtime.PByteArray ? new dev.krait.runtime.PByteArray(joined) : joined;
        }
        if (isInt(a) && isInt(b)) {
            return intBinary(op, a, b);
        }
        if (isNumber(a) && isNumber(b)) {
            return floatBinary(op, toDouble(a), toDouble(b));
        }
        Object result = sequenceBinary(op, a, b);
        if (result instanceof byte[] bytes && op == Operator.MUL
                        && (left instanceof dev.krait.runtime.PByteArray || right instanceof dev.krait.runtime.PByteArray)) {
            return new dev.krait.runtime.PByteArray(bytes); // a bytearray repeated is a new bytearray
        }
        return result;
    }

    @TruffleBoundary
    public static Object intBinary(Operator op, Object a, Object b) {
        if (a instanceof Boolean x && b instanceof Boolean y) {
            switch (op) {
                case BITAND:
                    return x & y;
                case BITOR:
                    return x | y;
                case BITXOR:
                    return x ^ y;
                default:
                    break;
            }
        }
        if (fitsLong(a) && fitsLong(b)) {
            long x = asLong(a);
            long y = asLong(b);
            try {
                switch (op) {
                    case ADD:
                        return Math.addExact(x, y);
                    case SUB:
                        return Math.subtractExact(x, y);
                    case MUL:
                        return Math.multiplyExact(x, y);
                    case FLOORDIV:
                        if (y == 0) {
                            throw PRaise.zeroDivision(null, "integer division or modulo by zero");
                        }
                        if (x == Long.MIN_VALUE && y == -1) {
                            break;
                        }
                        return Math.floorDiv(x, y);
                    case MOD:
                        if (y == 0) {
                            throw PRaise.zeroDivision(null, "integer modulo by zero");
                        }
                        return Math.floorMod(x, y);
                    case TRUEDIV:
                        return trueDivide(x, y);
                    case BITAND:
                        return x & y;
                    case BITOR:
                        return x | y;
                    case BITXOR:
                        return x ^ y;
                    case LSHIFT:
                        if (y < 0) {
                            throw PRaise.valueError(null, "negative shift count");
                        }
                        if (y < 63 && x == ((x << y) >> y)) {
                            return x << y;
                        }
                        break;
                    case RSHIFT:
                        if (y < 0) {
                            throw PRaise.valueError(null, "negative shift count");
                        }
                        return x >> Math.min(y, 63);
                    case POW:
                        return pow(x, y);
                    default:
                        return PNotImplemented.INSTANCE;
                }
            } catch (ArithmeticException overflow) {
                // fall through to BigInteger
            }
        }
        return bigBinary(op, big(a), big(b));
    }

    private static Object bigBinary(Operator op, BigInteger x, BigInteger y) {
        switch (op) {
            case ADD:
                return normalize(x.add(y));
            case SUB:
                return normalize(x.subtract(y));
            case MUL:
                return normalize(x.multiply(y));
            case FLOORDIV: {
                if (y.signum() == 0) {
                    throw PRaise.zeroDivision(null, "integer division or modulo by zero");
                }
                return normalize(floorDiv(x, y));
            }
            case MOD: {
                if (y.signum() == 0) {
                    throw PRaise.zeroDivision(null, "integer modulo by zero");
                }
                return normalize(x.subtract(floorDiv(x, y).multiply(y)));
            }
            case TRUEDIV:
                return trueDivide(x, y);
            case BITAND:
                return normalize(x.and(y));
            case BITOR:
                return normalize(x.or(y));
            case BITXOR:
                return normalize(x.xor(y));
            case LSHIFT:
                if (y.signum() < 0) {
                    throw PRaise.valueError(null, "negative shift count");
                }
                if (y.bitLength() > 31) {
                    throw PRaise.error(null, BuiltinClasses.OVERFLOW_ERROR, "too many digits in integer");
                }
                return normalize(x.shiftLeft(y.intValue()));
            case RSHIFT:
                if (y.signum() < 0) {
                    throw PRaise.valueError(null, "negative shift count");
                }
                if (y.bitLength() > 31) {
                    return x.signum() < 0 ? -1L : 0L;
                }
                return normalize(x.shiftRight(y.intValue()));
            case POW:
                return bigPow(x, y);
            default:
                return PNotImplemented.INSTANCE;
        }
    }

    public static BigInteger floorDiv(BigInteger x, BigInteger y) {
        BigInteger[] qr = x.divideAndRemainder(y);
        if (qr[1].signum() != 0 && (qr[1].signum() != y.signum())) {
            return qr[0].subtract(BigInteger.ONE);
        }
        return qr[0];
    }

    private static Object pow(long x, long y) {
        if (y < 0) {
            if (x == 0) {
                throw PRaise.zeroDivision(null, "0.0 cannot be raised to a negative power");
            }
            return Math.pow(x, y);
        }
        long result = 1;
        long base = x;
        long e = y;
        while (e > 0) {
            if ((e & 1) != 0) {
                result = Math.multiplyExact(result, base);
            }
            e >>= 1;
            if (e > 0) {
                base = Math.multiplyExact(base, base);
            }
        }
        return result;
    }

    private static Object bigPow(BigInteger x, BigInteger y) {
        if (y.signum() < 0) {
            if (x.signum() == 0) {
                throw PRaise.zeroDivision(null, "0.0 cannot be raised to a negative power");
            }
            return Math.pow(toDouble(normalize(x)), toDouble(normalize(y)));
        }
        if (x.equals(BigInteger.ONE) || x.signum() == 0) {
            return normalize(x);
        }
        if (x.equals(BigInteger.ONE.negate())) {
            return y.testBit(0) ? -1L : 1L;
        }
        if (y.bitLength() > 31) {
            throw PRaise.memoryError();
        }
        return normalize(x.pow(y.intValue()));
    }

    /** int / int: correctly rounded like CPython. */
    private static double trueDivide(long x, long y) {
        if (y == 0) {
            throw PRaise.zeroDivision(null, "division by zero");
        }
        if (Math.abs(x) < (1L << 53) && Math.abs(y) < (1L << 53)) {
            return (double) x / (double) y;
        }
        return trueDivide(BigInteger.valueOf(x), BigInteger.valueOf(y));
    }

    private static double trueDivide(BigInteger x, BigInteger y) {
        if (y.signum() == 0) {
            throw PRaise.zeroDivision(null, "division by zero");
        }
        double result = new BigDecimal(x).divide(new BigDecimal(y), java.math.MathContext.DECIMAL128).doubleValue();
        if (Double.isInfinite(result)) {
            throw PRaise.error(null, BuiltinClasses.OVERFLOW_ERROR, "integer division result too large for a float");
        }
        return result;
    }

    @TruffleBoundary
    public static Object floatBinary(Operator op, double x, double y) {
        switch (op) {
            case ADD:
                return x + y;
            case SUB:
                return x - y;
            case MUL:
                return x * y;
            case TRUEDIV:
                if (y == 0) {
                    throw PRaise.zeroDivision(null, "float division by zero");
                }
                return x / y;
            case FLOORDIV:
                if (y == 0) {
                    throw PRaise.zeroDivision(null, "float floor division by zero");
                }
                return floatDivmod(x, y)[0];
            case MOD:
                if (y == 0) {
                    throw PRaise.zeroDivision(null, "float modulo");
                }
                return floatMod(x, y);
            case POW:
                return floatPow(x, y);
            default:
                return PNotImplemented.INSTANCE;
        }
    }

    public static double floatMod(double x, double y) {
        double mod = x % y;
        if (mod != 0) {
            if ((y < 0) != (mod < 0)) {
                mod += y;
            }
        } else {
            mod = Math.copySign(0.0, y);
        }
        return mod;
    }

    /** CPython's float_divmod: {floor quotient, remainder}. */
    public static double[] floatDivmod(double vx, double wx) {
        double mod = vx % wx;
        double div = (vx - mod) / wx;
        if (mod != 0) {
            if ((wx < 0) != (mod < 0)) {
                mod += wx;
                div -= 1.0;
            }
        } else {
            mod = Math.copySign(0.0, wx);
        }
        double floordiv;
        if (div != 0) {
            floordiv = Math.floor(div);
            if (div - floordiv > 0.5) {
                floordiv += 1.0;
            }
        } else {
            floordiv = Math.copySign(0.0, vx / wx);
        }
        return new double[]{floordiv, mod};
    }

    public static double floatPow(double x, double y) {
        if (x == 0 && y < 0) {
            throw PRaise.zeroDivision(null, "0.0 cannot be raised to a negative power");
        }
        if (x < 0 && y != Math.rint(y) && !Double.isInfinite(y)) {
            throw PRaise.valueError(null, "complex numbers are not supported by Krait: negative number raised to a fractional power");
        }
        double r = Math.pow(x, y);
        if (Double.isInfinite(r) && !Double.isInfinite(x) && !Double.isInfinite(y)) {
            throw PRaise.error(null, BuiltinClasses.OVERFLOW_ERROR, "(34, 'Numerical result out of range')");
        }
        return r;
    }

    private static Object sequenceBinary(Operator op, Object a, Object b) {
        if (a instanceof dev.krait.runtime.PSet x && b instanceof dev.krait.runtime.PSet y) {
            return SetOps.binary(op, x, y);
        }
        if (op == Operator.BITOR && a instanceof dev.krait.runtime.PDict x && b instanceof dev.krait.runtime.PDict y) {
            dev.krait.runtime.DictStorage merged = x.getStorage().copy();
            dev.krait.runtime.DictStorage ys = y.getStorage();
            for (int p = 0; p < ys.limit(); p++) {
                if (ys.keyAt(p) != null) {
                    merged.put(ys.keyAt(p), ys.hashAt(p), ys.valueAt(p));
                }
            }
            return new dev.krait.runtime.PDict(merged);
        }
        switch (op) {
            case ADD:
                if (a instanceof String x && b instanceof String y) {
                    return x.concat(y);
                }
                if (a instanceof PList x && b instanceof PList y) {
                    PList r = new PList(new Object[x.size() + y.size() + 4], 0);
                    r.addAll(x);
                    r.addAll(y);
                    return r;
                }
                if (a instanceof PTuple x && b instanceof PTuple y) {
                    Object[] items = new Object[x.size() + y.size()];
                    System.arraycopy(x.getItems(), 0, items, 0, x.size());
                    System.arraycopy(y.getItems(), 0, items, x.size(), y.size());
                    return new PTuple(items);
                }
                return PNotImplemented.INSTANCE;
            case MUL:
                if (isSequence(a) && PyObjectOps.isIndexable(b)) {
                    return repeat(a, indexAsInt(b));
                }
                if (isSequence(b) && PyObjectOps.isIndexable(a)) {
                    return repeat(b, indexAsInt(a));
                }
                return PNotImplemented.INSTANCE;
            case MOD:
                if (a instanceof String template) {
                    return PercentFormat.format(template, b);
                }
                return PNotImplemented.INSTANCE;
            default:
                return PNotImplemented.INSTANCE;
        }
    }

    private static boolean isSequence(Object o) {
        return o instanceof String || o instanceof PList || o instanceof PTuple || o instanceof byte[];
    }

    /** A repeat count: ints as they are, other values through __index__. */
    private static Object indexAsInt(Object o) {
        return isInt(o) ? o : (Object) PyObjectOps.toIndexValue(o);
    }

    private static Object repeat(Object seq, Object count) {
        if (!fitsLong(count)) {
            throw PRaise.error(null, BuiltinClasses.OVERFLOW_ERROR, "cannot fit 'int' into an index-sized integer");
        }
        long n = Math.max(0, asLong(count));
        if (seq instanceof String s) {
            // Compared by division: n * length may not fit a long.
            if (s.length() > 0 && n > Long.MAX_VALUE / s.length()) {
                throw PRaise.error(null, BuiltinClasses.OVERFLOW_ERROR, "repeated string is too long");
            }
            if (n * s.length() > Integer.MAX_VALUE - 16) {
                throw PRaise.memoryError();
            }
            return s.repeat((int) n);
        }
        if (seq instanceof byte[] bytes) {
            if (bytes.length > 0 && n > (Integer.MAX_VALUE - 16) / bytes.length) {
                throw PRaise.memoryError();
            }
            byte[] result = new byte[(int) (n * bytes.length)];
            for (int i = 0; i < n; i++) {
                System.arraycopy(bytes, 0, result, i * bytes.length, bytes.length);
            }
            return result;
        }
        Object[] items = seq instanceof PList l ? l.toArray() : ((PTuple) seq).getItems();
        if (items.length > 0 && n > (Integer.MAX_VALUE - 16) / items.length) {
            throw PRaise.memoryError();
        }
        if (seq instanceof PList && items.length == 1) {
            return PList.filled(items[0], (int) n); // [0] * n: a primitive store without boxing each element
        }
        Object[] result = new Object[(int) (n * items.length)];
        for (int i = 0; i < n; i++) {
            System.arraycopy(items, 0, result, i * items.length, items.length);
        }
        return seq instanceof PList ? new PList(result) : new PTuple(result);
    }

    // ------------------------------------------------------------------ unary operators

    @TruffleBoundary
    public static Object negate(Object operand) {
        Object a = PyObjectOps.builtinValue(operand);
        if (a instanceof Long l) {
            return l == Long.MIN_VALUE ? BigInteger.valueOf(l).negate() : (Object) (-l);
        } else if (a instanceof Boolean b) {
            return b ? -1L : 0L;
        } else if (a instanceof BigInteger b) {
            return normalize(b.negate());
        } else if (a instanceof Double d) {
            return -d;
        }
        return PNotImplemented.INSTANCE;
    }

    @TruffleBoundary
    public static Object positive(Object operand) {
        Object a = PyObjectOps.builtinValue(operand);
        if (a instanceof Boolean b) {
            return b ? 1L : 0L;
        } else if (isNumber(a)) {
            return a;
        }
        return PNotImplemented.INSTANCE;
    }

    @TruffleBoundary
    public static Object invert(Object operand) {
        Object a = PyObjectOps.builtinValue(operand);
        if (a instanceof Long l) {
            return ~l;
        } else if (a instanceof Boolean b) {
            return b ? -2L : -1L;
        } else if (a instanceof BigInteger b) {
            return normalize(b.not());
        }
        return PNotImplemented.INSTANCE;
    }

    @TruffleBoundary
    public static Object abs(Object operand) {
        Object a = PyObjectOps.builtinValue(operand);
        if (a instanceof Long l) {
            return l == Long.MIN_VALUE ? BigInteger.valueOf(l).negate() : (Object) Math.abs(l);
        } else if (a instanceof Boolean b) {
            return b ? 1L : 0L;
        } else if (a instanceof BigInteger b) {
            return normalize(b.abs());
        } else if (a instanceof Double d) {
            return Math.abs(d);
        }
        return PNotImplemented.INSTANCE;
    }

    // ------------------------------------------------------------------ numeric comparison

    /** Compares two numbers exactly (ints against floats without rounding); NaN compares unordered (returns 2). */
    @TruffleBoundary
    public static int compareNumbers(Object a, Object b) {
        if (isInt(a) && isInt(b)) {
            if (fitsLong(a) && fitsLong(b)) {
                return Long.compare(asLong(a), asLong(b));
            }
            return big(a).compareTo(big(b));
        }
        double x;
        double y;
        if (a instanceof Double da && b instanceof Double db) {
            x = da;
            y = db;
        } else if (a instanceof Double da) {
            int c = compareIntToDouble(b, da);
            return c == 2 ? 2 : -c;
        } else {
            return compareIntToDouble(a, (Double) b);
        }
        if (Double.isNaN(x) || Double.isNaN(y)) {
            return 2;
        }
        return x < y ? -1 : (x > y ? 1 : 0);
    }

    private static int compareIntToDouble(Object i, double d) {
        if (Double.isNaN(d)) {
            return 2;
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? -1 : 1;
        }
        if (fitsLong(i) && Math.abs(asLong(i)) < (1L << 53)) {
            double x = asLong(i);
            return x < d ? -1 : (x > d ? 1 : 0);
        }
        return new BigDecimal(big(i)).compareTo(new BigDecimal(d));
    }

    /** Python's int(x) of a float: truncation, with the errors CPython gives for inf and nan. */
    @TruffleBoundary
    public static Object floatToInt(double d) {
        if (Double.isNaN(d)) {
            throw PRaise.valueError(null, "cannot convert float NaN to integer");
        }
        if (Double.isInfinite(d)) {
            throw PRaise.error(null, BuiltinClasses.OVERFLOW_ERROR, "cannot convert float infinity to integer");
        }
        if (Math.abs(d) < 9.2e18) {
            return (long) d;
        }
        return normalize(new BigDecimal(d).toBigInteger());
    }

    public static boolean inLongRange(BigInteger b) {
        return b.compareTo(LONG_MIN) >= 0 && b.compareTo(LONG_MAX) <= 0;
    }
}
