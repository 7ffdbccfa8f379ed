package dev.krait.builtins;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.krait.ops.Arithmetic;
import dev.krait.ops.Comparison;
import dev.krait.ops.Items;
import dev.krait.ops.PyObjectOps;
import dev.krait.ops.Repr;
import dev.krait.runtime.Iterators;
import dev.krait.runtime.PNone;
import dev.krait.runtime.PRaise;
import dev.krait.runtime.PRange;

/** The methods of range. */
@GenerateNodeFactory
public final class RangeBuiltins {
    private RangeBuiltins() {
    }

    @Builtin(name = "__new__", signature = "cls, start, stop=?, step=?, /", isStatic = true)
    @GenerateNodeFactory
    public abstract static class NewNode extends BuiltinNode.Quaternary {
        @Specialization
        static Object create(Object cls, Object start, Object stop, Object step) {
            if (stop == PNone.NO_VALUE) {
                return new PRange(0, PyObjectOps.toIndexValue(start), 1);
            }
            long a = PyObjectOps.toIndexValue(start);
            long b = PyObjectOps.toIndexValue(stop);
            long s = step == PNone.NO_VALUE ? 1 : PyObjectOps.toIndexValue(step);
            if (s == 0) {
                throw PRaise.valueError(null, "range() arg 3 must not be zero");
            }
            return new PRange(a, b, s);
        }
    }

    /** The position of an int in the range, or -1. */
    private static long positionOf(PRange self, Object value) {
        if (!(value instanceof Long) && !(value instanceof Boolean)) {
            return -1;
        }
        long v = Arithmetic.asLong(value);
        long n = self.length();
        long offset = v - self.start;
        if (n == 0 || offset % self.step != 0) {
            return -1;
        }
        long i = offset / self.step;
        return i >= 0 && i < n ? i : -1;
    }

    @Builtin(name = "index", signature = "self, value, /")
    @GenerateNodeFactory
    public abstract static class IndexNode extends BuiltinNode.Binary {
        @Specialization
        @TruffleBoundary
        static Object index(PRange self, Object value) {
            long i = positionOf(self, value);
            if (i < 0 && !(value instanceof Long) && !(value instanceof Boolean)) {
                // Not an int: compare element by element, as for any sequence.
                for (long k = 0; k < self.length(); k++) {
                    if (Comparison.eq(self.get(k), value)) {
                        return k;
                    }
                }
            }
            if (i < 0) {
                throw PRaise.valueError(null, "%s is not in range", Repr.repr(value));
            }
            return i;
        }
    }

    @Builtin(name = "count", signature = "self, value, /")
    @GenerateNodeFactory
    public abstract static class CountNode extends BuiltinNode.Binary {
        @Specialization
        @TruffleBoundary
        static Object count(PRange self, Object value) {
            if (value instanceof Long || value instanceof Boolean) {
                return positionOf(self, value) >= 0 ? 1L : 0L;
            }
            long n = 0;
            for (long k = 0; k < self.length(); k++) {
                if (Comparison.eq(self.get(k), value)) {
                    n++;
                }
            }
            return n;
        }
    }

    @Builtin(name = "__len__", signature = "self, /")
    @GenerateNodeFactory
    public abstract static class LenNode extends BuiltinNode.Unary {
        @Specialization
        static long len(PRange self) {
            return self.length();
        }
    }

    @Builtin(name = "__getitem__", signature = "self, key, /")
    @GenerateNodeFactory
    public abstract static class GetItemNode extends BuiltinNode.Binary {
        @Specialization
        static Object getItem(PRange self, Object key) {
            return Items.getItem(self, key);
        }
    }

    @Builtin(name = "__contains__", signature = "self, key, /")
    @GenerateNodeFactory
    public abstract static class ContainsNode extends BuiltinNode.Binary {
        @Specialization
        static boolean contains(PRange self, Object key) {
            return PyObjectOps.contains(self, key);
        }
    }

    @Builtin(name = "__iter__", signature = "self, /")
    @GenerateNodeFactory
    public abstract static class IterNode extends BuiltinNode.Unary {
        @Specialization
        static Object iter(PRange self) {
            return new Iterators.RangeIterator(self);
        }
    }

    @Builtin(name = "__reversed__", signature = "self, /")
    @GenerateNodeFactory
    public abstract static class ReversedNode extends BuiltinNode.Unary {
        @Specialization
        static Object reversed(PRange self) {
            return ReversedBuiltins.NewNode.reversedOf(self);
        }
    }

    @Builtin(name = "__repr__", signature = "self, /")
    @GenerateNodeFactory
    public abstract static class ReprNode extends BuiltinNode.Unary {
        @Specialization
        static Object repr(PRange self) {
            return Repr.repr(self);
        }
    }
}
