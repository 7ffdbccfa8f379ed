package dev.krait.builtins;

import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.krait.runtime.PRaise;
import dev.krait.runtime.PythonClass;

/** The methods of the builtin type. */
@GenerateNodeFactory
public final class ObjectBuiltins {
    private ObjectBuiltins() {
    }

    @Builtin(name = "__new__", signature = "cls, *args, **kwargs", isStatic = true)
    @GenerateNodeFactory
    public abstract static class NewNode extends BuiltinNode.Ternary {
        @Specialization
        static Object create(Object cls, Object args, Object kwargs) {
            throw PRaise.typeError(null, "cannot create '%s' instances", ((PythonClass) cls).name);
        }
    }
}
