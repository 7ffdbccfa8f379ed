package dev.krait.builtins.modules;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.krait.ast.CompareOperator;
import dev.krait.builtins.Builtin;
import dev.krait.builtins.BuiltinNode;
import dev.krait.ops.Comparison;
import dev.krait.ops.Items;
import dev.krait.ops.Repr;
import dev.krait.runtime.BuiltinClasses;
import dev.krait.runtime.Hashing;
import dev.krait.runtime.Iterators;
import dev.krait.runtime.PNotImplemented;
import dev.krait.runtime.PRaise;
import dev.krait.runtime.PTuple;
import dev.krait.runtime.PythonClass;

/**
 * A named read-only sequence like CPython's structseq types (sys.version_info, sys.float_info): indexable and
 * comparable like the tuple of its values ({@code sys.version_info >= (3, 8)}), with its fields as attributes.
 */
@GenerateNodeFactory
public final class StructSeq extends LibraryObject {
    final String[] names;
    final Object[] values;

    StructSeq(PythonClass cls, String[] names, Object[] values) {
        super(cls);
        this.names = names;
        this.values = values;
    }

    /** A structseq type named module.name with the shared methods. */
    static PythonClass type(String module, String name) {
        return LibraryTypes.define(module, name, StructSeqFactory.getFactories());
    }

    PTuple tuple() {
        return new PTuple(values);
    }

    static PTuple asTuple(Object o) {
        if (o instanceof StructSeq s) {
            return s.tuple();
        }
        return o instanceof PTuple t ? t : null;
    }

    @TruffleBoundary
    static Object compare(CompareOperator op, StructSeq self, Object other) {
        PTuple t = asTuple(other);
        if (t == null) {
            return PNotImplemented.INSTANCE;
        }
        return Comparison.richCompare(op, self.tuple(), t);
    }

    @Builtin(name = "__len__", signature = "self, /")
    @GenerateNodeFactory
    public abstract static class LenNode extends BuiltinNode.Unary {
        @Specialization
        static long len(StructSeq self) {
            return self.values.length;
        }
    }

    @Builtin(name = "__getitem__", signature = "self, index, /")
    @GenerateNodeFactory
    public abstract static class GetItemNode extends BuiltinNode.Binary {
        @Specialization
        @TruffleBoundary
        static Object get(StructSeq self, Object index) {
            return Items.getItem(self.tuple(), index);
        }
    }

    @Builtin(name = "__iter__", signature = "self, /")
    @GenerateNodeFactory
    public abstract static class IterNode extends BuiltinNode.Unary {
        @Specialization
        static Object iter(StructSeq self) {
            return new Iterators.ArrayIterator(self.values);
        }
    }

    @Builtin(name = "__hash__", signature = "self, /")
    @GenerateNodeFactory
    public abstract static class HashNode extends BuiltinNode.Unary {
        @Specialization
        static long hash(StructSeq self) {
            return Hashing.hash(self.tuple());
        }
    }

    @Builtin(name = "__eq__", signature = "self, other, /")
    @GenerateNodeFactory
    public abstract static class EqNode extends BuiltinNode.Binary {
        @Specialization
        static Object eq(StructSeq self, Object other) {
            return compare(CompareOperator.EQ, self, other);
        }
    }

    @Builtin(name = "__ne__", signature = "self, other, /")
    @GenerateNodeFactory
    public abstract static class NeNode extends BuiltinNode.Binary {
        @Specialization
        static Object ne(StructSeq self, Object other) {
            return compare(CompareOperator.NE, self, other);
        }
    }

    @Builtin(name = "__lt__", signature = "self, other, /")
    @GenerateNodeFactory
    public abstract static class LtNode extends BuiltinNode.Binary {
        @Specialization
        static Object lt(StructSeq self, Object other) {
            return compare(CompareOperator.LT, self, other);
        }
    }

    @Builtin(name = "__le__", signature = "self, other, /")
    @GenerateNodeFactory
    public abstract static class LeNode extends BuiltinNode.Binary {
        @Specialization
        static Object le(StructSeq self, Object other) {
            return compare(CompareOperator.LE, self, other);
        }
    }

    @Builtin(name = "__gt__", signature = "self, other, /")
    @GenerateNodeFactory
    public abstract static class GtNode extends BuiltinNode.Binary {
        @Specialization
        static Object gt(StructSeq self, Object other) {
            return compare(CompareOperator.GT, self, other);
        }
    }

    @Builtin(name = "__ge__", signature = "self, other, /")
    @GenerateNodeFactory
    public abstract static class GeNode extends BuiltinNode.Binary {
        @Specialization
        static Object ge(StructSeq self, Object other) {
            return compare(CompareOperator.GE, self, other);
        }
    }

    @Builtin(name = "__repr__", signature = "self, /")
    @GenerateNodeFactory
    public abstract static class ReprNode extends BuiltinNode.Unary {
        @Specialization
        @TruffleBoundary
        static Object repr(StructSeq self) {
            StringBuilder sb = new StringBuilder(self.getPythonClass().errorName).append('(');
            for (int i = 0; i < self.names.length; i++) {
                sb.append(i == 0 ? "" : ", ").append(self.names[i]).append('=').append(Repr.repr(self.values[i]));
            }
            return sb.append(')').toString();
        }
    }

    @Builtin(name = "__getattr__", signature = "self, name, /")
    @GenerateNodeFactory
    public abstract static class GetAttrNode extends BuiltinNode.Binary {
        @Specialization
        @TruffleBoundary
        static Object get(StructSeq self, Object name) {
            String n = Repr.str(name);
            for (int i = 0; i < self.names.length; i++) {
                if (self.names[i].equals(n)) {
                    return self.values[i];
                }
            }
            throw PRaise.error(null, BuiltinClasses.ATTRIBUTE_ERROR, "'%s' object has no attribute '%s'", self.getPythonClass().errorName, n);
        }
    }

    @Builtin(name = "count", signature = "self, value, /")
    @GenerateNodeFactory
    public abstract static class CountNode extends BuiltinNode.Binary {
        @Specialization
        @TruffleBoundary
        static long count(StructSeq self, Object value) {
            long n = 0;
            for (Object v : self.values) {
                if (Comparison.eq(v, value)) {
                    n++;
                }
            }
            return n;
        }
    }
}
