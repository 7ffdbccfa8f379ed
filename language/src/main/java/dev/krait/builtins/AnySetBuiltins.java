package dev.krait.builtins;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.krait.ops.Repr;
import dev.krait.ops.SetOps;
import dev.krait.runtime.PSet;
import dev.krait.runtime.PTuple;
import dev.krait.runtime.SetIterator;
import dev.krait.runtime.SetStorage;

/** The methods that set and frozenset share (registered on both classes). */
@GenerateNodeFactory
public final class AnySetBuiltins {
    private AnySetBuiltins() {
    }

    @Builtin(name = "copy", signature = "self")
    @GenerateNodeFactory
    public abstract static class CopyNode extends BuiltinNode.Unary {
        @Specialization
        static Object copy(PSet self) {
            if (self.isFrozen()) {
                return self;
            }
            return copyOf(self);
        }

        @TruffleBoundary
        static PSet copyOf(PSet self) {
            return new PSet(self.getStorage().copy(), SetOps.baseType(self));
        }
    }

    @Builtin(name = "union", signature = "self, *others")
    @GenerateNodeFactory
    public abstract static class UnionNode extends BuiltinNode.Binary {
        @Specialization
        @TruffleBoundary
        static Object union(PSet self, PTuple others) {
            SetStorage result = self.getStorage().copy();
            for (Object other : others.getItems()) {
                if (other != self) {
                    SetOps.update(result, other);
                }
            }
            return new PSet(result, SetOps.baseType(self));
        }
    }

    @Builtin(name = "intersection", signature = "self, *others")
    @GenerateNodeFactory
    public abstract static class IntersectionNode extends BuiltinNode.Binary {
        @Specialization
        static Object intersection(PSet self, PTuple others) {
            return new PSet(intersectAll(self, others), SetOps.baseType(self));
        }
    }

    @TruffleBoundary
    static SetStorage intersectAll(PSet self, PTuple others) {
        SetStorage result = self.getStorage();
        if (others.size() == 0) {
            return result.copy();
        }
        for (Object other : others.getItems()) {
            result = SetOps.intersection(result, other);
        }
        return result;
    }

    @Builtin(name = "difference", signature = "self, *others")
    @GenerateNodeFactory
    public abstract static class DifferenceNode extends BuiltinNode.Binary {
        @Specialization
        @TruffleBoundary
        static Object difference(PSet self, PTuple others) {
            if (others.size() == 0) {
                return new PSet(self.getStorage().copy(), SetOps.baseType(self));
            }
            SetStorage result = SetOps.difference(self.getStorage(), others.get(0));
            for (int i = 1; i < others.size(); i++) {
                SetOps.differenceUpdate(result, others.get(i));
            }
            return new PSet(result, SetOps.baseType(self));
        }
    }

    @Builtin(name = "symmetric_difference", signature = "self, other, /")
    @GenerateNodeFactory
    public abstract static class SymmetricDifferenceNode extends BuiltinNode.Binary {
        @Specialization
        static Object symmetricDifference(PSet self, Object other) {
            return new PSet(SetOps.symmetricDifference(self.getStorage(), other), SetOps.baseType(self));
        }
    }

    @Builtin(name = "issubset", signature = "self, other, /")
    @GenerateNodeFactory
    public abstract static class IsSubsetNode extends BuiltinNode.Binary {
        @Specialization
        static boolean issubset(PSet self, Object other) {
            return SetOps.isSubset(self, other);
        }
    }

    @Builtin(name = "issuperset", signature = "self, other, /")
    @GenerateNodeFactory
    public abstract static class IsSupersetNode extends BuiltinNode.Binary {
        @Specialization
        static boolean issuperset(PSet self, Object other) {
            return SetOps.isSuperset(self, other);
        }
    }

    @Builtin(name = "isdisjoint", signature = "self, other, /")
    @GenerateNodeFactory
    public abstract static class IsDisjointNode extends BuiltinNode.Binary {
        @Specialization
        static boolean isdisjoint(PSet self, Object other) {
            return SetOps.isDisjoint(self, other);
        }
    }

    @Builtin(name = "__len__", signature = "self, /")
    @GenerateNodeFactory
    public abstract static class LenNode extends BuiltinNode.Unary {
        @Specialization
        static long len(PSet self) {
            return self.size();
        }
    }

    @Builtin(name = "__contains__", signature = "self, key, /")
    @GenerateNodeFactory
    public abstract static class ContainsNode extends BuiltinNode.Binary {
        @Specialization
        static boolean contains(PSet self, Object key) {
            return self.contains(key);
        }
    }

    @Builtin(name = "__iter__", signature = "self, /")
    @GenerateNodeFactory
    public abstract static class IterNode extends BuiltinNode.Unary {
        @Specialization
        static Object iter(PSet self) {
            return new SetIterator(self);
        }
    }

    @Builtin(name = "__repr__", signature = "self, /")
    @GenerateNodeFactory
    public abstract static class ReprNode extends BuiltinNode.Unary {
        @Specialization
        static Object repr(PSet self) {
            return Repr.repr(self);
        }
    }
}
