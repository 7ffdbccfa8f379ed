package dev.krait.builtins;

import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.krait.ops.PyObjectOps;
import dev.krait.runtime.PNone;
import dev.krait.runtime.PTuple;

/** The methods of the builtin type. */
@GenerateNodeFactory
public final class TupleBuiltins {
    private TupleBuiltins() {
    }

    @Builtin(name = "__new__", signature = "cls, iterable=?, /", isStatic = true)
    @GenerateNodeFactory
    public abstract static class NewNode extends BuiltinNode.Binary {
        @Specialization
        static Object create(Object cls, Object iterable) {
            if (iterable == PNone.NO_VALUE) {
                return PTuple.EMPTY;
            }
            return iterable instanceof PTuple t ? t : new PTuple(PyObjectOps.toArray(iterable));
        }
    }
}
