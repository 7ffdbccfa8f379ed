package dev.krait.ops;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.krait.ast.Operator;
import dev.krait.runtime.BuiltinClasses;
import dev.krait.runtime.PDict;
import dev.krait.runtime.PNotImplemented;
import dev.krait.runtime.PSet;
import dev.krait.runtime.PythonClass;
import dev.krait.runtime.SetStorage;

/**
 * Set algebra for the operators (| & - ^ and their in-place forms) and the set methods. Each operation visits the
 * elements in the order CPython's setobject.c does (which set it walks, which it probes, when it copies first), so
 * the resulting tables, and hence iteration orders, are CPython's.
 */
public final class SetOps {
    private SetOps() {
    }

    /** The class of a result built from {@code s}: set or frozenset (CPython's make_new_set_basetype). */
    public static PythonClass baseType(PSet s) {
        return s.isFrozen() ? BuiltinClasses.FROZENSET : BuiltinClasses.SET;
    }

    /** {@code a op b} for two sets, or NotImplemented when op is not a set operator. */
    @TruffleBoundary
    public static Object binary(Operator op, PSet a, PSet b) {
        SetStorage result;
        switch (op) {
            case BITOR:
                result = a.getStorage().copy();
                if (a != b) {
                    update(result, b);
                }
                break;
            case BITAND:
                result = intersection(a.getStorage(), b);
                break;
            case SUB:
                result = difference(a.getStorage(), b);
                break;
            case BITXOR:
                result = symmetricDifference(a.getStorage(), b);
                break;
            default:
                return PNotImplemented.INSTANCE;
        }
        return new PSet(result, baseType(a));
    }

    /** {@code a op= b} on a mutable set: changes {@code a} in place and returns it, or null when op is not a set operator. */
    @TruffleBoundary
    public static Object inplace(Operator op, PSet a, PSet b) {
        SetStorage s = a.getStorage();
        switch (op) {
            case BITOR:
                update(s, b);
                return a;
            case BITAND:
                s.swapContents(intersection(s, b));
                return a;
            case SUB:
                differenceUpdate(s, b);
                return a;
            case BITXOR:
                symmetricDifferenceUpdate(s, b);
                return a;
            default:
                return null;
        }
    }

    /** A new table with the elements of any iterable (a set is copied slot for slot, a dict presized). */
    @TruffleBoundary
    public static SetStorage storageOf(Object iterable) {
        SetStorage s = new SetStorage();
        update(s, iterable);
        return s;
    }

    /** Adds the elements of any iterable (CPython's set_update_internal). */
    @TruffleBoundary
    public static void update(SetStorage target, Object other) {
        if (other instanceof PSet o) {
            target.addAll(o.getStorage());
        } else if (other instanceof PDict d && d.getPythonClass() == BuiltinClasses.DICT) {
            target.addAllKeys(d.getStorage());
        } else {
            Object it = PyObjectOps.getIter(other);
            Object v;
            while ((v = PyObjectOps.next(it)) != null) {
                target.add(v);
            }
        }
    }

    private static boolean containsKey(SetStorage s, Object key, long hash) {
        return s.find(key, hash) >= 0;
    }

    /** The elements of {@code so} also in {@code other}: walks the smaller set and probes the larger one. */
    @TruffleBoundary
    public static SetStorage intersection(SetStorage so, Object other) {
        if (other instanceof PSet o && o.getStorage() == so) {
            return so.copy();
        }
        SetStorage result = new SetStorage();
        if (other instanceof PSet o) {
            SetStorage walked = o.getStorage();
            SetStorage probed = so;
            if (walked.size() > probed.size()) {
                SetStorage t = walked;
                walked = probed;
                probed = t;
            }
            for (int p = 0; p < walked.limit(); p++) {
                Object k = walked.keyAt(p);
                if (k != null && containsKey(probed, k, walked.hashAt(p))) {
                    result.add(k, walked.hashAt(p));
                }
            }
            return result;
        }
        Object it = PyObjectOps.getIter(other);
        Object v;
        while ((v = PyObjectOps.next(it)) != null) {
            long h = PSet.lookupHash(v);
            if (containsKey(so, v, h)) {
                result.add(v, h);
            }
        }
        return result;
    }

    /** The elements of {@code so} not in {@code other}. */
    @TruffleBoundary
    public static SetStorage difference(SetStorage so, Object other) {
        int otherSize;
        if (other instanceof PSet o) {
            otherSize = o.size();
        } else if (other instanceof PDict d && d.getPythonClass() == BuiltinClasses.DICT) {
            otherSize = d.size();
        } else {
            return copyAndDifference(so, other);
        }
        if ((so.size() >> 2) > otherSize) {
            return copyAndDifference(so, other);
        }
        SetStorage result = new SetStorage();
        for (int p = 0; p < so.limit(); p++) {
            Object k = so.keyAt(p);
            if (k == null) {
                continue;
            }
            long h = so.hashAt(p);
            boolean inOther = other instanceof PSet o ? containsKey(o.getStorage(), k, h) : ((PDict) other).getStorage().find(k, h) >= 0;
            if (!inOther) {
                result.add(k, h);
            }
        }
        return result;
    }

    private static SetStorage copyAndDifference(SetStorage so, Object other) {
        SetStorage result = so.copy();
        differenceUpdate(result, other);
        return result;
    }

    /** Removes the elements of {@code other} (CPython's set_difference_update_internal). */
    @TruffleBoundary
    public static void differenceUpdate(SetStorage so, Object other) {
        if (other instanceof PSet o && o.getStorage() == so) {
            so.clear();
            return;
        }
        if (other instanceof PSet o) {
            SetStorage removed = o.getStorage();
            if ((removed.size() >> 3) > so.size()) {
                // Much larger than us: walk only what we have in common.
                removed = intersection(so, o);
            }
            for (int p = 0; p < removed.limit(); p++) {
                Object k = removed.keyAt(p);
                if (k != null) {
                    so.discard(k, removed.hashAt(p));
                }
            }
        } else {
            Object it = PyObjectOps.getIter(other);
            Object v;
            while ((v = PyObjectOps.next(it)) != null) {
                so.discard(v, PSet.lookupHash(v));
            }
        }
        so.compactIfManyDummies();
    }

    /** The elements in exactly one of the two: built as a copy of {@code other} updated with {@code so}. */
    @TruffleBoundary
    public static SetStorage symmetricDifference(SetStorage so, Object other) {
        SetStorage result = storageOf(other);
        toggleAll(result, so);
        return result;
    }

    /** Toggles the membership of each element of {@code other}. */
    @TruffleBoundary
    public static void symmetricDifferenceUpdate(SetStorage so, Object other) {
        if (other instanceof PSet o && o.getStorage() == so) {
            so.clear();
            return;
        }
        if (other instanceof PDict d && d.getPythonClass() == BuiltinClasses.DICT) {
            var ds = d.getStorage();
            for (int p = 0; p < ds.limit(); p++) {
                Object k = ds.keyAt(p);
                if (k != null && !so.discard(k, ds.hashAt(p))) {
                    so.add(k, ds.hashAt(p));
                }
            }
            return;
        }
        toggleAll(so, other instanceof PSet o ? o.getStorage() : storageOf(other));
    }

    private static void toggleAll(SetStorage so, SetStorage walked) {
        for (int p = 0; p < walked.limit(); p++) {
            Object k = walked.keyAt(p);
            if (k != null && !so.discard(k, walked.hashAt(p))) {
                so.add(k, walked.hashAt(p));
            }
        }
    }

    /** {@code a <= other} for any iterable other. */
    @TruffleBoundary
    public static boolean isSubset(PSet a, Object other) {
        SetStorage o = other instanceof PSet os ? os.getStorage() : storageOf(other);
        SetStorage s = a.getStorage();
        if (s.size() > o.size()) {
            return false;
        }
        for (int p = 0; p < s.limit(); p++) {
            Object k = s.keyAt(p);
            if (k != null && !containsKey(o, k, s.hashAt(p))) {
                return false;
            }
        }
        return true;
    }

    /** {@code a >= other} for any iterable other. */
    @TruffleBoundary
    public static boolean isSuperset(PSet a, Object other) {
        if (other instanceof PSet o) {
            return isSubset(o, a);
        }
        Object it = PyObjectOps.getIter(other);
        Object v;
        while ((v = PyObjectOps.next(it)) != null) {
            if (!a.contains(v)) {
                return false;
            }
        }
        return true;
    }

    @TruffleBoundary
    public static boolean isDisjoint(PSet a, Object other) {
        if (other == a) {
            return a.size() == 0;
        }
        if (other instanceof PSet o) {
            SetStorage walked = a.getStorage();
            SetStorage probed = o.getStorage();
            if (walked.size() > probed.size()) {
                SetStorage t = walked;
                walked = probed;
                probed = t;
            }
            for (int p = 0; p < walked.limit(); p++) {
                Object k = walked.keyAt(p);
                if (k != null && containsKey(probed, k, walked.hashAt(p))) {
                    return false;
                }
            }
            return true;
        }
        Object it = PyObjectOps.getIter(other);
        Object v;
        while ((v = PyObjectOps.next(it)) != null) {
            if (a.contains(v)) {
                return false;
            }
        }
        return true;
    }
}
