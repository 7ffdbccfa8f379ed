package dev.krait.builtins;

import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.krait.ops.PyObjectOps;
import dev.krait.runtime.PRaise;

/** The methods of the builtin type. */
@GenerateNodeFactory
public final class IteratorBuiltins {
    private IteratorBuiltins() {
    }

    @Builtin(name = "__iter__", signature = "self")
    @GenerateNodeFactory
    public abstract static class IterNode extends BuiltinNode.Unary {
        @Specialization
        static Object iter(Object self) {
            return self;
        }
    }

    @Builtin(name = "__next__", signature = "self")
    @GenerateNodeFactory
    public abstract static class NextNode extends BuiltinNode.Unary {
        @Specialization
        static Object next(Object self) {
            Object v = PyObjectOps.next(self);
            if (v == null) {
                throw PRaise.stopIteration(null, self instanceof dev.krait.runtime.PIterator it ? it.takeStopValue() : null);
            }
            return v;
        }
    }
}
