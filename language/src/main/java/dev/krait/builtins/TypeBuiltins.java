package dev.krait.builtins;

import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.krait.ops.PyObjectOps;
import dev.krait.runtime.PRaise;
import dev.krait.runtime.PTuple;
import dev.krait.runtime.PythonClass;

/** The methods of type. */
@GenerateNodeFactory
public final class TypeBuiltins {
    private TypeBuiltins() {
    }

    /** type(obj) gives the class of obj; type(name, bases, namespace) creates a class (not yet supported here). */
    @Builtin(name = "__new__", signature = "cls, *args", isStatic = true)
    @GenerateNodeFactory
    public abstract static class NewNode extends BuiltinNode.Binary {
        @Specialization
        static Object create(Object cls, Object args) {
            PTuple a = (PTuple) args;
            if (a.size() == 1) {
                return PyObjectOps.typeOf(a.get(0));
            }
            if (a.size() == 3) {
                return dev.krait.ops.Classes.createFromType((PythonClass) cls, a.get(0), a.get(1), a.get(2));
            }
            throw PRaise.typeError(null, "type() takes 1 or 3 arguments");
        }
    }

    @Builtin(name = "mro", signature = "self, /")
    @GenerateNodeFactory
    public abstract static class MroNode extends BuiltinNode.Unary {
        @Specialization
        static Object mro(PythonClass self) {
            return new dev.krait.runtime.PList(self.mro.clone());
        }
    }
}
