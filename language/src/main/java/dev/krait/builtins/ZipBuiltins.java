package dev.krait.builtins;

import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.krait.ops.PyObjectOps;
import dev.krait.runtime.PTuple;

/** The methods of zip. */
@GenerateNodeFactory
public final class ZipBuiltins {
    private ZipBuiltins() {
    }

    @Builtin(name = "__new__", signature = "cls, *iterables, strict=False", isStatic = true)
    @GenerateNodeFactory
    public abstract static class NewNode extends BuiltinNode.Ternary {
        /** Bound in co_varnames order: cls, strict, then the *iterables tuple. */
        @Specialization
        static Object create(Object cls, Object strict, Object iterables) {
            return new BuiltinIterators.Zip(BuiltinFunctions.iteratorsOf((PTuple) iterables), PyObjectOps.isTrue(strict));
        }
    }
}
