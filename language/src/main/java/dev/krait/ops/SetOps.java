package dev.krait.ops;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.krait.ast.Operator;
import dev.krait.runtime.DictStorage;
import dev.krait.runtime.PSet;

/** Set algebra: |, &, -, ^ on sets and frozensets. */
public final class SetOps {
    private SetOps() {
    }

    /** The storage of {@code a op b}, or null when op is not a set operator. */
    @TruffleBoundary
    public static DictStorage combine(Operator op, PSet a, PSet b) {
        DictStorage x = a.getStorage();
        DictStorage y = b.getStorage();
        DictStorage out = new DictStorage();
        switch (op) {
            case BITOR:
                copyInto(x, out, null, false);
                copyInto(y, out, null, false);
                return out;
            case BITAND:
                copyInto(x, out, y, true);
                return out;
            case SUB:
                copyInto(x, out, y, false);
                return out;
            case BITXOR:
                copyInto(x, out, y, false);
                copyInto(y, out, x, false);
                return out;
            default:
                return null;
        }
    }

    /** Copies the keys of {@code from} into {@code to}, keeping only those (not) in {@code filter}. */
    private static void copyInto(DictStorage from, DictStorage to, DictStorage filter, boolean keepIfIn) {
        for (int p = 0; p < from.limit(); p++) {
            Object k = from.keyAt(p);
            if (k == null) {
                continue;
            }
            if (filter != null && (filter.find(k, from.hashAt(p)) >= 0) != keepIfIn) {
                continue;
            }
            to.put(k, from.hashAt(p), Boolean.TRUE);
        }
    }
}
