package dev.krait.builtins;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.krait.ops.SetOps;
import dev.krait.runtime.BuiltinClasses;
import dev.krait.runtime.PNone;
import dev.krait.runtime.PRaise;
import dev.krait.runtime.PSet;
import dev.krait.runtime.PTuple;
import dev.krait.runtime.SetStorage;

/** The methods of set (those it shares with frozenset are in {@link AnySetBuiltins}). */
@GenerateNodeFactory
public final class SetBuiltins {
    private SetBuiltins() {
    }

    @Builtin(name = "__new__", signature = "cls, iterable=?, /", isStatic = true)
    @GenerateNodeFactory
    public abstract static class NewNode extends BuiltinNode.Binary {
        @Specialization
        static Object create(Object cls, Object iterable) {
            if (iterable == PNone.NO_VALUE) {
                return new PSet();
            }
            return new PSet(SetOps.storageOf(iterable), BuiltinClasses.SET);
        }
    }

    /** set.__init__ refills the set (what a subclass's super().__init__(iterable) reaches). */
    @Builtin(name = "__init__", signature = "self, iterable=?, /")
    @GenerateNodeFactory
    public abstract static class InitNode extends BuiltinNode.Binary {
        @Specialization
        static Object init(PSet self, Object iterable) {
            self.getStorage().clear();
            if (iterable != PNone.NO_VALUE) {
                SetOps.update(self.getStorage(), iterable);
            }
            return PNone.NONE;
        }
    }

    @Builtin(name = "add", signature = "self, element, /")
    @GenerateNodeFactory
    public abstract static class AddNode extends BuiltinNode.Binary {
        @Specialization
        static Object addInt(PSet self, long element) {
            self.getStorage().addLong(element);
            return PNone.NONE;
        }

        @Specialization(replaces = "addInt")
        static Object add(PSet self, Object element) {
            self.add(element);
            return PNone.NONE;
        }
    }

    @Builtin(name = "discard", signature = "self, element, /")
    @GenerateNodeFactory
    public abstract static class DiscardNode extends BuiltinNode.Binary {
        @Specialization
        static Object discardInt(PSet self, long element) {
            self.getStorage().discardLong(element);
            return PNone.NONE;
        }

        @Specialization(replaces = "discardInt")
        static Object discard(PSet self, Object element) {
            self.getStorage().discard(element, PSet.lookupHash(element));
            return PNone.NONE;
        }
    }

    @Builtin(name = "remove", signature = "self, element, /")
    @GenerateNodeFactory
    public abstract static class RemoveNode extends BuiltinNode.Binary {
        @Specialization
        static Object removeInt(PSet self, long element) {
            if (!self.getStorage().discardLong(element)) {
                throw PRaise.keyError(null, element);
            }
            return PNone.NONE;
        }

        @Specialization(replaces = "removeInt")
        static Object remove(PSet self, Object element) {
            if (!self.getStorage().discard(element, PSet.lookupHash(element))) {
                throw PRaise.keyError(null, element);
            }
            return PNone.NONE;
        }
    }

    @Builtin(name = "pop", signature = "self")
    @GenerateNodeFactory
    public abstract static class PopNode extends BuiltinNode.Unary {
        @Specialization
        static Object pop(PSet self) {
            Object v = self.getStorage().pop();
            if (v == null) {
                throw PRaise.keyError(null, "pop from an empty set");
            }
            return v;
        }
    }

    @Builtin(name = "clear", signature = "self")
    @GenerateNodeFactory
    public abstract static class ClearNode extends BuiltinNode.Unary {
        @Specialization
        static Object clear(PSet self) {
            self.getStorage().clear();
            return PNone.NONE;
        }
    }

    @Builtin(name = "update", signature = "self, *others")
    @GenerateNodeFactory
    public abstract static class UpdateNode extends BuiltinNode.Binary {
        @Specialization
        @TruffleBoundary
        static Object update(PSet self, PTuple others) {
            for (Object other : others.getItems()) {
                SetOps.update(self.getStorage(), other);
            }
            return PNone.NONE;
        }
    }

    @Builtin(name = "intersection_update", signature = "self, *others")
    @GenerateNodeFactory
    public abstract static class IntersectionUpdateNode extends BuiltinNode.Binary {
        @Specialization
        @TruffleBoundary
        static Object intersectionUpdate(PSet self, PTuple others) {
            SetStorage result = AnySetBuiltins.intersectAll(self, others);
            self.getStorage().swapContents(result);
            return PNone.NONE;
        }
    }

    @Builtin(name = "difference_update", signature = "self, *others")
    @GenerateNodeFactory
    public abstract static class DifferenceUpdateNode extends BuiltinNode.Binary {
        @Specialization
        @TruffleBoundary
        static Object differenceUpdate(PSet self, PTuple others) {
            for (Object other : others.getItems()) {
                SetOps.differenceUpdate(self.getStorage(), other);
            }
            return PNone.NONE;
        }
    }

    @Builtin(name = "symmetric_difference_update", signature = "self, other, /")
    @GenerateNodeFactory
    public abstract static class SymmetricDifferenceUpdateNode extends BuiltinNode.Binary {
        @Specialization
        static Object symmetricDifferenceUpdate(PSet self, Object other) {
            SetOps.symmetricDifferenceUpdate(self.getStorage(), other);
            return PNone.NONE;
        }
    }
}
