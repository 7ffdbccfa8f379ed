package dev.krait.builtins;

import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.dsl.UnsupportedSpecializationException;

import dev.krait.ast.CompareOperator;
import dev.krait.ast.Operator;
import dev.krait.ops.Arithmetic;
import dev.krait.ops.Comparison;
import dev.krait.ops.PyObjectOps;
import dev.krait.ops.Repr;
import dev.krait.runtime.Hashing;
import dev.krait.runtime.PNotImplemented;

/**
 * The arithmetic and comparison special methods of int and float as callable methods ({@code int.__add__},
 * {@code (2.5).__lt__(3)}), registered on both classes. Like CPython's, they answer NotImplemented for operands of
 * other types: an int method only takes ints (bools included), a float method ints and floats.
 */
@GenerateNodeFactory
public final class NumberBuiltins {
    private NumberBuiltins() {
    }

    /** Whether the method of self's type accepts {@code other} as an operand. */
    private static boolean accepts(Object self, Object other) {
        if (!Arithmetic.isNumber(self)) {
            throw new UnsupportedSpecializationException(null, null, self);
        }
        return self instanceof Double ? Arithmetic.isNumber(other) : Arithmetic.isInt(other);
    }

    static Object arithmetic(Operator op, Object self, Object other, boolean reflected) {
        if (!accepts(self, other)) {
            return PNotImplemented.INSTANCE;
        }
        return reflected ? Arithmetic.binary(op, other, self) : Arithmetic.binary(op, self, other);
    }

    static Object compare(CompareOperator op, Object self, Object other) {
        if (!accepts(self, other)) {
            return PNotImplemented.INSTANCE;
        }
        return Comparison.richCompare(op, self, other);
    }

    @Builtin(name = "__neg__", signature = "self, /")
    @GenerateNodeFactory
    public abstract static class NegNode extends BuiltinNode.Unary {
        @Specialization
        static Object neg(Object self) {
            accepts(self, self);
            return Arithmetic.negate(self);
        }
    }

    @Builtin(name = "__pos__", signature = "self, /")
    @GenerateNodeFactory
    public abstract static class PosNode extends BuiltinNode.Unary {
        @Specialization
        static Object pos(Object self) {
            accepts(self, self);
            return Arithmetic.positive(self);
        }
    }

    @Builtin(name = "__bool__", signature = "self, /")
    @GenerateNodeFactory
    public abstract static class BoolNode extends BuiltinNode.Unary {
        @Specialization
        static boolean bool(Object self) {
            accepts(self, self);
            return PyObjectOps.isTrue(self);
        }
    }

    @Builtin(name = "__hash__", signature = "self, /")
    @GenerateNodeFactory
    public abstract static class HashNode extends BuiltinNode.Unary {
        @Specialization
        static long hash(Object self) {
            accepts(self, self);
            return Hashing.hash(self);
        }
    }

    @Builtin(name = "__repr__", signature = "self, /")
    @GenerateNodeFactory
    public abstract static class ReprNode extends BuiltinNode.Unary {
        @Specialization
        static Object repr(Object self) {
            accepts(self, self);
            return Repr.repr(self);
        }
    }

    @Builtin(name = "__add__", signature = "self, value, /")
    @GenerateNodeFactory
    public abstract static class AddNode extends BuiltinNode.Binary {
        @Specialization
        static Object op(Object self, Object value) {
            return arithmetic(Operator.ADD, self, value, false);
        }
    }

    @Builtin(name = "__sub__", signature = "self, value, /")
    @GenerateNodeFactory
    public abstract static class SubNode extends BuiltinNode.Binary {
        @Specialization
        static Object op(Object self, Object value) {
            return arithmetic(Operator.SUB, self, value, false);
        }
    }

    @Builtin(name = "__mul__", signature = "self, value, /")
    @GenerateNodeFactory
    public abstract static class MulNode extends BuiltinNode.Binary {
        @Specialization
        static Object op(Object self, Object value) {
            return arithmetic(Operator.MUL, self, value, false);
        }
    }

    @Builtin(name = "__truediv__", signature = "self, value, /")
    @GenerateNodeFactory
    public abstract static class TruedivNode extends BuiltinNode.Binary {
        @Specialization
        static Object op(Object self, Object value) {
            return arithmetic(Operator.TRUEDIV, self, value, false);
        }
    }

    @Builtin(name = "__floordiv__", signature = "self, value, /")
    @GenerateNodeFactory
    public abstract static class FloordivNode extends BuiltinNode.Binary {
        @Specialization
        static Object op(Object self, Object value) {
            return arithmetic(Operator.FLOORDIV, self, value, false);
        }
    }

    @Builtin(name = "__mod__", signature = "self, value, /")
    @GenerateNodeFactory
    public abstract static class ModNode extends BuiltinNode.Binary {
        @Specialization
        static Object op(Object self, Object value) {
            return arithmetic(Operator.MOD, self, value, false);
        }
    }

    @Builtin(name = "__pow__", signature = "self, value, /")
    @GenerateNodeFactory
    public abstract static class PowNode extends BuiltinNode.Binary {
        @Specialization
        static Object op(Object self, Object value) {
            return arithmetic(Operator.POW, self, value, false);
        }
    }

    @Builtin(name = "__radd__", signature = "self, value, /")
    @GenerateNodeFactory
    public abstract static class RaddNode extends BuiltinNode.Binary {
        @Specialization
        static Object op(Object self, Object value) {
            return arithmetic(Operator.ADD, self, value, true);
        }
    }

    @Builtin(name = "__rsub__", signature = "self, value, /")
    @GenerateNodeFactory
    public abstract static class RsubNode extends BuiltinNode.Binary {
        @Specialization
        static Object op(Object self, Object value) {
            return arithmetic(Operator.SUB, self, value, true);
        }
    }

    @Builtin(name = "__rmul__", signature = "self, value, /")
    @GenerateNodeFactory
    public abstract static class RmulNode extends BuiltinNode.Binary {
        @Specialization
        static Object op(Object self, Object value) {
            return arithmetic(Operator.MUL, self, value, true);
        }
    }

    @Builtin(name = "__rtruediv__", signature = "self, value, /")
    @GenerateNodeFactory
    public abstract static class RtruedivNode extends BuiltinNode.Binary {
        @Specialization
        static Object op(Object self, Object value) {
            return arithmetic(Operator.TRUEDIV, self, value, true);
        }
    }

    @Builtin(name = "__rfloordiv__", signature = "self, value, /")
    @GenerateNodeFactory
    public abstract static class RfloordivNode extends BuiltinNode.Binary {
        @Specialization
        static Object op(Object self, Object value) {
            return arithmetic(Operator.FLOORDIV, self, value, true);
        }
    }

    @Builtin(name = "__rmod__", signature = "self, value, /")
    @GenerateNodeFactory
    public abstract static class RmodNode extends BuiltinNode.Binary {
        @Specialization
        static Object op(Object self, Object value) {
            return arithmetic(Operator.MOD, self, value, true);
        }
    }

    @Builtin(name = "__rpow__", signature = "self, value, /")
    @GenerateNodeFactory
    public abstract static class RpowNode extends BuiltinNode.Binary {
        @Specialization
        static Object op(Object self, Object value) {
            return arithmetic(Operator.POW, self, value, true);
        }
    }

    @Builtin(name = "__eq__", signature = "self, value, /")
    @GenerateNodeFactory
    public abstract static class EqNode extends BuiltinNode.Binary {
        @Specialization
        static Object op(Object self, Object value) {
            return compare(CompareOperator.EQ, self, value);
        }
    }

    @Builtin(name = "__ne__", signature = "self, value, /")
    @GenerateNodeFactory
    public abstract static class NeNode extends BuiltinNode.Binary {
        @Specialization
        static Object op(Object self, Object value) {
            return compare(CompareOperator.NE, self, value);
        }
    }

    @Builtin(name = "__lt__", signature = "self, value, /")
    @GenerateNodeFactory
    public abstract static class LtNode extends BuiltinNode.Binary {
        @Specialization
        static Object op(Object self, Object value) {
            return compare(CompareOperator.LT, self, value);
        }
    }

    @Builtin(name = "__le__", signature = "self, value, /")
    @GenerateNodeFactory
    public abstract static class LeNode extends BuiltinNode.Binary {
        @Specialization
        static Object op(Object self, Object value) {
            return compare(CompareOperator.LE, self, value);
        }
    }

    @Builtin(name = "__gt__", signature = "self, value, /")
    @GenerateNodeFactory
    public abstract static class GtNode extends BuiltinNode.Binary {
        @Specialization
        static Object op(Object self, Object value) {
            return compare(CompareOperator.GT, self, value);
        }
    }

    @Builtin(name = "__ge__", signature = "self, value, /")
    @GenerateNodeFactory
    public abstract static class GeNode extends BuiltinNode.Binary {
        @Specialization
        static Object op(Object self, Object value) {
            return compare(CompareOperator.GE, self, value);
        }
    }
}
