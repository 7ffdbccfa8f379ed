package dev.krait.builtins;

import java.nio.charset.StandardCharsets;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.dsl.UnsupportedSpecializationException;

import dev.krait.ops.Arithmetic;
import dev.krait.ops.Conversions;
import dev.krait.ops.Formatting;
import dev.krait.ops.IntOps;
import dev.krait.ops.PyObjectOps;
import dev.krait.runtime.PNone;
import dev.krait.runtime.PRaise;
import dev.krait.runtime.PTuple;

/** The methods of int (bool inherits them). */
@GenerateNodeFactory
public final class IntBuiltins {
    private IntBuiltins() {
    }

    @Builtin(name = "__new__", signature = "cls, x=?, /, base=?", isStatic = true)
    @GenerateNodeFactory
    public abstract static class NewNode extends BuiltinNode.Ternary {
        @Specialization
        static Object create(Object cls, Object x, Object base) {
            Object value = construct(x, base);
            return cls == dev.krait.runtime.BuiltinClasses.INT ? value : dev.krait.ops.Classes.withValue((dev.krait.runtime.PythonClass) cls, value);
        }

        @TruffleBoundary
        static Object construct(Object x, Object base) {
            if (x == PNone.NO_VALUE) {
                if (base != PNone.NO_VALUE) {
                    throw PRaise.typeError(null, "int() missing string argument");
                }
                return 0L;
            }
            Object value = x instanceof byte[] b ? new String(b, StandardCharsets.ISO_8859_1) : x;
            if (x instanceof byte[] && base == PNone.NO_VALUE) {
                return Conversions.toInt(value, 10L);
            }
            return Conversions.toInt(value, base);
        }
    }

    /** The value of an int receiver (bool included) as a Python int. */
    private static Object intValue(Object self) {
        if (!Arithmetic.isInt(self)) {
            // Reported by the builtin's root node as "descriptor ... doesn't apply to a ... object".
            throw new UnsupportedSpecializationException(null, null, self);
        }
        return self instanceof Boolean b ? (Object) (b ? 1L : 0L) : self;
    }

    @Builtin(name = "bit_length", signature = "self, /")
    @GenerateNodeFactory
    public abstract static class BitLengthNode extends BuiltinNode.Unary {
        @Specialization
        static long bitLength(Object self) {
            return IntOps.bitLength(intValue(self));
        }
    }

    @Builtin(name = "bit_count", signature = "self, /")
    @GenerateNodeFactory
    public abstract static class BitCountNode extends BuiltinNode.Unary {
        @Specialization
        static long bitCount(Object self) {
            return IntOps.bitCount(intValue(self));
        }
    }

    @Builtin(name = "to_bytes", signature = "self, /, length=1, byteorder='big', *, signed=False")
    @GenerateNodeFactory
    public abstract static class ToBytesNode extends BuiltinNode.Quaternary {
        @Specialization
        static Object toBytes(Object self, Object length, Object byteorder, Object signed) {
            if (!(byteorder instanceof String order)) {
                throw PRaise.typeError(null, "to_bytes() argument 'byteorder' must be str, not %s", PyObjectOps.typeName(byteorder));
            }
            return IntOps.toBytes(intValue(self), PyObjectOps.toIndexValue(length), order, PyObjectOps.isTrue(signed));
        }
    }

    @Builtin(name = "from_bytes", signature = "bytes, byteorder='big', *, signed=False", isStatic = true)
    @GenerateNodeFactory
    public abstract static class FromBytesNode extends BuiltinNode.Ternary {
        @Specialization
        static Object fromBytes(Object bytes, Object byteorder, Object signed) {
            if (!(byteorder instanceof String order)) {
                throw PRaise.typeError(null, "from_bytes() argument 'byteorder' must be str, not %s", PyObjectOps.typeName(byteorder));
            }
            return IntOps.fromBytes(toByteArray(bytes), order, PyObjectOps.isTrue(signed));
        }

        @TruffleBoundary
        private static byte[] toByteArray(Object bytes) {
            if (bytes instanceof byte[] b) {
                return b;
            }
            if (bytes instanceof String) {
                throw PRaise.typeError(null, "cannot convert 'str' object to bytes");
            }
            Object[] items = PyObjectOps.toArray(bytes);
            byte[] out = new byte[items.length];
            for (int i = 0; i < items.length; i++) {
                long v = PyObjectOps.toIndexValue(items[i]);
                if (v < 0 || v > 255) {
                    throw PRaise.valueError(null, "bytes must be in range(0, 256)");
                }
                out[i] = (byte) v;
            }
            return out;
        }
    }

    @Builtin(name = "conjugate", signature = "self, /")
    @GenerateNodeFactory
    public abstract static class ConjugateNode extends BuiltinNode.Unary {
        @Specialization
        static Object conjugate(Object self) {
            return intValue(self);
        }
    }

    @Builtin(name = "as_integer_ratio", signature = "self, /")
    @GenerateNodeFactory
    public abstract static class AsIntegerRatioNode extends BuiltinNode.Unary {
        @Specialization
        static Object asIntegerRatio(Object self) {
            return PTuple.of(intValue(self), 1L);
        }
    }

    @Builtin(name = "__index__", signature = "self, /")
    @GenerateNodeFactory
    public abstract static class IndexNode extends BuiltinNode.Unary {
        @Specialization
        static Object index(Object self) {
            return intValue(self);
        }
    }

    @Builtin(name = "__int__", signature = "self, /")
    @GenerateNodeFactory
    public abstract static class IntNode extends BuiltinNode.Unary {
        @Specialization
        static Object toInt(Object self) {
            return intValue(self);
        }
    }

    @Builtin(name = "__float__", signature = "self, /")
    @GenerateNodeFactory
    public abstract static class FloatNode extends BuiltinNode.Unary {
        @Specialization
        static Object toFloat(Object self) {
            return Arithmetic.toDouble(intValue(self));
        }
    }

    @Builtin(name = "__abs__", signature = "self, /")
    @GenerateNodeFactory
    public abstract static class AbsNode extends BuiltinNode.Unary {
        @Specialization
        static Object abs(Object self) {
            return Arithmetic.abs(intValue(self));
        }
    }

    @Builtin(name = "__round__", signature = "self, ndigits=None, /")
    @GenerateNodeFactory
    public abstract static class RoundNode extends BuiltinNode.Binary {
        @Specialization
        static Object round(Object self, Object ndigits) {
            return BuiltinFunctions.RoundNode.roundNumber(intValue(self), ndigits);
        }
    }

    @Builtin(name = "__format__", signature = "self, format_spec, /")
    @GenerateNodeFactory
    public abstract static class FormatNode extends BuiltinNode.Binary {
        @Specialization
        static Object format(Object self, Object spec) {
            intValue(PyObjectOps.builtinValue(self));
            return Formatting.formatOwn(self, StrBuiltins.checkSpec(spec));
        }
    }
}
