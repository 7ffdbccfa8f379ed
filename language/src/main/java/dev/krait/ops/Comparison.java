package dev.krait.ops;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.krait.ast.CompareOperator;
import dev.krait.runtime.DictStorage;
import dev.krait.runtime.PBaseException;
import dev.krait.runtime.PDict;
import dev.krait.runtime.PList;
import dev.krait.runtime.PNone;
import dev.krait.runtime.PNotImplemented;
import dev.krait.runtime.PRaise;
import dev.krait.runtime.PRange;
import dev.krait.runtime.PSet;
import dev.krait.runtime.PTuple;

/** The generic semantics of ==, !=, <, <=, >, >= and {@code is}. */
public final class Comparison {
    private Comparison() {
    }

    /** {@code a == b} as a Java boolean. */
    @TruffleBoundary
    public static boolean eq(Object a, Object b) {
        // Like CPython's PyObject_RichCompareBool: identity implies equality (so [nan] == [nan]).
        if (is(a, b)) {
            return true;
        }
        Object r = richCompare(CompareOperator.EQ, a, b);
        return r instanceof Boolean bool ? bool : PyObjectOps.isTrue(r);
    }

    /** Python's {@code is}: identity, with value identity for the immutable values Krait keeps unboxed. */
    public static boolean is(Object a, Object b) {
        if (a == b) {
            return true;
        }
        if (a instanceof Long x && b instanceof Long y) {
            return x.longValue() == y.longValue();
        }
        if (a instanceof Boolean x && b instanceof Boolean y) {
            return x.booleanValue() == y.booleanValue();
        }
        if (a instanceof String x && b instanceof String y) {
            return x.equals(y);
        }
        if (a instanceof Double x && b instanceof Double y) {
            // Floats are unboxed in Krait: the same bits stand for the same object.
            return Double.doubleToRawLongBits(x) == Double.doubleToRawLongBits(y);
        }
        return false;
    }

    @TruffleBoundary
    public static Object richCompare(CompareOperator op, Object a, Object b) {
        boolean userTypes = !PyObjectOps.typeOf(a).isBuiltin() || !PyObjectOps.typeOf(b).isBuiltin();
        if (userTypes) {
            Object special = SpecialMethods.richCompare(op, a, b);
            if (special != PNotImplemented.INSTANCE) {
                return special;
            }
        }
        Object builtin = builtinCompare(op, a, b);
        if (builtin != PNotImplemented.INSTANCE) {
            return builtin;
        }
        switch (op) {
            case EQ:
                return a == b;
            case NE:
                return a != b;
            default:
                throw PRaise.typeError(null, "'%s' not supported between instances of '%s' and '%s'", op.symbol,
                                PyObjectOps.typeName(a), PyObjectOps.typeName(b));
        }
    }

    private static Object fromOrder(CompareOperator op, int c) {
        if (c == 2) {
            // NaN: unordered
            return op == CompareOperator.NE;
        }
        return switch (op) {
            case EQ -> c == 0;
            case NE -> c != 0;
            case LT -> c < 0;
            case LE -> c <= 0;
            case GT -> c > 0;
            case GE -> c >= 0;
            default -> throw new IllegalStateException();
        };
    }

    /**
     * A comparison by the builtin types' own rules only (the {@code __lt__} etc. of tuple and list): a subclass's
     * methods are not consulted, so {@code tuple.__lt__(self, other)} inside an override does not recurse.
     */
    public static Object builtinRichCompare(CompareOperator op, Object left, Object right) {
        return builtinCompare(op, left, right);
    }

    private static Object builtinCompare(CompareOperator op, Object left, Object right) {
        Object a = PyObjectOps.builtinValue(left);
        Object b = PyObjectOps.builtinValue(right);
        if (Arithmetic.isNumber(a) && Arithmetic.isNumber(b)) {
            return fromOrder(op, Arithmetic.compareNumbers(a, b));
        }
        if (a instanceof String x && b instanceof String y) {
            return fromOrder(op, Integer.signum(compareStrings(x, y)));
        }
        if (a instanceof PList x && b instanceof PList y) {
            return compareSequences(op, x.toArray(), y.toArray());
        }
        if (a instanceof PTuple x && b instanceof PTuple y) {
            return compareSequences(op, x.getItems(), y.getItems());
        }
        if (op == CompareOperator.EQ || op == CompareOperator.NE) {
            Boolean equal = builtinEquals(a, b);
            if (equal != null) {
                return op == CompareOperator.EQ ? equal : !equal;
            }
        }
        if (a instanceof PSet x && b instanceof PSet y) {
            return setCompare(op, x, y);
        }
        return PNotImplemented.INSTANCE;
    }

    /** Compares by code point (Java's compareTo compares UTF-16 units, which differs only for astral chars). */
    public static int compareStrings(String x, String y) {
        int n = Math.min(x.length(), y.length());
        for (int i = 0; i < n; i++) {
            char cx = x.charAt(i);
            char cy = y.charAt(i);
            if (cx != cy) {
                if (Character.isSurrogate(cx) || Character.isSurrogate(cy)) {
                    return Integer.compare(x.codePointAt(i), y.codePointAt(i));
                }
                return cx - cy;
            }
        }
        return x.length() - y.length();
    }

    private static Boolean builtinEquals(Object a, Object b) {
        if (a instanceof PDict x && b instanceof PDict y) {
            if (x.size() != y.size()) {
                return false;
            }
            DictStorage s = x.getStorage();
            for (int p = 0; p < s.limit(); p++) {
                Object k = s.keyAt(p);
                if (k == null) {
                    continue;
                }
                Object other = y.getStorage().get(k);
                if (other == null || !eq(s.valueAt(p), other)) {
                    return false;
                }
            }
            return true;
        }
        if (a instanceof PRange x && b instanceof PRange y) {
            long n = x.length();
            return n == y.length() && (n == 0 || (x.start == y.start && (n == 1 || x.step == y.step)));
        }
        if (a == PNone.NONE || b == PNone.NONE) {
            return a == b;
        }
        if (a instanceof byte[] x && b instanceof byte[] y) {
            return java.util.Arrays.equals(x, y);
        }
        if (a instanceof dev.krait.runtime.PBoundMethod x && b instanceof dev.krait.runtime.PBoundMethod y) {
            return x.self == y.self && x.function == y.function;
        }
        if (a instanceof PBaseException || b instanceof PBaseException) {
            return a == b;
        }
        return null;
    }

    private static Object setCompare(CompareOperator op, PSet x, PSet y) {
        boolean xInY = isSubset(x, y);
        switch (op) {
            case EQ:
                return x.size() == y.size() && xInY;
            case NE:
                return !(x.size() == y.size() && xInY);
            case LE:
                return xInY;
            case LT:
                return x.size() < y.size() && xInY;
            case GE:
                return isSubset(y, x);
            case GT:
                return y.size() < x.size() && isSubset(y, x);
            default:
                return PNotImplemented.INSTANCE;
        }
    }

    private static boolean isSubset(PSet x, PSet y) {
        return SetOps.isSubset(x, y);
    }

    private static Object compareSequences(CompareOperator op, Object[] x, Object[] y) {
        int n = Math.min(x.length, y.length);
        int i = 0;
        while (i < n && eq(x[i], y[i])) {
            i++;
        }
        if (i >= x.length || i >= y.length) {
            return fromOrder(op, Integer.signum(x.length - y.length));
        }
        switch (op) {
            case EQ:
                return false;
            case NE:
                return true;
            default:
                return richCompare(op, x[i], y[i]);
        }
    }
}
