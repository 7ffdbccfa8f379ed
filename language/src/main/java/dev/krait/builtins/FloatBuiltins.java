package dev.krait.builtins;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.krait.ops.Arithmetic;
import dev.krait.ops.Conversions;
import dev.krait.ops.Formatting;
import dev.krait.ops.IntOps;
import dev.krait.ops.PyObjectOps;
import dev.krait.runtime.BuiltinClasses;
import dev.krait.runtime.PNone;
import dev.krait.runtime.PRaise;
import dev.krait.runtime.PTuple;

/** The methods of float. */
@GenerateNodeFactory
public final class FloatBuiltins {
    private FloatBuiltins() {
    }

    @Builtin(name = "__new__", signature = "cls, x=0.0, /", isStatic = true)
    @GenerateNodeFactory
    public abstract static class NewNode extends BuiltinNode.Binary {
        static boolean isFloat(Object cls) {
            return cls == BuiltinClasses.FLOAT;
        }

        @Specialization(guards = "isFloat(cls)")
        static double fromFloat(@SuppressWarnings("unused") Object cls, double x) {
            return x;
        }

        @Specialization(guards = "isFloat(cls)")
        static double fromInt(@SuppressWarnings("unused") Object cls, long x) {
            return x;
        }

        @Specialization(replaces = {"fromFloat", "fromInt"})
        @TruffleBoundary
        static Object create(Object cls, Object x) {
            double value = x instanceof byte[] b ? Conversions.parseFloat(new String(b, StandardCharsets.ISO_8859_1)) : Conversions.toFloat(x);
            return isFloat(cls) ? (Object) value : dev.krait.ops.Classes.withValue((dev.krait.runtime.PythonClass) cls, value);
        }
    }

    @Builtin(name = "is_integer", signature = "self, /")
    @GenerateNodeFactory
    public abstract static class IsIntegerNode extends BuiltinNode.Unary {
        @Specialization
        static boolean isInteger(double self) {
            return !Double.isInfinite(self) && self == Math.floor(self);
        }
    }

    @Builtin(name = "as_integer_ratio", signature = "self, /")
    @GenerateNodeFactory
    public abstract static class AsIntegerRatioNode extends BuiltinNode.Unary {
        @Specialization
        @TruffleBoundary
        static Object asIntegerRatio(double self) {
            if (Double.isInfinite(self)) {
                throw PRaise.error(null, BuiltinClasses.OVERFLOW_ERROR, "cannot convert Infinity to integer ratio");
            }
            if (Double.isNaN(self)) {
                throw PRaise.valueError(null, "cannot convert NaN to integer ratio");
            }
            if (self == 0) {
                return PTuple.of(0L, 1L);
            }
            long bits = Double.doubleToRawLongBits(self);
            int exponent = (int) ((bits >> 52) & 0x7ff);
            long mantissa = bits & ((1L << 52) - 1);
            if (exponent == 0) {
                exponent = 1;
            } else {
                mantissa |= 1L << 52;
            }
            exponent -= 1075;
            // Drop factors of two shared with the denominator.
            int shift = Math.min(Long.numberOfTrailingZeros(mantissa), exponent < 0 ? -exponent : 0);
            mantissa >>= shift;
            exponent += shift;
            BigInteger numerator = BigInteger.valueOf(self < 0 ? -mantissa : mantissa);
            BigInteger denominator = BigInteger.ONE;
            if (exponent > 0) {
                numerator = numerator.shiftLeft(exponent);
            } else {
                denominator = denominator.shiftLeft(-exponent);
            }
            return PTuple.of(Arithmetic.normalize(numerator), Arithmetic.normalize(denominator));
        }
    }

    @Builtin(name = "hex", signature = "self, /")
    @GenerateNodeFactory
    public abstract static class HexNode extends BuiltinNode.Unary {
        @Specialization
        @TruffleBoundary
        static Object hex(double self) {
            if (Double.isNaN(self)) {
                return "nan";
            }
            if (Double.isInfinite(self)) {
                return self > 0 ? "inf" : "-inf";
            }
            long bits = Double.doubleToRawLongBits(self);
            String sign = bits < 0 ? "-" : "";
            if (self == 0) {
                return sign + "0x0.0p+0";
            }
            int exponent = (int) ((bits >> 52) & 0x7ff);
            long mantissa = bits & ((1L << 52) - 1);
            String lead = exponent == 0 ? "0" : "1";
            int e = exponent == 0 ? -1022 : exponent - 1023;
            return String.format("%s0x%s.%013xp%s%d", sign, lead, mantissa, e < 0 ? "-" : "+", Math.abs(e));
        }
    }

    @Builtin(name = "fromhex", signature = "string, /", isStatic = true)
    @GenerateNodeFactory
    public abstract static class FromHexNode extends BuiltinNode.Unary {
        @Specialization
        @TruffleBoundary
        static Object fromhex(Object string) {
            if (!(string instanceof String text)) {
                throw PRaise.typeError(null, "must be str, not %s", dev.krait.ops.PyObjectOps.typeName(string));
            }
            String s = text.strip().toLowerCase();
            String sign = "";
            if (s.startsWith("-") || s.startsWith("+")) {
                sign = s.substring(0, 1);
                s = s.substring(1);
            }
            if (s.equals("inf") || s.equals("infinity")) {
                return sign.equals("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
            }
            if (s.equals("nan")) {
                return Double.NaN;
            }
            if (s.startsWith("0x")) {
                s = s.substring(2);
            }
            int p = s.indexOf('p');
            String mantissa = p < 0 ? s : s.substring(0, p);
            String exponent = p < 0 ? "0" : s.substring(p + 1);
            if (!mantissa.matches("[0-9a-f]*(\\.[0-9a-f]*)?") || mantissa.replace(".", "").isEmpty() || !exponent.matches("[+-]?[0-9]+")) {
                throw PRaise.valueError(null, "invalid hexadecimal floating-point string");
            }
            double v;
            try {
                v = Double.parseDouble(sign + "0x" + (mantissa.startsWith(".") ? "0" + mantissa : mantissa) + "p" + exponent);
            } catch (NumberFormatException e) {
                throw PRaise.valueError(null, "invalid hexadecimal floating-point string");
            }
            if (Double.isInfinite(v)) {
                throw PRaise.error(null, BuiltinClasses.OVERFLOW_ERROR, "hexadecimal value too large to represent as a float");
            }
            return v;
        }
    }

    @Builtin(name = "conjugate", signature = "self, /")
    @GenerateNodeFactory
    public abstract static class ConjugateNode extends BuiltinNode.Unary {
        @Specialization
        static double conjugate(double self) {
            return self;
        }
    }

    @Builtin(name = "__int__", signature = "self, /")
    @GenerateNodeFactory
    public abstract static class IntNode extends BuiltinNode.Unary {
        @Specialization
        static Object toInt(double self) {
            return Arithmetic.floatToInt(self);
        }
    }

    @Builtin(name = "__trunc__", signature = "self, /")
    @GenerateNodeFactory
    public abstract static class TruncNode extends BuiltinNode.Unary {
        @Specialization
        static Object trunc(double self) {
            return Arithmetic.floatToInt(self);
        }
    }

    @Builtin(name = "__floor__", signature = "self, /")
    @GenerateNodeFactory
    public abstract static class FloorNode extends BuiltinNode.Unary {
        @Specialization
        static Object floor(double self) {
            return Arithmetic.floatToInt(Math.floor(self));
        }
    }

    @Builtin(name = "__ceil__", signature = "self, /")
    @GenerateNodeFactory
    public abstract static class CeilNode extends BuiltinNode.Unary {
        @Specialization
        static Object ceil(double self) {
            return Arithmetic.floatToInt(Math.ceil(self));
        }
    }

    @Builtin(name = "__float__", signature = "self, /")
    @GenerateNodeFactory
    public abstract static class FloatNode extends BuiltinNode.Unary {
        @Specialization
        static double toFloat(double self) {
            return self;
        }
    }

    @Builtin(name = "__abs__", signature = "self, /")
    @GenerateNodeFactory
    public abstract static class AbsNode extends BuiltinNode.Unary {
        @Specialization
        static double abs(double self) {
            return Math.abs(self);
        }
    }

    @Builtin(name = "__round__", signature = "self, ndigits=None, /")
    @GenerateNodeFactory
    public abstract static class RoundNode extends BuiltinNode.Binary {
        @Specialization
        static Object round(double self, Object ndigits) {
            if (ndigits == PNone.NONE) {
                return IntOps.roundFloatToInt(self);
            }
            return BuiltinFunctions.RoundNode.roundNumber(self, ndigits);
        }
    }

    @Builtin(name = "__format__", signature = "self, format_spec, /")
    @GenerateNodeFactory
    public abstract static class FormatNode extends BuiltinNode.Binary {
        @Specialization(guards = "isFloat(self)")
        static Object format(Object self, Object spec) {
            return Formatting.formatOwn(self, StrBuiltins.checkSpec(spec));
        }

        static boolean isFloat(Object self) {
            return PyObjectOps.builtinValue(self) instanceof Double;
        }
    }
}
