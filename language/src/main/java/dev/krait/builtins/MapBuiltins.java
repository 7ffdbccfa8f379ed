package dev.krait.builtins;

import java.util.Arrays;

import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.krait.runtime.PRaise;
import dev.krait.runtime.PTuple;

/** The methods of map. */
@GenerateNodeFactory
public final class MapBuiltins {
    private MapBuiltins() {
    }

    @Builtin(name = "__new__", signature = "cls, *args", isStatic = true)
    @GenerateNodeFactory
    public abstract static class NewNode extends BuiltinNode.Binary {
        @Specialization
        static Object create(Object cls, Object args) {
            PTuple all = (PTuple) args;
            if (all.size() < 2) {
                throw PRaise.typeError(null, "map() must have at least two arguments.");
            }
            Object[] iterables = Arrays.copyOfRange(all.getItems(), 1, all.size());
            return new BuiltinIterators.MapIterator(all.get(0), BuiltinFunctions.iteratorsOf(new PTuple(iterables)));
        }
    }
}
