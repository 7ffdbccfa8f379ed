package dev.krait.ops;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** repr() and str() of floats exactly as CPython: the shortest digits that round-trip, in CPython's layout. */
public final class FloatFormat {
    private FloatFormat() {
    }

    @TruffleBoundary
    public static String repr(double v) {
        return Formatting.doubleToString(v, 'r', 0, false, true, false);
    }
}
