package dev.krait.builtins;

import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.krait.ops.PyObjectOps;

/** The methods of the builtin type. */
@GenerateNodeFactory
public final class BoolBuiltins {
    private BoolBuiltins() {
    }

    @Builtin(name = "__new__", signature = "cls, x=False, /", isStatic = true)
    @GenerateNodeFactory
    public abstract static class NewNode extends BuiltinNode.Binary {
        @Specialization
        static Object create(Object cls, Object x) {
            return PyObjectOps.isTrue(x);
        }
    }
}
