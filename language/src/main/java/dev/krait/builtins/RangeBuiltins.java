package dev.krait.builtins;

import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.krait.ops.PyObjectOps;
import dev.krait.runtime.PNone;
import dev.krait.runtime.PRaise;
import dev.krait.runtime.PRange;

/** The methods of the builtin type. */
@GenerateNodeFactory
public final class RangeBuiltins {
    private RangeBuiltins() {
    }

    @Builtin(name = "__new__", signature = "cls, start, stop=?, step=?, /", isStatic = true)
    @GenerateNodeFactory
    public abstract static class NewNode extends BuiltinNode.Quaternary {
        @Specialization
        static Object create(Object cls, Object start, Object stop, Object step) {
            if (stop == PNone.NO_VALUE) {
                return new PRange(0, PyObjectOps.toIndexValue(start), 1);
            }
            long s = step == PNone.NO_VALUE ? 1 : PyObjectOps.toIndexValue(step);
            if (s == 0) {
                throw PRaise.valueError(null, "range() arg 3 must not be zero");
            }
            return new PRange(PyObjectOps.toIndexValue(start), PyObjectOps.toIndexValue(stop), s);
        }
    }
}
