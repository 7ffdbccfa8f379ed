package dev.krait.ops;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.GenerateUncached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

import dev.krait.ast.UnaryOperator;
import dev.krait.runtime.PNotImplemented;
import dev.krait.runtime.PRaise;

/** Unary {@code -x}, {@code +x}, {@code ~x} ({@code not} is a truth test). */
public abstract class UnaryOpNode extends Node {

    public abstract Object execute(Object value);

    public static UnaryOpNode create(UnaryOperator op) {
        return switch (op) {
            case NEG -> UnaryOpNodeFactory.NegNodeGen.create();
            case POS -> UnaryOpNodeFactory.PosNodeGen.create();
            case INVERT -> UnaryOpNodeFactory.InvertNodeGen.create();
            case NOT -> throw new IllegalArgumentException("not is a truth test");
        };
    }

    public static UnaryOpNode getUncached(UnaryOperator op) {
        return switch (op) {
            case NEG -> UnaryOpNodeFactory.NegNodeGen.getUncached();
            case POS -> UnaryOpNodeFactory.PosNodeGen.getUncached();
            case INVERT -> UnaryOpNodeFactory.InvertNodeGen.getUncached();
            case NOT -> throw new IllegalArgumentException("not is a truth test");
        };
    }

    @TruffleBoundary
    static Object generic(UnaryOperator op, Object value) {
        // A user class's method first: it overrides the one of a builtin base (IntFlag.__invert__ over int's).
        String name = switch (op) {
            case NEG -> "__neg__";
            case POS -> "__pos__";
            default -> "__invert__";
        };
        Object special = SpecialMethods.callIfDefined(value, name);
        if (special != null) {
            return special;
        }
        Object r = switch (op) {
            case NEG -> Arithmetic.negate(value);
            case POS -> Arithmetic.positive(value);
            default -> Arithmetic.invert(value);
        };
        if (r != PNotImplemented.INSTANCE) {
            return r;
        }
        throw PRaise.typeError(null, "bad operand type for unary %s: '%s'", op.symbol, PyObjectOps.typeName(value));
    }

    @GenerateUncached
    public abstract static class NegNode extends UnaryOpNode {
        @Specialization(guards = "value != MIN")
        static long negLong(long value) {
            return -value;
        }

        @Specialization
        static double negDouble(double value) {
            return -value;
        }

        @Fallback
        static Object neg(Object value) {
            return generic(UnaryOperator.NEG, value);
        }

        static final long MIN = Long.MIN_VALUE;
    }

    @GenerateUncached
    public abstract static class PosNode extends UnaryOpNode {
        @Specialization
        static long posLong(long value) {
            return value;
        }

        @Specialization
        static double posDouble(double value) {
            return value;
        }

        @Fallback
        static Object pos(Object value) {
            return generic(UnaryOperator.POS, value);
        }
    }

    @GenerateUncached
    public abstract static class InvertNode extends UnaryOpNode {
        @Specialization
        static long invertLong(long value) {
            return ~value;
        }

        @Fallback
        static Object invert(Object value) {
            return generic(UnaryOperator.INVERT, value);
        }
    }
}
