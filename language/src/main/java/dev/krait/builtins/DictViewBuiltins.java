package dev.krait.builtins;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.krait.ops.PyObjectOps;
import dev.krait.ops.Repr;
import dev.krait.runtime.PDictView;

/** The methods of dict_keys, dict_values and dict_items (registered on all three). */
@GenerateNodeFactory
public final class DictViewBuiltins {
    private DictViewBuiltins() {
    }

    @Builtin(name = "__len__", signature = "self, /")
    @GenerateNodeFactory
    public abstract static class LenNode extends BuiltinNode.Unary {
        @Specialization
        static long len(PDictView self) {
            return self.dict.size();
        }
    }

    @Builtin(name = "__iter__", signature = "self, /")
    @GenerateNodeFactory
    public abstract static class IterNode extends BuiltinNode.Unary {
        @Specialization
        static Object iter(PDictView self) {
            return PyObjectOps.getIter(self);
        }
    }

    @Builtin(name = "__contains__", signature = "self, key, /")
    @GenerateNodeFactory
    public abstract static class ContainsNode extends BuiltinNode.Binary {
        @Specialization
        static boolean contains(PDictView self, Object key) {
            return PyObjectOps.contains(self, key);
        }
    }

    @Builtin(name = "__reversed__", signature = "self, /")
    @GenerateNodeFactory
    public abstract static class ReversedNode extends BuiltinNode.Unary {
        @Specialization
        static Object reversed(PDictView self) {
            return ReversedBuiltins.NewNode.reversedOf(self);
        }
    }

    @Builtin(name = "isdisjoint", signature = "self, other, /")
    @GenerateNodeFactory
    public abstract static class IsDisjointNode extends BuiltinNode.Binary {
        @Specialization
        @TruffleBoundary
        static boolean isdisjoint(PDictView self, Object other) {
            Object it = PyObjectOps.getIter(other);
            Object v;
            while ((v = PyObjectOps.next(it)) != null) {
                if (PyObjectOps.contains(self, v)) {
                    return false;
                }
            }
            return true;
        }
    }

    @Builtin(name = "__repr__", signature = "self, /")
    @GenerateNodeFactory
    public abstract static class ReprNode extends BuiltinNode.Unary {
        @Specialization
        static Object repr(PDictView self) {
            return Repr.repr(self);
        }
    }
}
