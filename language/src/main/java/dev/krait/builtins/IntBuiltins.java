package dev.krait.builtins;

import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.krait.ops.Conversions;
import dev.krait.runtime.PNone;

/** The methods of the builtin type. */
@GenerateNodeFactory
public final class IntBuiltins {
    private IntBuiltins() {
    }

    @Builtin(name = "__new__", signature = "cls, x=?, base=?", isStatic = true)
    @GenerateNodeFactory
    public abstract static class NewNode extends BuiltinNode.Ternary {
        @Specialization
        static Object create(Object cls, Object x, Object base) {
            if (x == PNone.NO_VALUE) {
                return 0L;
            }
            return Conversions.toInt(x, base);
        }
    }
}
