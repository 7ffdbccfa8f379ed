package dev.krait.builtins;

import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.krait.ops.PyObjectOps;
import dev.krait.runtime.PNone;
import dev.krait.runtime.PRaise;
import dev.krait.runtime.PSlice;
import dev.krait.runtime.PTuple;

/** The methods of slice. */
@GenerateNodeFactory
public final class SliceBuiltins {
    private SliceBuiltins() {
    }

    @Builtin(name = "__new__", signature = "cls, start, stop=?, step=?, /", isStatic = true)
    @GenerateNodeFactory
    public abstract static class NewNode extends BuiltinNode.Quaternary {
        @Specialization
        static Object create(Object cls, Object start, Object stop, Object step) {
            if (stop == PNone.NO_VALUE) {
                return new PSlice(PNone.NONE, start, PNone.NONE);
            }
            return new PSlice(start, stop, step == PNone.NO_VALUE ? PNone.NONE : step);
        }
    }

    @Builtin(name = "indices", signature = "self, length, /")
    @GenerateNodeFactory
    public abstract static class IndicesNode extends BuiltinNode.Binary {
        @Specialization
        static Object indices(PSlice self, Object length) {
            long n = PyObjectOps.toIndexValue(length);
            if (n < 0) {
                throw PRaise.valueError(null, "length should not be negative");
            }
            long[] r = PyObjectOps.sliceIndices(self, n);
            return PTuple.of(r[0], r[1], r[2]);
        }
    }
}
