package dev.krait.builtins;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.krait.ops.PyObjectOps;
import dev.krait.runtime.DictStorage;
import dev.krait.runtime.Descriptors.PClassMethod;
import dev.krait.runtime.Descriptors.PProperty;
import dev.krait.runtime.Descriptors.PStaticMethod;
import dev.krait.runtime.Descriptors.PSuper;
import dev.krait.runtime.PBaseException;
import dev.krait.runtime.PDict;
import dev.krait.runtime.PGenerator;
import dev.krait.runtime.PList;
import dev.krait.runtime.PNone;
import dev.krait.runtime.PRaise;
import dev.krait.runtime.PTuple;
import dev.krait.runtime.PythonClass;

/**
 * The pieces of the data model that classes need: the {@code __init__} of subclassable builtins (so that
 * {@code super().__init__(...)} works in subclasses of list, dict and exceptions), property, staticmethod,
 * classmethod and super.
 */
public final class DataModelBuiltins {
    private DataModelBuiltins() {
    }

    @Builtin(name = "__init__", signature = "self, iterable=?, /")
    @GenerateNodeFactory
    public abstract static class ListInitNode extends BuiltinNode.Binary {
        @Specialization
        static Object init(PList self, Object iterable) {
            self.clear();
            if (iterable != PNone.NO_VALUE) {
                Object[] values = PyObjectOps.toArray(iterable);
                self.addAll(values, values.length);
            }
            return PNone.NONE;
        }
    }

    @Builtin(name = "__init__", signature = "self, *args, **kwargs")
    @GenerateNodeFactory
    public abstract static class DictInitNode extends BuiltinNode.Ternary {
        @Specialization
        static Object init(PDict self, Object args, Object kwargs) {
            // The same filling as dict() and dict.update, with their checks and messages.
            DictBuiltins.updateWith("dict", self, (PTuple) args, kwargs);
            return PNone.NONE;
        }
    }

    @Builtin(name = "__init__", signature = "self, *args")
    @GenerateNodeFactory
    public abstract static class ExceptionInitNode extends BuiltinNode.Binary {
        @Specialization
        static Object init(PBaseException self, Object args) {
            self.setArgs((PTuple) args);
            return PNone.NONE;
        }
    }

    @Builtin(name = "__new__", signature = "cls, fget=None, fset=None, fdel=None, doc=None", isStatic = true)
    @GenerateNodeFactory
    public abstract static class PropertyNewNode extends BuiltinNode.Varargs {
        @Specialization
        static Object create(Object[] args) {
            return new PProperty(args[1], args[2], args[3], args[4]);
        }
    }

    @Builtin(name = "getter", signature = "self, fget, /")
    @GenerateNodeFactory
    public abstract static class PropertyGetterNode extends BuiltinNode.Binary {
        @Specialization
        static Object getter(PProperty self, Object f) {
            return new PProperty(f, self.setter, self.deleter, self.doc);
        }
    }

    @Builtin(name = "setter", signature = "self, fset, /")
    @GenerateNodeFactory
    public abstract static class PropertySetterNode extends BuiltinNode.Binary {
        @Specialization
        static Object setter(PProperty self, Object f) {
            return new PProperty(self.getter, f, self.deleter, self.doc);
        }
    }

    @Builtin(name = "deleter", signature = "self, fdel, /")
    @GenerateNodeFactory
    public abstract static class PropertyDeleterNode extends BuiltinNode.Binary {
        @Specialization
        static Object deleter(PProperty self, Object f) {
            return new PProperty(self.getter, self.setter, f, self.doc);
        }
    }

    @Builtin(name = "__new__", signature = "cls, function, /", isStatic = true)
    @GenerateNodeFactory
    public abstract static class StaticMethodNewNode extends BuiltinNode.Binary {
        @Specialization
        static Object create(Object cls, Object function) {
            return new PStaticMethod(function);
        }
    }

    @Builtin(name = "__new__", signature = "cls, function, /", isStatic = true)
    @GenerateNodeFactory
    public abstract static class ClassMethodNewNode extends BuiltinNode.Binary {
        @Specialization
        static Object create(Object cls, Object function) {
            return new PClassMethod(function);
        }
    }

    /** Two-argument super(type, obj); the zero-argument form is compiled into the same object. */
    @Builtin(name = "__new__", signature = "cls, type=?, obj=?, /", isStatic = true)
    @GenerateNodeFactory
    public abstract static class SuperNewNode extends BuiltinNode.Ternary {
        @Specialization
        static Object create(Object cls, Object type, Object obj) {
            if (type == PNone.NO_VALUE || obj == PNone.NO_VALUE) {
                throw PRaise.error(null, dev.krait.runtime.BuiltinClasses.RUNTIME_ERROR, "super(): no arguments");
            }
            return make(type, obj);
        }

        public static Object make(Object type, Object obj) {
            if (!(type instanceof PythonClass t)) {
                throw PRaise.typeError(null, "super() argument 1 must be a type, not %s", PyObjectOps.typeName(type));
            }
            boolean ok = (obj instanceof PythonClass c && c.isSubclassOf(t)) || PyObjectOps.typeOf(obj).isSubclassOf(t);
            if (!ok) {
                throw PRaise.typeError(null, "super(type, obj): obj must be an instance or subtype of type");
            }
            return new PSuper(t, obj);
        }
    }

    /** Resumes a generator; its return value travels in StopIteration the first time it finishes. */
    static Object resumeOrStop(PGenerator g, Object value, PBaseException toThrow) {
        Object r = g.resume(value, toThrow);
        if (r == null) {
            throw PRaise.stopIteration(null, g.takeStopValue());
        }
        return r;
    }

    @Builtin(name = "__next__", signature = "self, /")
    @GenerateNodeFactory
    public abstract static class GeneratorNextNode extends BuiltinNode.Unary {
        @Specialization
        static Object next(PGenerator self) {
            return resumeOrStop(self, PNone.NONE, null);
        }
    }

    @Builtin(name = "send", signature = "self, value, /")
    @GenerateNodeFactory
    public abstract static class GeneratorSendNode extends BuiltinNode.Binary {
        @Specialization
        static Object send(PGenerator self, Object value) {
            return resumeOrStop(self, value, null);
        }
    }

    @Builtin(name = "throw", signature = "self, typ, val=?, tb=?, /")
    @GenerateNodeFactory
    public abstract static class GeneratorThrowNode extends BuiltinNode.Quaternary {
        @Specialization
        static Object throwIn(PGenerator self, Object typ, Object val, Object tb) {
            Object exc = typ;
            if (typ instanceof PythonClass c) {
                exc = val == PNone.NO_VALUE || val == PNone.NONE ? dev.krait.ops.Calls.callUncached(c)
                                : val instanceof PBaseException ? val : dev.krait.ops.Calls.callUncached(c, val);
            }
            if (!(exc instanceof PBaseException e)) {
                throw PRaise.typeError(null, "exceptions must be classes or instances deriving from BaseException, not %s", PyObjectOps.typeName(exc));
            }
            return resumeOrStop(self, PNone.NONE, e);
        }
    }

    @Builtin(name = "close", signature = "self, /")
    @GenerateNodeFactory
    public abstract static class GeneratorCloseNode extends BuiltinNode.Unary {
        @Specialization
        static Object close(PGenerator self) {
            if (self.isFinished() || !self.isStarted()) {
                self.exit(true);
                return PNone.NONE;
            }
            try {
                Object r = self.resume(PNone.NONE, new PBaseException(dev.krait.runtime.BuiltinClasses.GENERATOR_EXIT, PTuple.EMPTY));
                if (r != null) {
                    throw PRaise.error(null, dev.krait.runtime.BuiltinClasses.RUNTIME_ERROR, "generator ignored GeneratorExit");
                }
            } catch (dev.krait.runtime.PException e) {
                PythonClass t = e.getException().getPythonClass();
                if (!t.isSubclassOf(dev.krait.runtime.BuiltinClasses.GENERATOR_EXIT) && !t.isSubclassOf(dev.krait.runtime.BuiltinClasses.STOP_ITERATION)) {
                    throw e;
                }
            }
            return PNone.NONE;
        }
    }

    /** type.__call__: what calling a class does by default (reached from a metaclass's __call__ via super()). */
    @Builtin(name = "__call__", signature = "self, *args, **kwargs")
    @GenerateNodeFactory
    public abstract static class TypeCallNode extends BuiltinNode.Ternary {
        @Specialization
        @TruffleBoundary
        static Object call(Object self, Object args, Object kwargs) {
            PDict kw = (PDict) kwargs;
            DictStorage s = kw.getStorage();
            java.util.List<String> names = new java.util.ArrayList<>();
            java.util.List<Object> values = new java.util.ArrayList<>();
            for (int p = 0; p < s.limit(); p++) {
                if (s.keyAt(p) != null) {
                    names.add((String) s.keyAt(p));
                    values.add(s.valueAt(p));
                }
            }
            return dev.krait.ops.Classes.instantiate((PythonClass) self, ((PTuple) args).getItems(), names.toArray(new String[0]), values.toArray());
        }
    }

    /** Functions are descriptors: obj.f binds, C.f (obj None) is the function itself. */
    @Builtin(name = "__get__", signature = "self, instance, owner=None, /")
    @GenerateNodeFactory
    public abstract static class FunctionGetNode extends BuiltinNode.Ternary {
        @Specialization
        static Object get(Object self, Object instance, Object owner) {
            return instance == PNone.NONE ? self : new dev.krait.runtime.PBoundMethod(instance, self);
        }
    }

    @Builtin(name = "__get__", signature = "self, instance, owner=None, /")
    @GenerateNodeFactory
    public abstract static class StaticMethodGetNode extends BuiltinNode.Ternary {
        @Specialization
        static Object get(PStaticMethod self, Object instance, Object owner) {
            return self.function;
        }
    }

    @Builtin(name = "__get__", signature = "self, instance, owner=None, /")
    @GenerateNodeFactory
    public abstract static class ClassMethodGetNode extends BuiltinNode.Ternary {
        @Specialization
        static Object get(PClassMethod self, Object instance, Object owner) {
            Object cls = owner != PNone.NONE ? owner : PyObjectOps.typeOf(instance);
            return new dev.krait.runtime.PBoundMethod(cls, self.function);
        }
    }

    @Builtin(name = "__subclasses__", signature = "self, /")
    @GenerateNodeFactory
    public abstract static class SubclassesNode extends BuiltinNode.Unary {
        @Specialization
        @TruffleBoundary
        static Object subclasses(PythonClass self) {
            return new PList(self.liveSubclasses().toArray());
        }
    }
}
