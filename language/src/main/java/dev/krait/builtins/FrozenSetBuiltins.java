package dev.krait.builtins;

import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.krait.ops.SetOps;
import dev.krait.runtime.BuiltinClasses;
import dev.krait.runtime.PNone;
import dev.krait.runtime.PSet;

/** The methods of frozenset (those it shares with set are in {@link AnySetBuiltins}). */
@GenerateNodeFactory
public final class FrozenSetBuiltins {
    private FrozenSetBuiltins() {
    }

    @Builtin(name = "__new__", signature = "cls, iterable=?, /", isStatic = true)
    @GenerateNodeFactory
    public abstract static class NewNode extends BuiltinNode.Binary {
        @Specialization
        static Object create(Object cls, Object iterable) {
            if (iterable instanceof PSet s && s.getPythonClass() == BuiltinClasses.FROZENSET && cls == BuiltinClasses.FROZENSET) {
                return s;
            }
            if (iterable == PNone.NO_VALUE) {
                return new PSet(BuiltinClasses.FROZENSET);
            }
            return new PSet(SetOps.storageOf(iterable), BuiltinClasses.FROZENSET);
        }
    }

    @Builtin(name = "__hash__", signature = "self, /")
    @GenerateNodeFactory
    public abstract static class HashNode extends BuiltinNode.Unary {
        @Specialization
        static long hash(PSet self) {
            return self.getStorage().frozenSetHash();
        }
    }
}
