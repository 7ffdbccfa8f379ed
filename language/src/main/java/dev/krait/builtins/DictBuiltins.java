package dev.krait.builtins;

import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.krait.runtime.Iterators;
import dev.krait.runtime.PDict;
import dev.krait.runtime.PDictView;

/** The methods of the builtin type. */
@GenerateNodeFactory
public final class DictBuiltins {
    private DictBuiltins() {
    }

    @Builtin(name = "__new__", signature = "cls, *args, **kwargs", isStatic = true)
    @GenerateNodeFactory
    public abstract static class NewNode extends BuiltinNode.Ternary {
        @Specialization
        static Object create(Object cls, Object args, Object kwargs) {
            return new PDict(((PDict) kwargs).getStorage().copy());
        }
    }

    @Builtin(name = "items", signature = "self")
    @GenerateNodeFactory
    public abstract static class ItemsNode extends BuiltinNode.Unary {
        @Specialization
        static Object items(PDict self) {
            return new PDictView(self, Iterators.DictIterKind.ITEMS);
        }
    }
}
