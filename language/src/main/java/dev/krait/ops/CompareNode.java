package dev.krait.ops;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.GenerateUncached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

import dev.krait.ast.CompareOperator;
import dev.krait.runtime.BuiltinClasses;
import dev.krait.runtime.PDict;
import dev.krait.runtime.PSet;
import dev.krait.runtime.PythonClass;

/** A comparison ({@code a < b}, {@code a == b}, {@code a in b}, {@code a is b}, ...); the result may be any object. */
public abstract class CompareNode extends Node {

    public abstract Object execute(Object left, Object right);

    public static CompareNode create(CompareOperator op) {
        return switch (op) {
            case EQ -> CompareNodeFactory.EqNodeGen.create();
            case NE -> CompareNodeFactory.NeNodeGen.create();
            case LT -> CompareNodeFactory.LtNodeGen.create();
            case LE -> CompareNodeFactory.LeNodeGen.create();
            case GT -> CompareNodeFactory.GtNodeGen.create();
            case GE -> CompareNodeFactory.GeNodeGen.create();
            case IS -> CompareNodeFactory.IsNodeGen.create();
            case IS_NOT -> CompareNodeFactory.IsNotNodeGen.create();
            case IN -> CompareNodeFactory.InNodeGen.create();
            case NOT_IN -> CompareNodeFactory.NotInNodeGen.create();
        };
    }

    private static final CompareNode[] UNCACHED = {
                    CompareNodeFactory.EqNodeGen.getUncached(), CompareNodeFactory.NeNodeGen.getUncached(),
                    CompareNodeFactory.LtNodeGen.getUncached(), CompareNodeFactory.LeNodeGen.getUncached(),
                    CompareNodeFactory.GtNodeGen.getUncached(), CompareNodeFactory.GeNodeGen.getUncached(),
                    CompareNodeFactory.IsNodeGen.getUncached(), CompareNodeFactory.IsNotNodeGen.getUncached(),
                    CompareNodeFactory.InNodeGen.getUncached(), CompareNodeFactory.NotInNodeGen.getUncached()};

    public static CompareNode getUncached(CompareOperator op) {
        return UNCACHED[op.ordinal()];
    }

    @TruffleBoundary
    static Object generic(CompareOperator op, Object a, Object b) {
        return Comparison.richCompare(op, a, b);
    }

    @GenerateUncached
    public abstract static class EqNode extends CompareNode {
        @Specialization
        static boolean eqLong(long a, long b) {
            return a == b;
        }

        @Specialization
        static boolean eqDouble(double a, double b) {
            return a == b;
        }

        @Specialization
        @TruffleBoundary
        static boolean eqString(String a, String b) {
            return a.equals(b);
        }

        @Fallback
        static Object eq(Object a, Object b) {
            return generic(CompareOperator.EQ, a, b);
        }
    }

    @GenerateUncached
    public abstract static class NeNode extends CompareNode {
        @Specialization
        static boolean neLong(long a, long b) {
            return a != b;
        }

        @Specialization
        static boolean neDouble(double a, double b) {
            return a != b;
        }

        @Specialization
        @TruffleBoundary
        static boolean neString(String a, String b) {
            return !a.equals(b);
        }

        @Fallback
        static Object ne(Object a, Object b) {
            return generic(CompareOperator.NE, a, b);
        }
    }

    @GenerateUncached
    public abstract static class LtNode extends CompareNode {
        @Specialization
        static boolean ltLong(long a, long b) {
            return a < b;
        }

        @Specialization
        static boolean ltDouble(double a, double b) {
            return a < b;
        }

        @Specialization
        static boolean ltString(String a, String b) {
            return Comparison.compareStrings(a, b) < 0;
        }

        @Fallback
        static Object lt(Object a, Object b) {
            return generic(CompareOperator.LT, a, b);
        }
    }

    @GenerateUncached
    public abstract static class LeNode extends CompareNode {
        @Specialization
        static boolean leLong(long a, long b) {
            return a <= b;
        }

        @Specialization
        static boolean leDouble(double a, double b) {
            return a <= b;
        }

        @Specialization
        static boolean leString(String a, String b) {
            return Comparison.compareStrings(a, b) <= 0;
        }

        @Fallback
        static Object le(Object a, Object b) {
            return generic(CompareOperator.LE, a, b);
        }
    }

    @GenerateUncached
    public abstract static class GtNode extends CompareNode {
        @Specialization
        static boolean gtLong(long a, long b) {
            return a > b;
        }

        @Specialization
        static boolean gtDouble(double a, double b) {
            return a > b;
        }

        @Specialization
        static boolean gtString(String a, String b) {
            return Comparison.compareStrings(a, b) > 0;
        }

        @Fallback
        static Object gt(Object a, Object b) {
            return generic(CompareOperator.GT, a, b);
        }
    }

    @GenerateUncached
    public abstract static class GeNode extends CompareNode {
        @Specialization
        static boolean geLong(long a, long b) {
            return a >= b;
        }

        @Specialization
        static boolean geDouble(double a, double b) {
            return a >= b;
        }

        @Specialization
        static boolean geString(String a, String b) {
            return Comparison.compareStrings(a, b) >= 0;
        }

        @Fallback
        static Object ge(Object a, Object b) {
            return generic(CompareOperator.GE, a, b);
        }
    }

    @GenerateUncached
    public abstract static class IsNode extends CompareNode {
        @Specialization
        static boolean is(Object a, Object b) {
            return Comparison.is(a, b);
        }
    }

    @GenerateUncached
    public abstract static class IsNotNode extends CompareNode {
        @Specialization
        static boolean isNot(Object a, Object b) {
            return !Comparison.is(a, b);
        }
    }

    /** Half of a character outside the BMP: as a one-char str it is a lone surrogate, not part of a pair. */
    static boolean isSurrogate(char c) {
        return Character.isSurrogate(c);
    }

    static final PythonClass DICT = BuiltinClasses.DICT;

    static boolean isExactSet(PSet set) {
        PythonClass c = set.getPythonClass();
        return c == BuiltinClasses.SET || c == BuiltinClasses.FROZENSET;
    }

    /** {@code a in b}; also the one implementation of membership that {@code not in} negates. */
    @GenerateUncached
    public abstract static class InNode extends CompareNode {
        public abstract boolean executeIn(Object left, Object right);

        /** An int in a set or frozenset (not a subclass, which may define its own __contains__). */
        @Specialization(guards = "isExactSet(b)")
        static boolean inSet(long a, PSet b) {
            return b.getStorage().findLong(a) >= 0;
        }

        /** A one-character str in a str (ch in "eE", ch in WHITESPACE): a scan, no boundary. */
        @Specialization(guards = {"a.length() == 1", "!isSurrogate(a.charAt(0))"})
        static boolean inStrChar(String a, String b) {
            return Strings.containsChar(b, a.charAt(0));
        }

        /** A key in a dict (not a subclass, which may define its own __contains__). */
        @Specialization(guards = "b.getPythonClass() == DICT")
        static boolean inDict(Object a, PDict b) {
            return b.getStorage().containsKey(a);
        }

        @Specialization(replaces = {"inSet", "inStrChar", "inDict"})
        static boolean in(Object a, Object b) {
            return PyObjectOps.contains(b, a);
        }
    }

    @GenerateUncached
    public abstract static class NotInNode extends CompareNode {
        @Specialization
        static boolean notIn(Object a, Object b, @Cached InNode in) {
            return !in.executeIn(a, b);
        }
    }
}
