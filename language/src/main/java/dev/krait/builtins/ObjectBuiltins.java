package dev.krait.builtins;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.krait.ops.Comparison;
import dev.krait.ops.PyObjectOps;
import dev.krait.ops.Repr;
import dev.krait.runtime.PNotImplemented;
import dev.krait.runtime.PRaise;
import dev.krait.runtime.PythonClass;

/** The methods of object, which every class inherits. */
@GenerateNodeFactory
public final class ObjectBuiltins {
    private ObjectBuiltins() {
    }

    @Builtin(name = "__new__", signature = "cls, *args, **kwargs", isStatic = true)
    @GenerateNodeFactory
    public abstract static class NewNode extends BuiltinNode.Ternary {
        @Specialization
        static Object create(Object cls, Object args, Object kwargs) {
            throw PRaise.typeError(null, "cannot create '%s' instances", ((PythonClass) cls).name);
        }
    }

    @Builtin(name = "__eq__", signature = "self, value, /")
    @GenerateNodeFactory
    public abstract static class EqNode extends BuiltinNode.Binary {
        @Specialization
        static Object eq(Object self, Object value) {
            return Comparison.is(self, value) ? Boolean.TRUE : PNotImplemented.INSTANCE;
        }
    }

    @Builtin(name = "__ne__", signature = "self, value, /")
    @GenerateNodeFactory
    public abstract static class NeNode extends BuiltinNode.Binary {
        @Specialization
        static Object ne(Object self, Object value) {
            return Comparison.is(self, value) ? Boolean.FALSE : PNotImplemented.INSTANCE;
        }
    }

    @Builtin(name = "__hash__", signature = "self, /")
    @GenerateNodeFactory
    public abstract static class HashNode extends BuiltinNode.Unary {
        @Specialization
        static long hash(Object self) {
            return PyObjectOps.id(self) >> 4;
        }
    }

    /** The default repr, {@code <module.Class object at 0x...>}, whatever the class's own __repr__ says. */
    @Builtin(name = "__repr__", signature = "self, /")
    @GenerateNodeFactory
    public abstract static class ReprNode extends BuiltinNode.Unary {
        @Specialization
        @TruffleBoundary
        static Object repr(Object self) {
            return "<" + PyObjectOps.typeOf(self).getQualifiedName() + " object at " + Repr.address(self) + ">";
        }
    }

    @Builtin(name = "__str__", signature = "self, /")
    @GenerateNodeFactory
    public abstract static class StrNode extends BuiltinNode.Unary {
        @Specialization
        static Object str(Object self) {
            return Repr.repr(self);
        }
    }

    @Builtin(name = "__format__", signature = "self, format_spec, /")
    @GenerateNodeFactory
    public abstract static class FormatNode extends BuiltinNode.Binary {
        @Specialization
        static Object format(Object self, Object spec) {
            String s = StrBuiltins.checkSpec(spec);
            if (!s.isEmpty()) {
                throw PRaise.typeError(null, "unsupported format string passed to %s.__format__", PyObjectOps.typeName(self));
            }
            return Repr.str(self);
        }
    }
}
