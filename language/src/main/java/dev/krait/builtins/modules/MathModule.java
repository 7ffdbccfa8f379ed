package dev.krait.builtins.modules;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.krait.ast.Operator;
import dev.krait.builtins.Builtin;
import dev.krait.builtins.BuiltinNode;
import dev.krait.ops.Arithmetic;
import dev.krait.ops.BinaryOpNode;
import dev.krait.ops.IntOps;
import dev.krait.ops.PyObjectOps;
import dev.krait.ops.SpecialMethods;
import dev.krait.runtime.BuiltinClasses;
import dev.krait.runtime.KraitContext;
import dev.krait.runtime.PException;
import dev.krait.runtime.PModule;
import dev.krait.runtime.PNone;
import dev.krait.runtime.PRaise;
import dev.krait.runtime.PTuple;

/**
 * The {@code math} module, in Java. Error behaviour follows CPython's mathmodule.c: a NaN from a non-NaN argument is
 * "math domain error" (ValueError), an infinity from a finite argument is "math range error" (OverflowError) for
 * the functions that can overflow and a domain error for the others. The elementary functions come from
 * {@link ExactMath} so that results agree with glibc (which CPython calls) to the last bit.
 */
@GenerateNodeFactory
public final class MathModule {
    private MathModule() {
    }

    @TruffleBoundary
    public static void initialize(PModule math, KraitContext context) {
        math.set("pi", Math.PI);
        math.set("e", Math.E);
        math.set("tau", 2 * Math.PI);
        math.set("inf", Double.POSITIVE_INFINITY);
        math.set("nan", Double.NaN);
    }

    // ------------------------------------------------------------------ argument conversion and error checks

    /** PyFloat_AsDouble: floats, ints (OverflowError when too large), __float__, __index__. */
    @TruffleBoundary
    static double toDouble(Object x) {
        if (x instanceof Double d) {
            return d;
        }
        if (Arithmetic.isInt(x)) {
            return Arithmetic.toDouble(x);
        }
        Object f = SpecialMethods.lookupUser(x, "__float__");
        if (f != null && f != PNone.NONE) {
            Object r = dev.krait.ops.Calls.callUncached(f, x);
            if (!(r instanceof Double d)) {
                throw PRaise.typeError(null, "%s.__float__ returned non-float (type %s)", PyObjectOps.typeName(x), PyObjectOps.typeName(r));
            }
            return d;
        }
        if (SpecialMethods.lookupUser(x, "__index__") != null) {
            return Arithmetic.toDouble(IntOps.index(x));
        }
        throw PRaise.typeError(null, "must be real number, not %s", PyObjectOps.typeName(x));
    }

    static PException domainError() {
        return PRaise.valueError(null, "math domain error");
    }

    static PException rangeError() {
        return PRaise.error(null, BuiltinClasses.OVERFLOW_ERROR, "math range error");
    }

    /** CPython's math_1: applies f and turns NaN/infinity results from ordinary arguments into exceptions. */
    @TruffleBoundary
    static double math1(Object arg, DoubleUnaryOperator f, boolean canOverflow) {
        double x = toDouble(arg);
        double r = f.applyAsDouble(x);
        if (Double.isNaN(r) && !Double.isNaN(x)) {
            throw domainError();
        }
        if (Double.isInfinite(r) && Double.isFinite(x)) {
            throw canOverflow ? rangeError() : domainError();
        }
        return r;
    }

    @TruffleBoundary
    static double math2(Object a, Object b, DoubleBinaryOperator f) {
        double x = toDouble(a);
        double y = toDouble(b);
        double r = f.applyAsDouble(x, y);
        if (Double.isNaN(r) && !Double.isNaN(x) && !Double.isNaN(y)) {
            throw domainError();
        }
        if (Double.isInfinite(r) && Double.isFinite(x) && Double.isFinite(y)) {
            throw domainError();
        }
        return r;
    }

    // ------------------------------------------------------------------ functions of one float

    @Builtin(name = "sqrt", signature = "x, /")
    @GenerateNodeFactory
    public abstract static class SqrtNode extends BuiltinNode.Unary {
        @Specialization
        static double run(Object x) {
            return math1(x, Math::sqrt, false);
        }
    }

    @Builtin(name = "exp", signature = "x, /")
    @GenerateNodeFactory
    public abstract static class ExpNode extends BuiltinNode.Unary {
        @Specialization
        static double run(Object x) {
            return math1(x, ExactMath::exp, true);
        }
    }

    @Builtin(name = "exp2", signature = "x, /")
    @GenerateNodeFactory
    public abstract static class Exp2Node extends BuiltinNode.Unary {
        @Specialization
        static double run(Object x) {
            return math1(x, ExactMath::exp2, true);
        }
    }

    @Builtin(name = "expm1", signature = "x, /")
    @GenerateNodeFactory
    public abstract static class Expm1Node extends BuiltinNode.Unary {
        @Specialization
        static double run(Object x) {
            return math1(x, ExactMath::expm1, true);
        }
    }

    @Builtin(name = "log1p", signature = "x, /")
    @GenerateNodeFactory
    public abstract static class Log1pNode extends BuiltinNode.Unary {
        @Specialization
        static double run(Object x) {
            return math1(x, ExactMath::log1p, false);
        }
    }

    @Builtin(name = "sin", signature = "x, /")
    @GenerateNodeFactory
    public abstract static class SinNode extends BuiltinNode.Unary {
        @Specialization
        static double run(Object x) {
            return math1(x, ExactMath::sin, false);
        }
    }

    @Builtin(name = "cos", signature = "x, /")
    @GenerateNodeFactory
    public abstract static class CosNode extends BuiltinNode.Unary {
        @Specialization
        static double run(Object x) {
            return math1(x, ExactMath::cos, false);
        }
    }

    @Builtin(name = "tan", signature = "x, /")
    @GenerateNodeFactory
    public abstract static class TanNode extends BuiltinNode.Unary {
        @Specialization
        static double run(Object x) {
            return math1(x, ExactMath::tan, false);
        }
    }

    @Builtin(name = "asin", signature = "x, /")
    @GenerateNodeFactory
    public abstract static class AsinNode extends BuiltinNode.Unary {
        @Specialization
        static double run(Object x) {
            return math1(x, ExactMath::asin, false);
        }
    }

    @Builtin(name = "acos", signature = "x, /")
    @GenerateNodeFactory
    public abstract static class AcosNode extends BuiltinNode.Unary {
        @Specialization
        static double run(Object x) {
            return math1(x, ExactMath::acos, false);
        }
    }

    @Builtin(name = "atan", signature = "x, /")
    @GenerateNodeFactory
    public abstract static class AtanNode extends BuiltinNode.Unary {
        @Specialization
        static double run(Object x) {
            return math1(x, ExactMath::atan, false);
        }
    }

    @Builtin(name = "sinh", signature = "x, /")
    @GenerateNodeFactory
    public abstract static class SinhNode extends BuiltinNode.Unary {
        @Specialization
        static double run(Object x) {
            return math1(x, ExactMath::sinh, true);
        }
    }

    @Builtin(name = "cosh", signature = "x, /")
    @GenerateNodeFactory
    public abstract static class CoshNode extends BuiltinNode.Unary {
        @Specialization
        static double run(Object x) {
            return math1(x, ExactMath::cosh, true);
        }
    }

    @Builtin(name = "tanh", signature = "x, /")
    @GenerateNodeFactory
    public abstract static class TanhNode extends BuiltinNode.Unary {
        @Specialization
        static double run(Object x) {
            return math1(x, ExactMath::tanh, false);
        }
    }

    @Builtin(name = "asinh", signature = "x, /")
    @GenerateNodeFactory
    public abstract static class AsinhNode extends BuiltinNode.Unary {
        @Specialization
        static double run(Object x) {
            return math1(x, ExactMath::asinh, false);
        }
    }

    @Builtin(name = "acosh", signature = "x, /")
    @GenerateNodeFactory
    public abstract static class AcoshNode extends BuiltinNode.Unary {
        @Specialization
        static double run(Object x) {
            return math1(x, ExactMath::acosh, false);
        }
    }

    @Builtin(name = "atanh", signature = "x, /")
    @GenerateNodeFactory
    public abstract static class AtanhNode extends BuiltinNode.Unary {
        @Specialization
        static double run(Object x) {
            return math1(x, ExactMath::atanh, false);
        }
    }

    @Builtin(name = "cbrt", signature = "x, /")
    @GenerateNodeFactory
    public abstract static class CbrtNode extends BuiltinNode.Unary {
        @Specialization
        static double run(Object x) {
            return math1(x, ExactMath::cbrt, false);
        }
    }

    @Builtin(name = "erf", signature = "x, /")
    @GenerateNodeFactory
    public abstract static class ErfNode extends BuiltinNode.Unary {
        @Specialization
        static double run(Object x) {
            return math1(x, Special::erf, false);
        }
    }

    @Builtin(name = "erfc", signature = "x, /")
    @GenerateNodeFactory
    public abstract static class ErfcNode extends BuiltinNode.Unary {
        @Specialization
        static double run(Object x) {
            return math1(x, Special::erfc, false);
        }
    }

    @Builtin(name = "gamma", signature = "x, /")
    @GenerateNodeFactory
    public abstract static class GammaNode extends BuiltinNode.Unary {
        @Specialization
        @TruffleBoundary
        static double run(Object arg) {
            double x = toDouble(arg);
            double r = Special.gamma(x);
            if (Double.isNaN(r) && !Double.isNaN(x) || x == 0 || Double.isInfinite(x) && x < 0) {
                throw domainError();
            }
            if (Double.isInfinite(r) && Double.isFinite(x)) {
                throw rangeError();
            }
            return r;
        }
    }

    @Builtin(name = "lgamma", signature = "x, /")
    @GenerateNodeFactory
    public abstract static class LgammaNode extends BuiltinNode.Unary {
        @Specialization
        @TruffleBoundary
        static double run(Object arg) {
            double x = toDouble(arg);
            if (Double.isFinite(x) && x == Math.floor(x) && x <= 0) {
                throw domainError();
            }
            double r = Special.lgamma(x);
            if (Double.isInfinite(r) && Double.isFinite(x)) {
                throw rangeError();
            }
            return r;
        }
    }

    @Builtin(name = "fabs", signature = "x, /")
    @GenerateNodeFactory
    public abstract static class FabsNode extends BuiltinNode.Unary {
        @Specialization
        static double run(Object x) {
            return Math.abs(toDouble(x));
        }
    }

    @Builtin(name = "degrees", signature = "x, /")
    @GenerateNodeFactory
    public abstract static class DegreesNode extends BuiltinNode.Unary {
        @Specialization
        static double run(Object x) {
            return toDouble(x) * (180.0 / Math.PI);
        }
    }

    @Builtin(name = "radians", signature = "x, /")
    @GenerateNodeFactory
    public abstract static class RadiansNode extends BuiltinNode.Unary {
        @Specialization
        static double run(Object x) {
            return toDouble(x) * (Math.PI / 180.0);
        }
    }

    @Builtin(name = "isfinite", signature = "x, /")
    @GenerateNodeFactory
    public abstract static class IsFiniteNode extends BuiltinNode.Unary {
        @Specialization
        static boolean run(Object x) {
            return Double.isFinite(toDouble(x));
        }
    }

    @Builtin(name = "isinf", signature = "x, /")
    @GenerateNodeFactory
    public abstract static class IsInfNode extends BuiltinNode.Unary {
        @Specialization
        static boolean run(Object x) {
            return Double.isInfinite(toDouble(x));
        }
    }

    @Builtin(name = "isnan", signature = "x, /")
    @GenerateNodeFactory
    public abstract static class IsNanNode extends BuiltinNode.Unary {
        @Specialization
        static boolean run(Object x) {
            return Double.isNaN(toDouble(x));
        }
    }

    @Builtin(name = "ulp", signature = "x, /")
    @GenerateNodeFactory
    public abstract static class UlpNode extends BuiltinNode.Unary {
        @Specialization
        static double run(Object x) {
            return Math.ulp(toDouble(x));
        }
    }

    // ------------------------------------------------------------------ logarithms

    /** CPython's loghelper: ints too large for a float are split into mantissa and exponent first. */
    @TruffleBoundary
    static double logHelper(Object arg, DoubleUnaryOperator f) {
        if (Arithmetic.isInt(arg)) {
            BigInteger n = Arithmetic.big(arg);
            if (n.signum() <= 0) {
                throw domainError();
            }
            if (n.bitLength() > 1000) {
                int e = n.bitLength();
                double m = new BigDecimal(n).divide(new BigDecimal(BigInteger.ONE.shiftLeft(e))).doubleValue();
                return f.applyAsDouble(m) + f.applyAsDouble(2.0) * e;
            }
            return math1(n.doubleValue(), f, false);
        }
        return math1(arg, f, false);
    }

    @Builtin(name = "log", signature = "x, base=?, /")
    @GenerateNodeFactory
    public abstract static class LogNode extends BuiltinNode.Binary {
        @Specialization
        @TruffleBoundary
        static double run(Object x, Object base) {
            double num = logHelper(x, ExactMath::log);
            if (base == PNone.NO_VALUE) {
                return num;
            }
            double den = logHelper(base, ExactMath::log);
            if (den == 0) {
                throw PRaise.zeroDivision(null, "float division by zero");
            }
            return num / den;
        }
    }

    @Builtin(name = "log2", signature = "x, /")
    @GenerateNodeFactory
    public abstract static class Log2Node extends BuiltinNode.Unary {
        @Specialization
        static double run(Object x) {
            return logHelper(x, ExactMath::log2);
        }
    }

    @Builtin(name = "log10", signature = "x, /")
    @GenerateNodeFactory
    public abstract static class Log10Node extends BuiltinNode.Unary {
        @Specialization
        static double run(Object x) {
            return logHelper(x, ExactMath::log10);
        }
    }

    // ------------------------------------------------------------------ functions of two floats

    @Builtin(name = "atan2", signature = "y, x, /")
    @GenerateNodeFactory
    public abstract static class Atan2Node extends BuiltinNode.Binary {
        @Specialization
        static double run(Object y, Object x) {
            return math2(y, x, ExactMath::atan2);
        }
    }

    @Builtin(name = "copysign", signature = "x, y, /")
    @GenerateNodeFactory
    public abstract static class CopySignNode extends BuiltinNode.Binary {
        @Specialization
        static double run(Object x, Object y) {
            return Math.copySign(toDouble(x), toDouble(y));
        }
    }

    @Builtin(name = "fmod", signature = "x, y, /")
    @GenerateNodeFactory
    public abstract static class FmodNode extends BuiltinNode.Binary {
        @Specialization
        @TruffleBoundary
        static double run(Object a, Object b) {
            double x = toDouble(a);
            double y = toDouble(b);
            if (Double.isInfinite(y) && Double.isFinite(x)) {
                return x;
            }
            return math2(x, y, (p, q) -> p % q);
        }
    }

    @Builtin(name = "remainder", signature = "x, y, /")
    @GenerateNodeFactory
    public abstract static class RemainderNode extends BuiltinNode.Binary {
        @Specialization
        @TruffleBoundary
        static double run(Object a, Object b) {
            double x = toDouble(a);
            double y = toDouble(b);
            if (Double.isNaN(x) || Double.isNaN(y)) {
                return Double.NaN;
            }
            if (Double.isInfinite(x) || y == 0) {
                throw domainError();
            }
            if (Double.isInfinite(y)) {
                return x;
            }
            return Math.IEEEremainder(x, y);
        }
    }

    @Builtin(name = "pow", signature = "x, y, /")
    @GenerateNodeFactory
    public abstract static class PowNode extends BuiltinNode.Binary {
        @Specialization
        @TruffleBoundary
        static double run(Object a, Object b) {
            double x = toDouble(a);
            double y = toDouble(b);
            if (!Double.isFinite(x) || !Double.isFinite(y)) {
                if (Double.isNaN(x)) {
                    return y == 0 ? 1.0 : x;
                } else if (Double.isNaN(y)) {
                    return x == 1 ? 1.0 : y;
                } else if (Double.isInfinite(x)) {
                    boolean oddY = Double.isFinite(y) && Math.abs(y) % 2.0 == 1.0;
                    if (y > 0) {
                        return oddY ? x : Math.abs(x);
                    } else if (y == 0) {
                        return 1.0;
                    }
                    return oddY ? Math.copySign(0.0, x) : 0.0;
                }
                if (Math.abs(x) == 1) {
                    return 1.0;
                } else if (y > 0 && Math.abs(x) > 1) {
                    return y;
                } else if (y < 0 && Math.abs(x) < 1) {
                    return -y;
                }
                return 0.0;
            }
            double r = ExactMath.pow(x, y);
            if (Double.isNaN(r)) {
                throw domainError();
            }
            if (Double.isInfinite(r)) {
                throw x == 0 ? domainError() : rangeError();
            }
            return r;
        }
    }

    @Builtin(name = "nextafter", signature = "x, y, /")
    @GenerateNodeFactory
    public abstract static class NextAfterNode extends BuiltinNode.Binary {
        @Specialization
        static double run(Object x, Object y) {
            return Math.nextAfter(toDouble(x), toDouble(y));
        }
    }

    @Builtin(name = "ldexp", signature = "x, i, /")
    @GenerateNodeFactory
    public abstract static class LdexpNode extends BuiltinNode.Binary {
        @Specialization
        @TruffleBoundary
        static double run(Object a, Object i) {
            double x = toDouble(a);
            if (!Arithmetic.isInt(i)) {
                throw PRaise.typeError(null, "Expected an int as second argument to ldexp.");
            }
            if (x == 0 || !Double.isFinite(x)) {
                return x;
            }
            BigInteger e = Arithmetic.big(i);
            int exp = e.compareTo(BigInteger.valueOf(5000)) > 0 ? 5000 : e.compareTo(BigInteger.valueOf(-5000)) < 0 ? -5000 : e.intValue();
            double r = Math.scalb(x, exp);
            if (Double.isInfinite(r)) {
                throw rangeError();
            }
            return r;
        }
    }

    @Builtin(name = "frexp", signature = "x, /")
    @GenerateNodeFactory
    public abstract static class FrexpNode extends BuiltinNode.Unary {
        @Specialization
        @TruffleBoundary
        static PTuple run(Object a) {
            double x = toDouble(a);
            if (x == 0 || !Double.isFinite(x)) {
                return PTuple.of(x, 0L);
            }
            int e = Math.getExponent(x);
            if (e == Double.MIN_EXPONENT - 1) {
                e = Math.getExponent(x * 0x1p64) - 64;
            }
            return PTuple.of(Math.scalb(x, -(e + 1)), (long) (e + 1));
        }
    }

    @Builtin(name = "modf", signature = "x, /")
    @GenerateNodeFactory
    public abstract static class ModfNode extends BuiltinNode.Unary {
        @Specialization
        @TruffleBoundary
        static PTuple run(Object a) {
            double x = toDouble(a);
            if (Double.isInfinite(x)) {
                return PTuple.of(Math.copySign(0.0, x), x);
            }
            if (Double.isNaN(x)) {
                return PTuple.of(x, x);
            }
            double whole = x < 0 ? Math.ceil(x) : Math.floor(x);
            return PTuple.of(Math.copySign(x - whole, x), whole);
        }
    }

    @Builtin(name = "isclose", signature = "a, b, *, rel_tol=0.000000001, abs_tol=0.0")
    @GenerateNodeFactory
    public abstract static class IsCloseNode extends BuiltinNode.Quaternary {
        @Specialization
        @TruffleBoundary
        static boolean run(Object a, Object b, Object relTol, Object absTol) {
            double x = toDouble(a);
            double y = toDouble(b);
            double rel = toDouble(relTol);
            double abs = toDouble(absTol);
            if (rel < 0 || abs < 0) {
                throw PRaise.valueError(null, "tolerances must be non-negative");
            }
            if (x == y) {
                return true;
            }
            if (Double.isInfinite(x) || Double.isInfinite(y)) {
                return false;
            }
            double diff = Math.abs(y - x);
            return diff <= Math.abs(rel * y) || diff <= Math.abs(rel * x) || diff <= abs;
        }
    }

    // ------------------------------------------------------------------ rounding to integers

    @TruffleBoundary
    static Object roundWith(Object x, String special, DoubleUnaryOperator f) {
        if (x instanceof Double d) {
            return Arithmetic.floatToInt(f.applyAsDouble(d));
        }
        if (x instanceof Boolean b) {
            return b ? 1L : 0L;
        }
        if (Arithmetic.isInt(x)) {
            return x;
        }
        Object method = SpecialMethods.lookupUser(x, special);
        if (method != null) {
            return dev.krait.ops.Calls.callUncached(method, x);
        }
        return Arithmetic.floatToInt(f.applyAsDouble(toDouble(x)));
    }

    @Builtin(name = "floor", signature = "x, /")
    @GenerateNodeFactory
    public abstract static class FloorNode extends BuiltinNode.Unary {
        @Specialization
        static Object floorDouble(double x) {
            double f = Math.floor(x);
            if (Math.abs(f) < 0x1p62) {
                return (long) f;
            }
            return Arithmetic.floatToInt(f);
        }

        @Specialization
        static long floorLong(long x) {
            return x;
        }

        @Specialization(replaces = {"floorDouble", "floorLong"})
        static Object generic(Object x) {
            return roundWith(x, "__floor__", Math::floor);
        }
    }

    @Builtin(name = "ceil", signature = "x, /")
    @GenerateNodeFactory
    public abstract static class CeilNode extends BuiltinNode.Unary {
        @Specialization
        static Object ceilDouble(double x) {
            double f = Math.ceil(x);
            if (Math.abs(f) < 0x1p62) {
                return (long) f;
            }
            return Arithmetic.floatToInt(f);
        }

        @Specialization
        static long ceilLong(long x) {
            return x;
        }

        @Specialization(replaces = {"ceilDouble", "ceilLong"})
        static Object generic(Object x) {
            return roundWith(x, "__ceil__", Math::ceil);
        }
    }

    @Builtin(name = "trunc", signature = "x, /")
    @GenerateNodeFactory
    public abstract static class TruncNode extends BuiltinNode.Unary {
        @Specialization
        @TruffleBoundary
        static Object trunc(Object x) {
            if (x instanceof Double d) {
                return Arithmetic.floatToInt(d);
            }
            if (x instanceof Boolean b) {
                return b ? 1L : 0L;
            }
            if (Arithmetic.isInt(x)) {
                return x;
            }
            Object method = SpecialMethods.lookupUser(x, "__trunc__");
            if (method == null) {
                throw PRaise.typeError(null, "type %s doesn't define __trunc__ method", PyObjectOps.typeName(x));
            }
            return dev.krait.ops.Calls.callUncached(method, x);
        }
    }

    // ------------------------------------------------------------------ integer functions

    @TruffleBoundary
    static BigInteger bigIndex(Object x) {
        return Arithmetic.big(IntOps.index(x));
    }

    @Builtin(name = "factorial", signature = "n, /")
    @GenerateNodeFactory
    public abstract static class FactorialNode extends BuiltinNode.Unary {
        @Specialization
        @TruffleBoundary
        static Object run(Object arg) {
            if (arg instanceof Double) {
                throw PRaise.typeError(null, "'float' object cannot be interpreted as an integer");
            }
            BigInteger n = bigIndex(arg);
            if (n.signum() < 0) {
                throw PRaise.valueError(null, "factorial() not defined for negative values");
            }
            if (n.bitLength() > 63) {
                throw PRaise.error(null, BuiltinClasses.OVERFLOW_ERROR, "factorial() argument should not exceed %d", Long.MAX_VALUE);
            }
            long v = n.longValue();
            if (v <= 20) {
                long r = 1;
                for (long i = 2; i <= v; i++) {
                    r *= i;
                }
                return r;
            }
            return Arithmetic.normalize(product(1, v));
        }

        /** The product lo * (lo+1) * ... * hi, split in halves so the multiplications stay balanced. */
        static BigInteger product(long lo, long hi) {
            if (hi - lo < 16) {
                BigInteger r = BigInteger.valueOf(lo);
                for (long i = lo + 1; i <= hi; i++) {
                    r = r.multiply(BigInteger.valueOf(i));
                }
                return r;
            }
            long mid = (lo + hi) >>> 1;
            return product(lo, mid).multiply(product(mid + 1, hi));
        }
    }

    @Builtin(name = "isqrt", signature = "n, /")
    @GenerateNodeFactory
    public abstract static class IsqrtNode extends BuiltinNode.Unary {
        @Specialization
        @TruffleBoundary
        static Object run(Object arg) {
            BigInteger n = bigIndex(arg);
            if (n.signum() < 0) {
                throw PRaise.valueError(null, "isqrt() argument must be nonnegative");
            }
            return Arithmetic.normalize(n.sqrt());
        }
    }

    @Builtin(name = "gcd", signature = "*integers")
    @GenerateNodeFactory
    public abstract static class GcdNode extends BuiltinNode.Unary {
        @Specialization
        @TruffleBoundary
        static Object run(Object integers) {
            Object[] args = ((PTuple) integers).getItems();
            BigInteger g = BigInteger.ZERO;
            for (Object a : args) {
                g = g.gcd(bigIndex(a));
            }
            return Arithmetic.normalize(g);
        }
    }

    @Builtin(name = "lcm", signature = "*integers")
    @GenerateNodeFactory
    public abstract static class LcmNode extends BuiltinNode.Unary {
        @Specialization
        @TruffleBoundary
        static Object run(Object integers) {
            Object[] args = ((PTuple) integers).getItems();
            BigInteger l = BigInteger.ONE;
            for (Object a : args) {
                BigInteger b = bigIndex(a);
                if (l.signum() == 0 || b.signum() == 0) {
                    l = BigInteger.ZERO;
                    continue;
                }
                l = l.divide(l.gcd(b)).multiply(b).abs();
            }
            return Arithmetic.normalize(l);
        }
    }

    @Builtin(name = "comb", signature = "n, k, /")
    @GenerateNodeFactory
    public abstract static class CombNode extends BuiltinNode.Binary {
        @Specialization
        @TruffleBoundary
        static Object run(Object nArg, Object kArg) {
            BigInteger n = bigIndex(nArg);
            BigInteger k = bigIndex(kArg);
            if (n.signum() < 0) {
                throw PRaise.valueError(null, "n must be a non-negative integer");
            }
            if (k.signum() < 0) {
                throw PRaise.valueError(null, "k must be a non-negative integer");
            }
            if (k.compareTo(n) > 0) {
                return 0L;
            }
            BigInteger nk = n.subtract(k);
            if (nk.compareTo(k) < 0) {
                k = nk;
            }
            if (k.bitLength() > 31) {
                throw PRaise.error(null, BuiltinClasses.OVERFLOW_ERROR, "min(n - k, k) must not exceed %d", Long.MAX_VALUE);
            }
            int kk = k.intValue();
            BigInteger r = BigInteger.ONE;
            for (int i = 1; i <= kk; i++) {
                r = r.multiply(n.subtract(BigInteger.valueOf(kk - i))).divide(BigInteger.valueOf(i));
            }
            return Arithmetic.normalize(r);
        }
    }

    @Builtin(name = "perm", signature = "n, k=None, /")
    @GenerateNodeFactory
    public abstract static class PermNode extends BuiltinNode.Binary {
        @Specialization
        @TruffleBoundary
        static Object run(Object nArg, Object kArg) {
            if (kArg == PNone.NONE) {
                return FactorialNode.run(nArg);
            }
            BigInteger n = bigIndex(nArg);
            BigInteger k = bigIndex(kArg);
            if (n.signum() < 0) {
                throw PRaise.valueError(null, "n must be a non-negative integer");
            }
            if (k.signum() < 0) {
                throw PRaise.valueError(null, "k must be a non-negative integer");
            }
            if (k.compareTo(n) > 0) {
                return 0L;
            }
            if (k.bitLength() > 31) {
                throw PRaise.error(null, BuiltinClasses.OVERFLOW_ERROR, "k must not exceed %d", Long.MAX_VALUE);
            }
            int kk = k.intValue();
            BigInteger r = BigInteger.ONE;
            for (int i = 0; i < kk; i++) {
                r = r.multiply(n.subtract(BigInteger.valueOf(i)));
            }
            return Arithmetic.normalize(r);
        }
    }

    // ------------------------------------------------------------------ sums, products, norms

    @Builtin(name = "fsum", signature = "seq, /")
    @GenerateNodeFactory
    public abstract static class FsumNode extends BuiltinNode.Unary {
        @Specialization
        @TruffleBoundary
        static double run(Object seq) {
            Object it = PyObjectOps.getIter(seq);
            double[] partials = new double[32];
            int n = 0;
            double specialSum = 0;
            double infSum = 0;
            Object item;
            while ((item = PyObjectOps.next(it)) != null) {
                double x = toDouble(item);
                double original = x;
                int i = 0;
                for (int j = 0; j < n; j++) {
                    double y = partials[j];
                    if (Math.abs(x) < Math.abs(y)) {
                        double t = x;
                        x = y;
                        y = t;
                    }
                    double hi = x + y;
                    double lo = y - (hi - x);
                    if (lo != 0.0) {
                        partials[i++] = lo;
                    }
                    x = hi;
                }
                n = i;
                if (x != 0.0) {
                    if (!Double.isFinite(x)) {
                        // A non-finite intermediate sum: an infinity or NaN in the input, or an overflow.
                        if (Double.isFinite(original)) {
                            throw PRaise.error(null, BuiltinClasses.OVERFLOW_ERROR, "intermediate overflow in fsum");
                        }
                        if (Double.isInfinite(original)) {
                            infSum += original;
                        }
                        specialSum += original;
                        n = 0;
                    } else {
                        if (n == partials.length) {
                            partials = java.util.Arrays.copyOf(partials, n * 2);
                        }
                        partials[n++] = x;
                    }
                }
            }
            if (specialSum != 0.0) {
                if (Double.isNaN(infSum)) {
                    throw PRaise.valueError(null, "-inf + inf in fsum");
                }
                return specialSum;
            }
            double hi = 0.0;
            if (n > 0) {
                hi = partials[--n];
                double lo = 0;
                while (n > 0) {
                    double x = hi;
                    double y = partials[--n];
                    hi = x + y;
                    double yr = hi - x;
                    lo = y - yr;
                    if (lo != 0.0) {
                        break;
                    }
                }
                // Round half to even when the remaining partials push the sum across a halfway point.
                if (n > 0 && ((lo < 0.0 && partials[n - 1] < 0.0) || (lo > 0.0 && partials[n - 1] > 0.0))) {
                    double y = lo * 2.0;
                    double x = hi + y;
                    double yr = x - hi;
                    if (y == yr) {
                        hi = x;
                    }
                }
            }
            return hi;
        }
    }

    @Builtin(name = "prod", signature = "iterable, /, *, start=1")
    @GenerateNodeFactory
    public abstract static class ProdNode extends BuiltinNode.Binary {
        @Specialization
        @TruffleBoundary
        static Object run(Object iterable, Object start) {
            Object it = PyObjectOps.getIter(iterable);
            Object result = start;
            Object v;
            while ((v = PyObjectOps.next(it)) != null) {
                if (result instanceof Long a && v instanceof Long b) {
                    long hi = Math.multiplyHigh(a, b);
                    long lo = a * b;
                    if ((hi == 0 && lo >= 0) || (hi == -1 && lo < 0)) {
                        result = lo;
                        continue;
                    }
                } else if (result instanceof Double a && v instanceof Double b) {
                    result = a * b;
                    continue;
                }
                result = BinaryOpNode.generic(Operator.MUL, result, v);
            }
            return result;
        }
    }

    @Builtin(name = "hypot", signature = "*coordinates")
    @GenerateNodeFactory
    public abstract static class HypotNode extends BuiltinNode.Unary {
        @Specialization
        @TruffleBoundary
        static double run(Object coordinates) {
            Object[] args = ((PTuple) coordinates).getItems();
            double[] v = new double[args.length];
            for (int i = 0; i < v.length; i++) {
                v[i] = toDouble(args[i]);
            }
            return ExactMath.hypot(v);
        }
    }

    @Builtin(name = "dist", signature = "p, q, /")
    @GenerateNodeFactory
    public abstract static class DistNode extends BuiltinNode.Binary {
        @Specialization
        @TruffleBoundary
        static double run(Object p, Object q) {
            Object[] a = PyObjectOps.toArray(p);
            Object[] b = PyObjectOps.toArray(q);
            if (a.length != b.length) {
                throw PRaise.valueError(null, "both points must have the same number of dimensions");
            }
            double[] v = new double[a.length];
            for (int i = 0; i < v.length; i++) {
                v[i] = Math.abs(toDouble(a[i]) - toDouble(b[i]));
            }
            return ExactMath.hypot(v);
        }
    }
}
