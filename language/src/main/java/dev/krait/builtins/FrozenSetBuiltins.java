package dev.krait.builtins;

import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.krait.ops.PyObjectOps;
import dev.krait.runtime.BuiltinClasses;
import dev.krait.runtime.DictStorage;
import dev.krait.runtime.PNone;
import dev.krait.runtime.PSet;

/** The methods of the builtin type. */
@GenerateNodeFactory
public final class FrozenSetBuiltins {
    private FrozenSetBuiltins() {
    }

    @Builtin(name = "__new__", signature = "cls, iterable=?, /", isStatic = true)
    @GenerateNodeFactory
    public abstract static class NewNode extends BuiltinNode.Binary {
        @Specialization
        static Object create(Object cls, Object iterable) {
            PSet s = new PSet(new DictStorage(), BuiltinClasses.FROZENSET);
            if (iterable != PNone.NO_VALUE) {
                for (Object o : PyObjectOps.toArray(iterable)) {
                    s.add(o);
                }
            }
            return s;
        }
    }
}
