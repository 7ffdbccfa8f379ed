package dev.krait.ops;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.krait.ast.CompareOperator;
import dev.krait.ast.Operator;
import dev.krait.runtime.BuiltinClasses;
import dev.krait.runtime.PException;
import dev.krait.runtime.PNone;
import dev.krait.runtime.PNotImplemented;
import dev.krait.runtime.PRaise;
import dev.krait.runtime.PythonClass;

/**
 * Dispatch to special methods ({@code __add__}, {@code __eq__}, {@code __len__}, ...) defined by user classes.
 * Builtin types implement their operations in Java, so a lookup stops at a builtin class in the MRO that has the method.
 */
public final class SpecialMethods {
    private SpecialMethods() {
    }

    /** The special method as defined by a user class of {@code o}, or null. */
    @TruffleBoundary
    public static Object lookupUser(Object o, String name) {
        PythonClass type = PyObjectOps.typeOf(o);
        if (type.isBuiltin()) {
            return null;
        }
        for (PythonClass c : type.mro) {
            Object v = c.getOwnAttribute(name);
            if (c.isBuiltin()) {
                // The builtin's own method is the native one its caller falls back to; a builtin base without the
                // method (int has no __contains__) lets the search go on to the user classes after it (IntFlag's Flag).
                if (v != null || c == BuiltinClasses.OBJECT) {
                    return null;
                }
                continue;
            }
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    /** Calls {@code o.name()} if a user class defines it; null otherwise. */
    @TruffleBoundary
    public static Object callIfDefined(Object o, String name) {
        Object method = lookupUser(o, name);
        if (method == null || method == PNone.NONE) {
            return null;
        }
        return Calls.callUncached(method, o);
    }

    @TruffleBoundary
    public static Object callMethod(Object o, String name, Object... args) {
        Object method = lookupUser(o, name);
        Object[] all = new Object[args.length + 1];
        all[0] = o;
        System.arraycopy(args, 0, all, 1, args.length);
        return Calls.callUncached(method, all);
    }

    private static final String[] FORWARD = {"__add__", "__sub__", "__mul__", "__matmul__", "__truediv__", "__floordiv__", "__mod__", "__pow__",
                    "__lshift__", "__rshift__", "__or__", "__xor__", "__and__"};
    private static final String[] REFLECTED = {"__radd__", "__rsub__", "__rmul__", "__rmatmul__", "__rtruediv__", "__rfloordiv__", "__rmod__",
                    "__rpow__", "__rlshift__", "__rrshift__", "__ror__", "__rxor__", "__rand__"};
    private static final String[] INPLACE = {"__iadd__", "__isub__", "__imul__", "__imatmul__", "__itruediv__", "__ifloordiv__", "__imod__",
                    "__ipow__", "__ilshift__", "__irshift__", "__ior__", "__ixor__", "__iand__"};

    public static String forwardName(Operator op) {
        return FORWARD[op.ordinal()];
    }

    public static String inplaceName(Operator op) {
        return INPLACE[op.ordinal()];
    }

    /** a op b through __op__ / __rop__ of user classes (the reflected one first when b's type is a subclass of a's). */
    @TruffleBoundary
    public static Object binary(Operator op, Object a, Object b) {
        String forward = FORWARD[op.ordinal()];
        String reflected = REFLECTED[op.ordinal()];
        PythonClass ta = PyObjectOps.typeOf(a);
        PythonClass tb = PyObjectOps.typeOf(b);
        Object fa = lookupUser(a, forward);
        Object rb = ta == tb ? null : lookupUser(b, reflected);
        if (rb != null && tb.isSubclassOf(ta) && rb != lookupUser(a, reflected)) {
            Object r = Calls.callUncached(rb, b, a);
            if (r != PNotImplemented.INSTANCE) {
                return r;
            }
            rb = null;
        }
        if (fa != null) {
            Object r = Calls.callUncached(fa, a, b);
            if (r != PNotImplemented.INSTANCE) {
                return r;
            }
        }
        if (rb != null) {
            return Calls.callUncached(rb, b, a);
        }
        return PNotImplemented.INSTANCE;
    }

    /** a op= b through __iop__, or null when the user class does not define it. */
    @TruffleBoundary
    public static Object inplace(Operator op, Object a, Object b) {
        Object f = lookupUser(a, INPLACE[op.ordinal()]);
        if (f == null) {
            return null;
        }
        Object r = Calls.callUncached(f, a, b);
        return r == PNotImplemented.INSTANCE ? null : r;
    }

    private static String compareName(CompareOperator op) {
        return switch (op) {
            case EQ -> "__eq__";
            case NE -> "__ne__";
            case LT -> "__lt__";
            case LE -> "__le__";
            case GT -> "__gt__";
            case GE -> "__ge__";
            default -> throw new IllegalArgumentException();
        };
    }

    private static CompareOperator swapped(CompareOperator op) {
        return switch (op) {
            case EQ -> CompareOperator.EQ;
            case NE -> CompareOperator.NE;
            case LT -> CompareOperator.GT;
            case LE -> CompareOperator.GE;
            case GT -> CompareOperator.LT;
            case GE -> CompareOperator.LE;
            default -> throw new IllegalArgumentException();
        };
    }

    @TruffleBoundary
    public static Object richCompare(CompareOperator op, Object a, Object b) {
        String name = compareName(op);
        String reflectedName = compareName(swapped(op));
        PythonClass ta = PyObjectOps.typeOf(a);
        PythonClass tb = PyObjectOps.typeOf(b);
        Object rb = lookupUser(b, reflectedName);
        if (rb != null && ta != tb && tb.isSubclassOf(ta)) {
            Object r = Calls.callUncached(rb, b, a);
            if (r != PNotImplemented.INSTANCE) {
                return r;
            }
        }
        Object fa = lookupUser(a, name);
        if (fa != null) {
            Object r = Calls.callUncached(fa, a, b);
            if (r != PNotImplemented.INSTANCE) {
                return r;
            }
        }
        if (rb != null) {
            Object r = Calls.callUncached(rb, b, a);
            if (r != PNotImplemented.INSTANCE) {
                return r;
            }
        }
        if (op == CompareOperator.NE) {
            // The default __ne__ inverts __eq__: first the left operand's, then (reflected) the right one's.
            Object eq = lookupUser(a, "__eq__");
            if (eq != null && fa == null) {
                Object r = Calls.callUncached(eq, a, b);
                if (r != PNotImplemented.INSTANCE) {
                    return !PyObjectOps.isTrue(r);
                }
            }
            Object reflectedEq = lookupUser(b, "__eq__");
            if (reflectedEq != null && rb == null) {
                Object r = Calls.callUncached(reflectedEq, b, a);
                if (r != PNotImplemented.INSTANCE) {
                    return !PyObjectOps.isTrue(r);
                }
            }
        }
        return PNotImplemented.INSTANCE;
    }

    /** hash() through __hash__ of a user class; raises for classes that set __hash__ = None. */
    @TruffleBoundary
    public static Object hashOrNull(Object o) {
        Object h = lookupUser(o, "__hash__");
        if (h == PNone.NONE) {
            throw PRaise.typeError(null, "unhashable type: '%s'", PyObjectOps.typeName(o));
        }
        if (h == null) {
            if (lookupUser(o, "__eq__") != null) {
                throw PRaise.typeError(null, "unhashable type: '%s'", PyObjectOps.typeName(o));
            }
            return null;
        }
        Object r = Calls.callUncached(h, o);
        if (!Arithmetic.isInt(r)) {
            throw PRaise.typeError(null, "__hash__ method should return an integer");
        }
        return r instanceof Long l ? (l == -1 ? -2L : l) : dev.krait.runtime.Hashing.hash(r);
    }

    /** __next__ of a user iterator; null when it raises StopIteration. */
    @TruffleBoundary
    public static Object callNext(Object iterator) {
        Object next = lookupUser(iterator, "__next__");
        if (next == null) {
            throw PRaise.typeError(null, "'%s' object is not an iterator", PyObjectOps.typeName(iterator));
        }
        try {
            return Calls.callUncached(next, iterator);
        } catch (PException e) {
            if (e.getException().getPythonClass().isSubclassOf(BuiltinClasses.STOP_ITERATION)) {
                return null;
            }
            throw e;
        }
    }
}
