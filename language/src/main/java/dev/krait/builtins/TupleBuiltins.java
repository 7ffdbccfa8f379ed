package dev.krait.builtins;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.krait.ast.CompareOperator;
import dev.krait.ast.Operator;
import dev.krait.ops.BinaryOpNode;
import dev.krait.ops.Comparison;
import dev.krait.ops.Items;
import dev.krait.ops.PyObjectOps;
import dev.krait.ops.Repr;
import dev.krait.runtime.Hashing;
import dev.krait.runtime.Iterators;
import dev.krait.runtime.PNone;
import dev.krait.runtime.PNotImplemented;
import dev.krait.runtime.PRaise;
import dev.krait.runtime.PTuple;

/** The methods of tuple. */
@GenerateNodeFactory
public final class TupleBuiltins {
    private TupleBuiltins() {
    }

    @Builtin(name = "__new__", signature = "cls, iterable=?, /", isStatic = true)
    @GenerateNodeFactory
    public abstract static class NewNode extends BuiltinNode.Binary {
        @Specialization
        static Object create(Object cls, Object iterable) {
            if (cls != dev.krait.runtime.BuiltinClasses.TUPLE) {
                // A subclass (namedtuple and friends): a new tuple object of that class.
                Object[] items = iterable == PNone.NO_VALUE ? new Object[0] : PyObjectOps.toArray(iterable);
                return new PTuple(items, (dev.krait.runtime.PythonClass) cls);
            }
            if (iterable == PNone.NO_VALUE) {
                return PTuple.EMPTY;
            }
            return iterable instanceof PTuple t && t.getPythonClass() == dev.krait.runtime.BuiltinClasses.TUPLE ? t : new PTuple(PyObjectOps.toArray(iterable));
        }
    }

    @Builtin(name = "index", signature = "self, value, start=?, stop=?, /")
    @GenerateNodeFactory
    public abstract static class IndexNode extends BuiltinNode.Quaternary {
        @Specialization
        @TruffleBoundary
        static Object index(PTuple self, Object value, Object start, Object stop) {
            int from = ListBuiltins.searchBound(start, self.size(), 0);
            int to = ListBuiltins.searchBound(stop, self.size(), self.size());
            for (int i = from; i < to; i++) {
                Object x = self.get(i);
                if (x == value || Comparison.eq(x, value)) {
                    return (long) i;
                }
            }
            throw PRaise.valueError(null, "tuple.index(x): x not in tuple");
        }
    }

    @Builtin(name = "count", signature = "self, value, /")
    @GenerateNodeFactory
    public abstract static class CountNode extends BuiltinNode.Binary {
        @Specialization
        @TruffleBoundary
        static Object count(PTuple self, Object value) {
            long n = 0;
            for (Object x : self.getItems()) {
                if (x == value || Comparison.eq(x, value)) {
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
        static long len(PTuple self) {
            return self.size();
        }
    }

    @Builtin(name = "__getitem__", signature = "self, key, /")
    @GenerateNodeFactory
    public abstract static class GetItemNode extends BuiltinNode.Binary {
        @Specialization
        static Object getItem(PTuple self, Object key) {
            return Items.getItemBuiltin(self, key);
        }
    }

    @Builtin(name = "__contains__", signature = "self, key, /")
    @GenerateNodeFactory
    public abstract static class ContainsNode extends BuiltinNode.Binary {
        @Specialization
        static boolean contains(PTuple self, Object key) {
            return PyObjectOps.contains(self, key);
        }
    }

    @Builtin(name = "__iter__", signature = "self, /")
    @GenerateNodeFactory
    public abstract static class IterNode extends BuiltinNode.Unary {
        @Specialization
        static Object iter(PTuple self) {
            return new Iterators.ArrayIterator(self.getItems());
        }
    }

    @Builtin(name = "__add__", signature = "self, value, /")
    @GenerateNodeFactory
    public abstract static class AddNode extends BuiltinNode.Binary {
        @Specialization
        static Object add(PTuple self, Object value) {
            if (!(value instanceof PTuple)) {
                throw PRaise.typeError(null, "can only concatenate tuple (not \"%s\") to tuple", PyObjectOps.typeName(value));
            }
            return BinaryOpNode.generic(Operator.ADD, self, value);
        }
    }

    @Builtin(name = "__mul__", signature = "self, value, /")
    @GenerateNodeFactory
    public abstract static class MulNode extends BuiltinNode.Binary {
        @Specialization
        static Object mul(PTuple self, Object value) {
            return BinaryOpNode.generic(Operator.MUL, self, value);
        }
    }

    @Builtin(name = "__hash__", signature = "self, /")
    @GenerateNodeFactory
    public abstract static class HashNode extends BuiltinNode.Unary {
        @Specialization
        static long hash(PTuple self) {
            return Hashing.hash(self);
        }
    }

    @Builtin(name = "__eq__", signature = "self, value, /")
    @GenerateNodeFactory
    public abstract static class EqNode extends BuiltinNode.Binary {
        @Specialization
        static Object compare(PTuple self, Object value) {
            return value instanceof PTuple ? Comparison.builtinRichCompare(CompareOperator.EQ, self, value) : PNotImplemented.INSTANCE;
        }
    }

    @Builtin(name = "__ne__", signature = "self, value, /")
    @GenerateNodeFactory
    public abstract static class NeNode extends BuiltinNode.Binary {
        @Specialization
        static Object compare(PTuple self, Object value) {
            return value instanceof PTuple ? Comparison.builtinRichCompare(CompareOperator.NE, self, value) : PNotImplemented.INSTANCE;
        }
    }

    @Builtin(name = "__lt__", signature = "self, value, /")
    @GenerateNodeFactory
    public abstract static class LtNode extends BuiltinNode.Binary {
        @Specialization
        static Object compare(PTuple self, Object value) {
            return value instanceof PTuple ? Comparison.builtinRichCompare(CompareOperator.LT, self, value) : PNotImplemented.INSTANCE;
        }
    }

    @Builtin(name = "__le__", signature = "self, value, /")
    @GenerateNodeFactory
    public abstract static class LeNode extends BuiltinNode.Binary {
        @Specialization
        static Object compare(PTuple self, Object value) {
            return value instanceof PTuple ? Comparison.builtinRichCompare(CompareOperator.LE, self, value) : PNotImplemented.INSTANCE;
        }
    }

    @Builtin(name = "__gt__", signature = "self, value, /")
    @GenerateNodeFactory
    public abstract static class GtNode extends BuiltinNode.Binary {
        @Specialization
        static Object compare(PTuple self, Object value) {
            return value instanceof PTuple ? Comparison.builtinRichCompare(CompareOperator.GT, self, value) : PNotImplemented.INSTANCE;
        }
    }

    @Builtin(name = "__ge__", signature = "self, value, /")
    @GenerateNodeFactory
    public abstract static class GeNode extends BuiltinNode.Binary {
        @Specialization
        static Object compare(PTuple self, Object value) {
            return value instanceof PTuple ? Comparison.builtinRichCompare(CompareOperator.GE, self, value) : PNotImplemented.INSTANCE;
        }
    }

    @Builtin(name = "__repr__", signature = "self, /")
    @GenerateNodeFactory
    public abstract static class ReprNode extends BuiltinNode.Unary {
        @Specialization
        static Object repr(PTuple self) {
            return Repr.reprOwn(self);
        }
    }
}
