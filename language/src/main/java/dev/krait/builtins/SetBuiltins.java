package dev.krait.builtins;

import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.krait.ops.PyObjectOps;
import dev.krait.runtime.PNone;
import dev.krait.runtime.PSet;

/** The methods of the builtin type. */
@GenerateNodeFactory
public final class SetBuiltins {
    private SetBuiltins() {
    }

    @Builtin(name = "__new__", signature = "cls, iterable=?, /", isStatic = true)
    @GenerateNodeFactory
    public abstract static class NewNode extends BuiltinNode.Binary {
        @Specialization
        static Object create(Object cls, Object iterable) {
            PSet s = new PSet();
            if (iterable != PNone.NO_VALUE) {
                for (Object o : PyObjectOps.toArray(iterable)) {
                    s.add(o);
                }
            }
            return s;
        }
    }

    @Builtin(name = "add", signature = "self, element, /")
    @GenerateNodeFactory
    public abstract static class AddNode extends BuiltinNode.Binary {
        @Specialization
        static Object add(PSet self, Object element) {
            self.add(element);
            return PNone.NONE;
        }
    }
}
