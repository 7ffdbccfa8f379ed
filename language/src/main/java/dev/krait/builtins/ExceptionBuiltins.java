package dev.krait.builtins;

import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.krait.runtime.PBaseException;
import dev.krait.runtime.PTuple;
import dev.krait.runtime.PythonClass;

/** The methods of the builtin type. */
@GenerateNodeFactory
public final class ExceptionBuiltins {
    private ExceptionBuiltins() {
    }

    @Builtin(name = "__new__", signature = "cls, *args, **kwargs", isStatic = true)
    @GenerateNodeFactory
    public abstract static class NewNode extends BuiltinNode.Ternary {
        @Specialization
        static Object create(Object cls, Object args, Object kwargs) {
            return new PBaseException((PythonClass) cls, (PTuple) args);
        }
    }
}
