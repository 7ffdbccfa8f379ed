package dev.krait.builtins;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.krait.ops.Attributes;
import dev.krait.ops.Classes;
import dev.krait.ops.PyObjectOps;
import dev.krait.ops.Repr;
import dev.krait.runtime.BuiltinClasses;
import dev.krait.runtime.PNone;
import dev.krait.runtime.PNotImplemented;
import dev.krait.runtime.PRaise;
import dev.krait.runtime.PTuple;
import dev.krait.runtime.PythonClass;

/** The methods of {@code object}, the root of every class: what {@code super().__x__(...)} reaches last. */
@GenerateNodeFactory
public final class ObjectBuiltins {
    private ObjectBuiltins() {
    }

    @Builtin(name = "__new__", signature = "cls, *args, **kwargs", isStatic = true)
    @GenerateNodeFactory
    public abstract static class NewNode extends BuiltinNode.Ternary {
        @Specialization
        static Object create(Object cls, Object args, Object kwargs) {
            if (!(cls instanceof PythonClass c)) {
                throw PRaise.typeError(null, "object.__new__(X): X is not a type object (%s)", PyObjectOps.typeName(cls));
            }
            if (c.isBuiltin()) {
                if (c == BuiltinClasses.OBJECT) {
                    if (((PTuple) args).size() > 0 || ((dev.krait.runtime.PDict) kwargs).size() > 0) {
                        throw PRaise.typeError(null, "object() takes no arguments");
                    }
                    return Classes.allocate(c, new Object[0]);
                }
                throw PRaise.typeError(null, "object.__new__(%s) is not safe, use %s.__new__()", c.name, c.name);
            }
            return Classes.allocate(c, ((PTuple) args).getItems());
        }
    }

    @Builtin(name = "__init__", signature = "self, *args, **kwargs")
    @GenerateNodeFactory
    public abstract static class InitNode extends BuiltinNode.Ternary {
        @Specialization
        static Object init(Object self, Object args, Object kwargs) {
            if (((PTuple) args).size() > 0 || ((dev.krait.runtime.PDict) kwargs).size() > 0) {
                throw PRaise.typeError(null, "object.__init__() takes exactly one argument (the instance to initialize)");
            }
            return PNone.NONE;
        }
    }

    @Builtin(name = "__repr__", signature = "self, /")
    @GenerateNodeFactory
    public abstract static class ReprNode extends BuiltinNode.Unary {
        @Specialization
        @TruffleBoundary
        static Object repr(Object self) {
            PythonClass c = PyObjectOps.typeOf(self);
            if (c.isBuiltin()) {
                return Repr.repr(self);
            }
            return "<" + c.getQualifiedName() + " object at " + Repr.address(self) + ">";
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

    @Builtin(name = "__eq__", signature = "self, other, /")
    @GenerateNodeFactory
    public abstract static class EqNode extends BuiltinNode.Binary {
        @Specialization
        static Object eq(Object self, Object other) {
            return self == other ? Boolean.TRUE : PNotImplemented.INSTANCE;
        }
    }

    @Builtin(name = "__ne__", signature = "self, other, /")
    @GenerateNodeFactory
    public abstract static class NeNode extends BuiltinNode.Binary {
        @Specialization
        static Object ne(Object self, Object other) {
            Object eqMethod = PyObjectOps.typeOf(self).lookup("__eq__");
            Object eq = eqMethod == null ? PNotImplemented.INSTANCE : dev.krait.ops.Calls.callUncached(eqMethod, self, other);
            return eq == PNotImplemented.INSTANCE ? eq : !PyObjectOps.isTrue(eq);
        }
    }

    /** object's ordering comparisons: not implemented, so the other operand or a TypeError decides. */
    @Builtin(name = "__lt__", signature = "self, other, /")
    @GenerateNodeFactory
    public abstract static class LtNode extends BuiltinNode.Binary {
        @Specialization
        static Object lt(Object self, Object other) {
            return PNotImplemented.INSTANCE;
        }
    }

    @Builtin(name = "__le__", signature = "self, other, /")
    @GenerateNodeFactory
    public abstract static class LeNode extends BuiltinNode.Binary {
        @Specialization
        static Object le(Object self, Object other) {
            return PNotImplemented.INSTANCE;
        }
    }

    @Builtin(name = "__gt__", signature = "self, other, /")
    @GenerateNodeFactory
    public abstract static class GtNode extends BuiltinNode.Binary {
        @Specialization
        static Object gt(Object self, Object other) {
            return PNotImplemented.INSTANCE;
        }
    }

    @Builtin(name = "__ge__", signature = "self, other, /")
    @GenerateNodeFactory
    public abstract static class GeNode extends BuiltinNode.Binary {
        @Specialization
        static Object ge(Object self, Object other) {
            return PNotImplemented.INSTANCE;
        }
    }

    @Builtin(name = "__hash__", signature = "self, /")
    @GenerateNodeFactory
    public abstract static class HashNode extends BuiltinNode.Unary {
        @Specialization
        static Object hash(Object self) {
            return PyObjectOps.id(self) >> 4;
        }
    }

    @Builtin(name = "__format__", signature = "self, format_spec, /")
    @GenerateNodeFactory
    public abstract static class FormatNode extends BuiltinNode.Binary {
        @Specialization
        static Object format(Object self, Object spec) {
            if (!(spec instanceof String s)) {
                throw PRaise.typeError(null, "format spec must be a str");
            }
            if (!s.isEmpty()) {
                throw PRaise.typeError(null, "unsupported format string passed to %s.__format__", PyObjectOps.typeName(self));
            }
            return Repr.str(self);
        }
    }

    @Builtin(name = "__getattribute__", signature = "self, name, /")
    @GenerateNodeFactory
    public abstract static class GetAttributeNode extends BuiltinNode.Binary {
        @Specialization
        static Object getattribute(Object self, Object name) {
            return Attributes.get(self, attributeName(name));
        }
    }

    /** The name argument of __getattribute__, __setattr__ and __delattr__, checked as CPython does. */
    static String attributeName(Object name) {
        if (!(name instanceof String s)) {
            throw PRaise.typeError(null, "attribute name must be string, not '%s'", PyObjectOps.typeName(name));
        }
        return s;
    }

    @Builtin(name = "__setattr__", signature = "self, name, value, /")
    @GenerateNodeFactory
    public abstract static class SetAttrNode extends BuiltinNode.Ternary {
        @Specialization
        static Object setattr(Object self, Object name, Object value) {
            String attribute = attributeName(name);
            if (!Attributes.storeOwnAttribute(self, attribute, value)) {
                Attributes.set(self, attribute, value);
            }
            return PNone.NONE;
        }
    }

    @Builtin(name = "__delattr__", signature = "self, name, /")
    @GenerateNodeFactory
    public abstract static class DelAttrNode extends BuiltinNode.Binary {
        @Specialization
        static Object delattr(Object self, Object name) {
            Attributes.deleteOwn(self, attributeName(name));
            return PNone.NONE;
        }
    }

    /** object.__init_subclass__: reached with the class already bound (it is a class method); takes no keywords. */
    @Builtin(name = "__init_subclass__", signature = "**kwargs", isStatic = true)
    @GenerateNodeFactory
    public abstract static class InitSubclassNode extends BuiltinNode.Unary {
        @Specialization
        static Object initSubclass(Object kwargs) {
            if (((dev.krait.runtime.PDict) kwargs).size() > 0) {
                throw PRaise.typeError(null, "object.__init_subclass__() takes no keyword arguments");
            }
            return PNone.NONE;
        }
    }
}
