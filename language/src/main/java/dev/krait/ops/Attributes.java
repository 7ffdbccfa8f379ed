package dev.krait.ops;

import java.math.BigInteger;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.krait.runtime.BuiltinClasses;
import dev.krait.runtime.PBaseException;
import dev.krait.runtime.PBoundMethod;
import dev.krait.runtime.PBuiltinFunction;
import dev.krait.runtime.PFunction;
import dev.krait.runtime.PModule;
import dev.krait.runtime.PNone;
import dev.krait.runtime.PRaise;
import dev.krait.runtime.PRange;
import dev.krait.runtime.PSlice;
import dev.krait.runtime.PTuple;
import dev.krait.runtime.PythonClass;

/** The generic semantics of {@code obj.name} and {@code obj.name = value}. */
public final class Attributes {
    private Attributes() {
    }

    /** obj.name, or null when there is no such attribute. */
    @TruffleBoundary
    public static Object lookup(Object obj, String name) {
        if (obj instanceof PythonClass c) {
            return lookupOnClass(c, name);
        }
        if (obj instanceof PModule m) {
            Object v = m.get(name);
            if (v == null && name.equals("__name__")) {
                return m.name;
            }
            return v;
        }
        Object special = specialAttribute(obj, name);
        if (special != null) {
            return special;
        }
        PythonClass type = PyObjectOps.typeOf(obj);
        Object attr = type.lookup(name);
        if (attr != null) {
            return bind(obj, attr);
        }
        return null;
    }

    /** A class attribute found on an instance's type becomes a bound method when it is a function. */
    public static Object bind(Object self, Object attr) {
        if (attr instanceof PFunction || (attr instanceof PBuiltinFunction b && !b.isStatic)) {
            return new PBoundMethod(self, attr);
        }
        return attr;
    }

    @TruffleBoundary
    public static Object get(Object obj, String name) {
        Object v = lookup(obj, name);
        if (v == null) {
            throw attributeError(obj, name);
        }
        return v;
    }

    public static RuntimeException attributeError(Object obj, String name) {
        if (obj instanceof PythonClass c) {
            return PRaise.error(null, BuiltinClasses.ATTRIBUTE_ERROR, "type object '%s' has no attribute '%s'", c.name, name);
        }
        if (obj instanceof PModule m) {
            return PRaise.error(null, BuiltinClasses.ATTRIBUTE_ERROR, "module '%s' has no attribute '%s'", m.name, name);
        }
        return PRaise.error(null, BuiltinClasses.ATTRIBUTE_ERROR, "'%s' object has no attribute '%s'", PyObjectOps.typeName(obj), name);
    }

    private static Object lookupOnClass(PythonClass c, String name) {
        switch (name) {
            case "__name__":
                return c.name;
            case "__qualname__":
                return c.name;
            case "__module__":
                return c.module;
            case "__mro__":
                return new PTuple(c.mro.clone());
            case "__bases__":
                return new PTuple(c.bases.clone());
            case "__base__":
                return c.bases.length == 0 ? PNone.NONE : c.bases[0];
            case "__class__":
                return BuiltinClasses.TYPE;
            default:
                break;
        }
        Object v = c.lookup(name);
        if (v == null && name.equals("__doc__")) {
            return PNone.NONE;
        }
        return v;
    }

    private static Object specialAttribute(Object obj, String name) {
        if (name.equals("__class__")) {
            return PyObjectOps.typeOf(obj);
        }
        if (obj instanceof PFunction f) {
            switch (name) {
                case "__name__":
                    return f.name;
                case "__qualname__":
                    return f.qualname;
                case "__doc__":
                    return f.doc;
                case "__module__":
                    return f.globals.name;
                case "__defaults__":
                    return f.defaults.length == 0 ? PNone.NONE : new PTuple(f.defaults.clone());
                case "__dict__":
                    return f.getDict();
                case "__globals__":
                    return f.globals;
                default:
                    return f.getDictOrNull() == null ? null : f.getDict().get(name);
            }
        } else if (obj instanceof PBuiltinFunction b) {
            switch (name) {
                case "__name__":
                    return b.name;
                case "__qualname__":
                    return b.qualifiedName();
                case "__doc__":
                    return PNone.NONE;
                case "__module__":
                    return b.owner == null ? b.moduleName : PNone.NONE;
                default:
                    return null;
            }
        } else if (obj instanceof PBoundMethod m) {
            switch (name) {
                case "__self__":
                    return m.self;
                case "__func__":
                    return m.function;
                case "__name__":
                case "__qualname__":
                case "__doc__":
                    return lookup(m.function, name);
                default:
                    return null;
            }
        } else if (obj instanceof PBaseException e) {
            switch (name) {
                case "args":
                    return e.getArgs();
                case "__cause__":
                    return e.cause == null ? PNone.NONE : e.cause;
                case "__context__":
                    return e.context == null ? PNone.NONE : e.context;
                case "__suppress_context__":
                    return e.suppressContext;
                case "__traceback__":
                    return PNone.NONE;
                default:
                    return e.getAttribute(name);
            }
        } else if (obj instanceof Long || obj instanceof Boolean || obj instanceof BigInteger) {
            switch (name) {
                case "real":
                case "numerator":
                    return obj instanceof Boolean b ? (Object) (b ? 1L : 0L) : obj;
                case "imag":
                    return 0L;
                case "denominator":
                    return 1L;
                default:
                    return null;
            }
        } else if (obj instanceof Double d) {
            switch (name) {
                case "real":
                    return d;
                case "imag":
                    return 0.0;
                default:
                    return null;
            }
        } else if (obj instanceof PSlice s) {
            switch (name) {
                case "start":
                    return s.start;
                case "stop":
                    return s.stop;
                case "step":
                    return s.step;
                default:
                    return null;
            }
        } else if (obj instanceof PRange r) {
            switch (name) {
                case "start":
                    return r.start;
                case "stop":
                    return r.stop;
                case "step":
                    return r.step;
                default:
                    return null;
            }
        }
        return null;
    }

    @TruffleBoundary
    public static void set(Object obj, String name, Object value) {
        if (obj instanceof PModule m) {
            m.set(name, value);
            return;
        }
        if (obj instanceof PFunction f) {
            switch (name) {
                case "__name__" -> f.name = (String) value;
                case "__qualname__" -> f.qualname = (String) value;
                case "__doc__" -> f.doc = value;
                case "__defaults__" -> f.defaults = value == PNone.NONE ? new Object[0] : ((PTuple) value).getItems().clone();
                default -> f.getDict().put(name, value);
            }
            return;
        }
        if (obj instanceof PBaseException e) {
            switch (name) {
                case "args" -> e.setArgs(new PTuple(PyObjectOps.toArray(value)));
                case "__cause__" -> {
                    e.cause = value == PNone.NONE ? null : (PBaseException) value;
                    e.suppressContext = true;
                }
                case "__context__" -> e.context = value == PNone.NONE ? null : (PBaseException) value;
                case "__suppress_context__" -> e.suppressContext = PyObjectOps.isTrue(value);
                default -> e.setAttribute(name, value);
            }
            return;
        }
        if (obj instanceof PythonClass c) {
            if (c.isBuiltin()) {
                throw PRaise.typeError(null, "cannot set '%s' attribute of immutable type '%s'", name, c.name);
            }
            c.setAttribute(name, value);
            return;
        }
        if (PyObjectOps.typeOf(obj).lookup(name) != null) {
            throw PRaise.error(null, BuiltinClasses.ATTRIBUTE_ERROR, "'%s' object attribute '%s' is read-only", PyObjectOps.typeName(obj), name);
        }
        throw PRaise.error(null, BuiltinClasses.ATTRIBUTE_ERROR, "'%s' object has no attribute '%s'", PyObjectOps.typeName(obj), name);
    }

    @TruffleBoundary
    public static void delete(Object obj, String name) {
        if (obj instanceof PModule m) {
            if (m.get(name) == null) {
                throw attributeError(obj, name);
            }
            m.cell(name).delete();
            return;
        }
        if (obj instanceof PythonClass c && !c.isBuiltin()) {
            if (!c.removeAttribute(name)) {
                throw attributeError(obj, name);
            }
            return;
        }
        throw attributeError(obj, name);
    }
}
