package dev.krait.builtins;

import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.krait.ops.PyObjectOps;
import dev.krait.runtime.PList;
import dev.krait.runtime.PNone;

/** The methods of the builtin type. */
@GenerateNodeFactory
public final class ListBuiltins {
    private ListBuiltins() {
    }

    @Builtin(name = "__new__", signature = "cls, iterable=?, /", isStatic = true)
    @GenerateNodeFactory
    public abstract static class NewNode extends BuiltinNode.Binary {
        @Specialization
        static Object create(Object cls, Object iterable) {
            return iterable == PNone.NO_VALUE ? new PList() : new PList(PyObjectOps.toArray(iterable));
        }
    }

    @Builtin(name = "append", signature = "self, object, /")
    @GenerateNodeFactory
    public abstract static class AppendNode extends BuiltinNode.Binary {
        @Specialization
        static Object append(PList self, Object value) {
            self.append(value);
            return PNone.NONE;
        }
    }
}
