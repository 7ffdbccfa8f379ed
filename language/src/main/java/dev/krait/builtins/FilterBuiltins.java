package dev.krait.builtins;

import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.krait.ops.PyObjectOps;

/** The methods of filter. */
@GenerateNodeFactory
public final class FilterBuiltins {
    private FilterBuiltins() {
    }

    @Builtin(name = "__new__", signature = "cls, function, iterable, /", isStatic = true)
    @GenerateNodeFactory
    public abstract static class NewNode extends BuiltinNode.Ternary {
        @Specialization
        static Object create(Object cls, Object function, Object iterable) {
            return new BuiltinIterators.Filter(function, PyObjectOps.getIter(iterable));
        }
    }
}
