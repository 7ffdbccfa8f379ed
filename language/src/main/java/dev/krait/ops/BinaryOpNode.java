package dev.krait.ops;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.GenerateUncached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

import dev.krait.ast.Operator;
import dev.krait.runtime.PList;
import dev.krait.runtime.PNotImplemented;
import dev.krait.runtime.PRaise;
import dev.krait.runtime.PTuple;

/**
 * A binary operator ({@code a + b}, ...): fast paths for ints that fit a long (rewritten to the generic path on
 * overflow) and floats, then {@link #generic} — builtin semantics from {@link Arithmetic}, then special methods.
 */
public abstract class BinaryOpNode extends Node {

    public abstract Object execute(Object left, Object right);

    public static BinaryOpNode create(Operator op) {
        return switch (op) {
            case ADD -> BinaryOpNodeFactory.AddNodeGen.create();
            case SUB -> BinaryOpNodeFactory.SubNodeGen.create();
            case MUL -> BinaryOpNodeFactory.MulNodeGen.create();
            case TRUEDIV -> BinaryOpNodeFactory.TrueDivNodeGen.create();
            case FLOORDIV -> BinaryOpNodeFactory.FloorDivNodeGen.create();
            case MOD -> BinaryOpNodeFactory.ModNodeGen.create();
            case LSHIFT -> BinaryOpNodeFactory.LShiftNodeGen.create();
            case RSHIFT -> BinaryOpNodeFactory.RShiftNodeGen.create();
            case BITAND -> BinaryOpNodeFactory.BitAndNodeGen.create();
            case BITOR -> BinaryOpNodeFactory.BitOrNodeGen.create();
            case BITXOR -> BinaryOpNodeFactory.BitXorNodeGen.create();
            case POW, MATMUL -> BinaryOpNodeFactory.GenericBinaryNodeGen.create(op);
        };
    }

    /** The uncached node of an operator, for the bytecode engine. */
    public static BinaryOpNode getUncached(Operator op) {
        return UNCACHED[op.ordinal()];
    }

    private static final BinaryOpNode[] UNCACHED = new BinaryOpNode[Operator.values().length];

    static {
        for (Operator op : Operator.values()) {
            UNCACHED[op.ordinal()] = switch (op) {
                case ADD -> BinaryOpNodeFactory.AddNodeGen.getUncached();
                case SUB -> BinaryOpNodeFactory.SubNodeGen.getUncached();
                case MUL -> BinaryOpNodeFactory.MulNodeGen.getUncached();
                case TRUEDIV -> BinaryOpNodeFactory.TrueDivNodeGen.getUncached();
                case FLOORDIV -> BinaryOpNodeFactory.FloorDivNodeGen.getUncached();
                case MOD -> BinaryOpNodeFactory.ModNodeGen.getUncached();
                case LSHIFT -> BinaryOpNodeFactory.LShiftNodeGen.getUncached();
                case RSHIFT -> BinaryOpNodeFactory.RShiftNodeGen.getUncached();
                case BITAND -> BinaryOpNodeFactory.BitAndNodeGen.getUncached();
                case BITOR -> BinaryOpNodeFactory.BitOrNodeGen.getUncached();
                case BITXOR -> BinaryOpNodeFactory.BitXorNodeGen.getUncached();
                case POW, MATMUL -> new GenericBinaryUncached(op);
            };
        }
    }

    /** The full semantics of {@code a op b} for any operands. */
    @TruffleBoundary
    public static Object generic(Operator op, Object a, Object b) {
        boolean userTypes = !PyObjectOps.typeOf(a).isBuiltin() || !PyObjectOps.typeOf(b).isBuiltin();
        Object r;
        if (userTypes) {
            // Subclasses of builtin types may override the operator.
            r = SpecialMethods.binary(op, a, b);
            if (r != PNotImplemented.INSTANCE) {
                return r;
            }
        }
        r = Arithmetic.binary(op, a, b);
        if (r != PNotImplemented.INSTANCE) {
            return r;
        }
        throw unsupported(op, a, b);
    }

    static RuntimeException unsupported(Operator op, Object a, Object b) {
        if (op == Operator.ADD && (a instanceof String || a instanceof PList || a instanceof PTuple)) {
            String t = PyObjectOps.typeName(a);
            return PRaise.typeError(null, "can only concatenate %s (not \"%s\") to %s", t, PyObjectOps.typeName(b), t);
        }
        if (op == Operator.ADD && (a instanceof byte[] || a instanceof dev.krait.runtime.PByteArray)) {
            return PRaise.typeError(null, "can't concat %s to %s", PyObjectOps.typeName(b), PyObjectOps.typeName(a));
        }
        if (op == Operator.MUL && (isSequence(a) || isSequence(b))) {
            return PRaise.typeError(null, "can't multiply sequence by non-int of type '%s'", PyObjectOps.typeName(isSequence(a) ? b : a));
        }
        String symbol = op == Operator.POW ? "** or pow()" : op.symbol;
        return PRaise.typeError(null, "unsupported operand type(s) for %s: '%s' and '%s'", symbol, PyObjectOps.typeName(a), PyObjectOps.typeName(b));
    }

    static boolean isNonZero(double d) {
        return d != 0;
    }

    private static boolean isSequence(Object o) {
        return o instanceof String || o instanceof PList || o instanceof PTuple || o instanceof byte[] || o instanceof dev.krait.runtime.PByteArray;
    }

    @GenerateUncached
    public abstract static class AddNode extends BinaryOpNode {
        @Specialization(rewriteOn = ArithmeticException.class)
        static long addLong(long a, long b) {
            return Math.addExact(a, b);
        }

        @Specialization
        static double addDouble(double a, double b) {
            return a + b;
        }

        @Specialization
        static double addLongDouble(long a, double b) {
            return a + b;
        }

        @Specialization
        static double addDoubleLong(double a, long b) {
            return a + b;
        }

        @Specialization
        @TruffleBoundary
        static String addString(String a, String b) {
            return a.concat(b);
        }

        @Fallback
        static Object add(Object a, Object b) {
            return generic(Operator.ADD, a, b);
        }
    }

    @GenerateUncached
    public abstract static class SubNode extends BinaryOpNode {
        @Specialization(rewriteOn = ArithmeticException.class)
        static long subLong(long a, long b) {
            return Math.subtractExact(a, b);
        }

        @Specialization
        static double subDouble(double a, double b) {
            return a - b;
        }

        @Specialization
        static double subLongDouble(long a, double b) {
            return a - b;
        }

        @Specialization
        static double subDoubleLong(double a, long b) {
            return a - b;
        }

        @Fallback
        static Object sub(Object a, Object b) {
            return generic(Operator.SUB, a, b);
        }
    }

    @GenerateUncached
    public abstract static class MulNode extends BinaryOpNode {
        @Specialization(rewriteOn = ArithmeticException.class)
        static long mulLong(long a, long b) {
            return Math.multiplyExact(a, b);
        }

        @Specialization
        static double mulDouble(double a, double b) {
            return a * b;
        }

        @Specialization
        static double mulLongDouble(long a, double b) {
            return a * b;
        }

        @Specialization
        static double mulDoubleLong(double a, long b) {
            return a * b;
        }

        @Fallback
        static Object mul(Object a, Object b) {
            return generic(Operator.MUL, a, b);
        }
    }

    @GenerateUncached
    public abstract static class TrueDivNode extends BinaryOpNode {
        static boolean exactlyRepresentable(long a, long b) {
            return b != 0 && Math.abs(a) < (1L << 53) && Math.abs(b) < (1L << 53);
        }

        @Specialization(guards = "exactlyRepresentable(a, b)")
        static double divLong(long a, long b) {
            return (double) a / (double) b;
        }

        @Specialization(guards = "isNonZero(b)")
        static double divDouble(double a, double b) {
            return a / b;
        }

        @Fallback
        static Object div(Object a, Object b) {
            return generic(Operator.TRUEDIV, a, b);
        }
    }

    @GenerateUncached
    public abstract static class FloorDivNode extends BinaryOpNode {
        @Specialization(guards = "b > 0")
        static long floorDivLong(long a, long b) {
            return Math.floorDiv(a, b);
        }

        @Fallback
        static Object floorDiv(Object a, Object b) {
            return generic(Operator.FLOORDIV, a, b);
        }
    }

    @GenerateUncached
    public abstract static class ModNode extends BinaryOpNode {
        @Specialization(guards = "b > 0")
        static long modLong(long a, long b) {
            return Math.floorMod(a, b);
        }

        @Specialization(guards = "isNonZero(b)")
        static double modDouble(double a, double b) {
            return Arithmetic.floatMod(a, b);
        }

        @Fallback
        static Object mod(Object a, Object b) {
            return generic(Operator.MOD, a, b);
        }
    }

    @GenerateUncached
    public abstract static class LShiftNode extends BinaryOpNode {
        static boolean fits(long a, long b) {
            return b >= 0 && b < 63 && a == ((a << b) >> b);
        }

        @Specialization(guards = "fits(a, b)")
        static long shiftLong(long a, long b) {
            return a << b;
        }

        @Fallback
        static Object shift(Object a, Object b) {
            return generic(Operator.LSHIFT, a, b);
        }
    }

    @GenerateUncached
    public abstract static class RShiftNode extends BinaryOpNode {
        @Specialization(guards = "b >= 0")
        static long shiftLong(long a, long b) {
            return a >> Math.min(b, 63);
        }

        @Fallback
        static Object shift(Object a, Object b) {
            return generic(Operator.RSHIFT, a, b);
        }
    }

    @GenerateUncached
    public abstract static class BitAndNode extends BinaryOpNode {
        @Specialization
        static long andLong(long a, long b) {
            return a & b;
        }

        @Specialization
        static boolean andBool(boolean a, boolean b) {
            return a & b;
        }

        @Fallback
        static Object and(Object a, Object b) {
            return generic(Operator.BITAND, a, b);
        }
    }

    @GenerateUncached
    public abstract static class BitOrNode extends BinaryOpNode {
        @Specialization
        static long orLong(long a, long b) {
            return a | b;
        }

        @Specialization
        static boolean orBool(boolean a, boolean b) {
            return a | b;
        }

        @Fallback
        static Object or(Object a, Object b) {
            return generic(Operator.BITOR, a, b);
        }
    }

    @GenerateUncached
    public abstract static class BitXorNode extends BinaryOpNode {
        @Specialization
        static long xorLong(long a, long b) {
            return a ^ b;
        }

        @Specialization
        static boolean xorBool(boolean a, boolean b) {
            return a ^ b;
        }

        @Fallback
        static Object xor(Object a, Object b) {
            return generic(Operator.BITXOR, a, b);
        }
    }

    /** Operators without fast paths (**, @). */
    public abstract static class GenericBinaryNode extends BinaryOpNode {
        private final Operator op;

        GenericBinaryNode(Operator op) {
            this.op = op;
        }

        @Specialization
        Object doGeneric(Object a, Object b) {
            return generic(op, a, b);
        }
    }

    static final class GenericBinaryUncached extends BinaryOpNode {
        private final Operator op;

        GenericBinaryUncached(Operator op) {
            this.op = op;
        }

        @Override
        public Object execute(Object left, Object right) {
            return generic(op, left, right);
        }

        @Override
        public boolean isAdoptable() {
            return false;
        }
    }
}
