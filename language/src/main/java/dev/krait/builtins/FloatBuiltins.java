package dev.krait.builtins;

import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.krait.ops.Conversions;

/** The methods of the builtin type. */
@GenerateNodeFactory
public final class FloatBuiltins {
    private FloatBuiltins() {
    }

    @Builtin(name = "__new__", signature = "cls, x=0.0, /", isStatic = true)
    @GenerateNodeFactory
    public abstract static class NewNode extends BuiltinNode.Binary {
        @Specialization
        static Object create(Object cls, Object x) {
            return Conversions.toFloat(x);
        }
    }
}
