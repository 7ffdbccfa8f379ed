package dev.krait.builtins.modules;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.krait.builtins.Builtin;
import dev.krait.builtins.BuiltinNode;
import dev.krait.ops.Items;
import dev.krait.ops.PyObjectOps;
import dev.krait.ops.Repr;
import dev.krait.runtime.BuiltinClasses;
import dev.krait.runtime.Iterators;
import dev.krait.runtime.PNotImplemented;
import dev.krait.runtime.PRaise;
import dev.krait.runtime.PTuple;
import dev.krait.runtime.PythonClass;

/** The methods of time.struct_time: a read-only sequence of nine ints with named fields. */
@GenerateNodeFactory
public final class StructTimeBuiltins {
    private StructTimeBuiltins() {
    }

    @Builtin(name = "__new__", signature = "cls, sequence, /", isStatic = true)
    @GenerateNodeFactory
    public abstract static class NewNode extends BuiltinNode.Binary {
        @Specialization
        @TruffleBoundary
        static Object create(Object cls, Object sequence) {
            Object[] items = PyObjectOps.toArray(sequence);
            if (items.length < 9 || items.length > 11) {
                throw PRaise.typeError(null, "time.struct_time() takes a sequence of length 9 (%d given)", items.length);
            }
            return new TimeModule.StructTime(java.util.Arrays.copyOf(items, 9), items.length > 9 ? Repr.str(items[9]) : "", 0);
        }
    }

    @Builtin(name = "__len__", signature = "self")
    @GenerateNodeFactory
    public abstract static class LenNode extends BuiltinNode.Unary {
        @Specialization
        static long len(TimeModule.StructTime self) {
            return 9;
        }
    }

    @Builtin(name = "__getitem__", signature = "self, index")
    @GenerateNodeFactory
    public abstract static class GetItemNode extends BuiltinNode.Binary {
        @Specialization
        @TruffleBoundary
        static Object get(TimeModule.StructTime self, Object index) {
            return Items.getItem(new PTuple(self.values), index);
        }
    }

    @Builtin(name = "__iter__", signature = "self")
    @GenerateNodeFactory
    public abstract static class IterNode extends BuiltinNode.Unary {
        @Specialization
        static Object iter(TimeModule.StructTime self) {
            return new Iterators.ArrayIterator(self.values);
        }
    }

    @Builtin(name = "__getattr__", signature = "self, name")
    @GenerateNodeFactory
    public abstract static class GetAttrNode extends BuiltinNode.Binary {
        @Specialization
        @TruffleBoundary
        static Object get(TimeModule.StructTime self, Object name) {
            String n = Repr.str(name);
            for (int i = 0; i < TimeModule.StructTime.FIELDS.length; i++) {
                if (TimeModule.StructTime.FIELDS[i].equals(n)) {
                    return self.values[i];
                }
            }
            if (n.equals("tm_zone")) {
                return self.zone;
            }
            if (n.equals("tm_gmtoff")) {
                return self.gmtoff;
            }
            throw PRaise.error(null, BuiltinClasses.ATTRIBUTE_ERROR, "'time.struct_time' object has no attribute '%s'", n);
        }
    }

    @Builtin(name = "__eq__", signature = "self, other")
    @GenerateNodeFactory
    public abstract static class EqNode extends BuiltinNode.Binary {
        @Specialization
        @TruffleBoundary
        static Object eq(TimeModule.StructTime self, Object other) {
            Object[] theirs = other instanceof TimeModule.StructTime st ? st.values : other instanceof PTuple t ? t.getItems() : null;
            if (theirs == null) {
                return PNotImplemented.INSTANCE;
            }
            return dev.krait.ops.Comparison.eq(new PTuple(self.values), new PTuple(theirs));
        }
    }

    @Builtin(name = "__repr__", signature = "self")
    @GenerateNodeFactory
    public abstract static class ReprNode extends BuiltinNode.Unary {
        @Specialization
        @TruffleBoundary
        static Object repr(TimeModule.StructTime self) {
            StringBuilder sb = new StringBuilder("time.struct_time(");
            for (int i = 0; i < 9; i++) {
                sb.append(i == 0 ? "" : ", ").append(TimeModule.StructTime.FIELDS[i]).append('=').append(Repr.repr(self.values[i]));
            }
            return sb.append(')').toString();
        }
    }

    static PythonClass type() {
        return TimeModule.STRUCT_TIME;
    }
}
