package dev.krait.builtins;

import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.krait.ops.IntOps;
import dev.krait.ops.PyObjectOps;

/** The methods of enumerate. */
@GenerateNodeFactory
public final class EnumerateBuiltins {
    private EnumerateBuiltins() {
    }

    @Builtin(name = "__new__", signature = "cls, iterable, start=0", isStatic = true)
    @GenerateNodeFactory
    public abstract static class NewNode extends BuiltinNode.Ternary {
        @Specialization
        static Object create(Object cls, Object iterable, Object start) {
            Object it = PyObjectOps.getIter(iterable);
            return new BuiltinIterators.Enumerate(it, IntOps.index(start));
        }
    }
}
