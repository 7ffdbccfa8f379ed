package dev.krait.builtins;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.krait.ast.CompareOperator;
import dev.krait.ast.Operator;
import dev.krait.ops.BinaryOpNode;
import dev.krait.ops.Comparison;
import dev.krait.ops.InplaceOpNode;
import dev.krait.ops.Items;
import dev.krait.ops.PyObjectOps;
import dev.krait.ops.Repr;
import dev.krait.ops.Sorting;
import dev.krait.runtime.Iterators;
import dev.krait.runtime.PList;
import dev.krait.runtime.PNone;
import dev.krait.runtime.PNotImplemented;
import dev.krait.runtime.PRaise;

/** The methods of list. */
@GenerateNodeFactory
public final class ListBuiltins {
    private ListBuiltins() {
    }

    @Builtin(name = "__new__", signature = "cls, iterable=?, /", isStatic = true)
    @GenerateNodeFactory
    public abstract static class NewNode extends BuiltinNode.Binary {
        @Specialization
        static Object create(Object cls, Object iterable) {
            return iterable == PNone.NO_VALUE ? new PList() : new PList(PyObjectOps.toArray(iterable));
        }
    }

    @Builtin(name = "append", signature = "self, object, /")
    @GenerateNodeFactory
    public abstract static class AppendNode extends BuiltinNode.Binary {
        @Specialization
        static Object append(PList self, Object value) {
            self.append(value);
            return PNone.NONE;
        }
    }

    @Builtin(name = "extend", signature = "self, iterable, /")
    @GenerateNodeFactory
    public abstract static class ExtendNode extends BuiltinNode.Binary {
        @Specialization
        static Object extend(PList self, Object iterable) {
            Object[] values = PyObjectOps.toArray(iterable);
            self.addAll(values, values.length);
            return PNone.NONE;
        }
    }

    @Builtin(name = "insert", signature = "self, index, object, /")
    @GenerateNodeFactory
    public abstract static class InsertNode extends BuiltinNode.Ternary {
        @Specialization
        static Object insert(PList self, Object index, Object value) {
            long i = PyObjectOps.toIndexValue(index);
            int n = self.size();
            if (i < 0) {
                i = Math.max(0, i + n);
            } else if (i > n) {
                i = n;
            }
            self.insert((int) i, value);
            return PNone.NONE;
        }
    }

    @Builtin(name = "pop", signature = "self, index=-1, /")
    @GenerateNodeFactory
    public abstract static class PopNode extends BuiltinNode.Binary {
        @Specialization
        static Object pop(PList self, Object index) {
            long i = PyObjectOps.toIndexValue(index);
            int n = self.size();
            if (n == 0) {
                throw PRaise.indexError(null, "pop from empty list");
            }
            if (i < 0) {
                i += n;
            }
            if (i < 0 || i >= n) {
                throw PRaise.indexError(null, "pop index out of range");
            }
            return self.removeAt((int) i);
        }
    }

    @Builtin(name = "remove", signature = "self, value, /")
    @GenerateNodeFactory
    public abstract static class RemoveNode extends BuiltinNode.Binary {
        @Specialization
        @TruffleBoundary
        static Object remove(PList self, Object value) {
            for (int i = 0; i < self.size(); i++) {
                Object x = self.get(i);
                if (x == value || Comparison.eq(x, value)) {
                    if (i < self.size()) {
                        self.removeAt(i);
                    }
                    return PNone.NONE;
                }
            }
            throw PRaise.valueError(null, "list.remove(x): x not in list");
        }
    }

    /** A start/stop argument of index(): an index clamped into [0, length]. */
    static int searchBound(Object o, int length, int dflt) {
        if (o == PNone.NO_VALUE) {
            return dflt;
        }
        if (!PyObjectOps.isIndexable(o)) {
            throw PRaise.typeError(null, "slice indices must be integers or have an __index__ method");
        }
        long i = o instanceof java.math.BigInteger b ? (b.signum() < 0 ? Long.MIN_VALUE / 2 : Long.MAX_VALUE / 2) : PyObjectOps.toIndexValue(o);
        if (i < 0) {
            i = Math.max(0, i + length);
        }
        return (int) Math.min(i, length);
    }

    @Builtin(name = "index", signature = "self, value, start=?, stop=?, /")
    @GenerateNodeFactory
    public abstract static class IndexNode extends BuiltinNode.Quaternary {
        @Specialization
        @TruffleBoundary
        static Object index(PList self, Object value, Object start, Object stop) {
            int from = searchBound(start, self.size(), 0);
            int to = searchBound(stop, self.size(), self.size());
            if (value instanceof Long v && self.isLongStore()) {
                // Ints stored unboxed: compare without boxing each element (no element can run Python code).
                for (int i = from; i < to && i < self.size(); i++) {
                    if (self.getLong(i) == v) {
                        return (long) i;
                    }
                }
                throw PRaise.valueError(null, "%s is not in list", Repr.repr(value));
            }
            for (int i = from; i < to && i < self.size(); i++) {
                Object x = self.get(i);
                if (x == value || Comparison.eq(x, value)) {
                    return (long) i;
                }
            }
            throw PRaise.valueError(null, "%s is not in list", Repr.repr(value));
        }
    }

    @Builtin(name = "count", signature = "self, value, /")
    @GenerateNodeFactory
    public abstract static class CountNode extends BuiltinNode.Binary {
        @Specialization
        @TruffleBoundary
        static Object count(PList self, Object value) {
            long n = 0;
            for (int i = 0; i < self.size(); i++) {
                Object x = self.get(i);
                if (x == value || Comparison.eq(x, value)) {
                    n++;
                }
            }
            return n;
        }
    }

    @Builtin(name = "sort", signature = "self, /, *, key=None, reverse=False")
    @GenerateNodeFactory
    public abstract static class SortNode extends BuiltinNode.Ternary {
        @Specialization
        static Object sort(PList self, Object key, Object reverse) {
            Sorting.sortList(self, key, PyObjectOps.isTrue(reverse));
            return PNone.NONE;
        }
    }

    @Builtin(name = "reverse", signature = "self, /")
    @GenerateNodeFactory
    public abstract static class ReverseNode extends BuiltinNode.Unary {
        @Specialization
        static Object reverse(PList self) {
            self.reverse();
            return PNone.NONE;
        }
    }

    @Builtin(name = "copy", signature = "self, /")
    @GenerateNodeFactory
    public abstract static class CopyNode extends BuiltinNode.Unary {
        @Specialization
        static Object copy(PList self) {
            return new PList(self.toArray());
        }
    }

    @Builtin(name = "clear", signature = "self, /")
    @GenerateNodeFactory
    public abstract static class ClearNode extends BuiltinNode.Unary {
        @Specialization
        static Object clear(PList self) {
            self.clear();
            return PNone.NONE;
        }
    }

    // ------------------------------------------------------------------ special methods as methods

    @Builtin(name = "__len__", signature = "self, /")
    @GenerateNodeFactory
    public abstract static class LenNode extends BuiltinNode.Unary {
        @Specialization
        static long len(PList self) {
            return self.size();
        }
    }

    @Builtin(name = "__getitem__", signature = "self, index, /")
    @GenerateNodeFactory
    public abstract static class GetItemNode extends BuiltinNode.Binary {
        @Specialization
        static Object getItem(PList self, Object index) {
            return Items.getItemBuiltin(self, index);
        }
    }

    @Builtin(name = "__setitem__", signature = "self, index, value, /")
    @GenerateNodeFactory
    public abstract static class SetItemNode extends BuiltinNode.Ternary {
        @Specialization
        static Object setItem(PList self, Object index, Object value) {
            Items.setItemBuiltin(self, index, value);
            return PNone.NONE;
        }
    }

    @Builtin(name = "__delitem__", signature = "self, index, /")
    @GenerateNodeFactory
    public abstract static class DelItemNode extends BuiltinNode.Binary {
        @Specialization
        static Object delItem(PList self, Object index) {
            Items.delItemBuiltin(self, index);
            return PNone.NONE;
        }
    }

    @Builtin(name = "__contains__", signature = "self, key, /")
    @GenerateNodeFactory
    public abstract static class ContainsNode extends BuiltinNode.Binary {
        @Specialization
        static boolean contains(PList self, Object key) {
            return PyObjectOps.contains(self, key);
        }
    }

    @Builtin(name = "__iter__", signature = "self, /")
    @GenerateNodeFactory
    public abstract static class IterNode extends BuiltinNode.Unary {
        @Specialization
        static Object iter(PList self) {
            return new Iterators.ListIterator(self);
        }
    }

    @Builtin(name = "__reversed__", signature = "self, /")
    @GenerateNodeFactory
    public abstract static class ReversedNode extends BuiltinNode.Unary {
        @Specialization
        static Object reversed(PList self) {
            return new BuiltinIterators.ReversedList(self);
        }
    }

    @Builtin(name = "__add__", signature = "self, value, /")
    @GenerateNodeFactory
    public abstract static class AddNode extends BuiltinNode.Binary {
        @Specialization
        static Object add(PList self, Object value) {
            if (!(value instanceof PList)) {
                throw PRaise.typeError(null, "can only concatenate list (not \"%s\") to list", PyObjectOps.typeName(value));
            }
            return BinaryOpNode.generic(Operator.ADD, self, value);
        }
    }

    @Builtin(name = "__mul__", signature = "self, value, /")
    @GenerateNodeFactory
    public abstract static class MulNode extends BuiltinNode.Binary {
        @Specialization
        static Object mul(PList self, Object value) {
            return BinaryOpNode.generic(Operator.MUL, self, value);
        }
    }

    @Builtin(name = "__imul__", signature = "self, value, /")
    @GenerateNodeFactory
    public abstract static class IMulNode extends BuiltinNode.Binary {
        @Specialization
        static Object imul(PList self, Object value) {
            return InplaceOpNode.inplace(Operator.MUL, self, PyObjectOps.toIndexValue(value));
        }
    }

    @Builtin(name = "__iadd__", signature = "self, value, /")
    @GenerateNodeFactory
    public abstract static class IAddNode extends BuiltinNode.Binary {
        @Specialization
        static Object iadd(PList self, Object value) {
            Object[] values = PyObjectOps.toArray(value);
            self.addAll(values, values.length);
            return self;
        }
    }

    @Builtin(name = "__eq__", signature = "self, value, /")
    @GenerateNodeFactory
    public abstract static class EqNode extends BuiltinNode.Binary {
        @Specialization
        static Object compare(PList self, Object value) {
            return value instanceof PList ? Comparison.builtinRichCompare(CompareOperator.EQ, self, value) : PNotImplemented.INSTANCE;
        }
    }

    @Builtin(name = "__ne__", signature = "self, value, /")
    @GenerateNodeFactory
    public abstract static class NeNode extends BuiltinNode.Binary {
        @Specialization
        static Object compare(PList self, Object value) {
            return value instanceof PList ? Comparison.builtinRichCompare(CompareOperator.NE, self, value) : PNotImplemented.INSTANCE;
        }
    }

    @Builtin(name = "__lt__", signature = "self, value, /")
    @GenerateNodeFactory
    public abstract static class LtNode extends BuiltinNode.Binary {
        @Specialization
        static Object compare(PList self, Object value) {
            return value instanceof PList ? Comparison.builtinRichCompare(CompareOperator.LT, self, value) : PNotImplemented.INSTANCE;
        }
    }

    @Builtin(name = "__le__", signature = "self, value, /")
    @GenerateNodeFactory
    public abstract static class LeNode extends BuiltinNode.Binary {
        @Specialization
        static Object compare(PList self, Object value) {
            return value instanceof PList ? Comparison.builtinRichCompare(CompareOperator.LE, self, value) : PNotImplemented.INSTANCE;
        }
    }

    @Builtin(name = "__gt__", signature = "self, value, /")
    @GenerateNodeFactory
    public abstract static class GtNode extends BuiltinNode.Binary {
        @Specialization
        static Object compare(PList self, Object value) {
            return value instanceof PList ? Comparison.builtinRichCompare(CompareOperator.GT, self, value) : PNotImplemented.INSTANCE;
        }
    }

    @Builtin(name = "__ge__", signature = "self, value, /")
    @GenerateNodeFactory
    public abstract static class GeNode extends BuiltinNode.Binary {
        @Specialization
        static Object compare(PList self, Object value) {
            return value instanceof PList ? Comparison.builtinRichCompare(CompareOperator.GE, self, value) : PNotImplemented.INSTANCE;
        }
    }

    @Builtin(name = "__repr__", signature = "self, /")
    @GenerateNodeFactory
    public abstract static class ReprNode extends BuiltinNode.Unary {
        @Specialization
        static Object repr(PList self) {
            return Repr.reprOwn(self);
        }
    }
}
