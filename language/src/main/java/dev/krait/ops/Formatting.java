package dev.krait.ops;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.krait.runtime.PRaise;

/** format(value, spec): the format-spec mini-language for the builtin types; user classes use __format__. */
public final class Formatting {
    private Formatting() {
    }

    @TruffleBoundary
    public static String format(Object value, String spec) {
        Object special = SpecialMethods.lookupUser(value, "__format__");
        if (special != null) {
            Object r = Calls.callUncached(special, value, spec);
            if (!(r instanceof String s)) {
                throw PRaise.typeError(null, "__format__ must return a str, not %s", PyObjectOps.typeName(r));
            }
            return s;
        }
        if (spec.isEmpty()) {
            return Repr.str(value);
        }
        throw PRaise.valueError(null, "Invalid format specifier '%s' for object of type '%s'", spec, PyObjectOps.typeName(value));
    }
}
