package dev.krait.ops;

import java.math.BigInteger;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import com.oracle.truffle.api.object.DynamicObjectLibrary;

import dev.krait.runtime.BuiltinClasses;
import dev.krait.runtime.Descriptors.PClassMethod;
import dev.krait.runtime.Descriptors.PProperty;
import dev.krait.runtime.Descriptors.PStaticMethod;
import dev.krait.runtime.Descriptors.PSuper;
import dev.krait.runtime.PBaseException;
import dev.krait.runtime.PDict;
import dev.krait.runtime.PInstance;
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
        if (obj instanceof PSuper s) {
            return lookupSuper(s, name);
        }
        PythonClass objType = PyObjectOps.typeOf(obj);
        if (!objType.isBuiltin()) {
            return lookupOnUserObject(obj, objType, name);
        }
        Object special = specialAttribute(obj, name);
        if (special != null) {
            return special;
        }
        Object attr = objType.lookup(name);
        if (attr != null) {
            return bindToInstance(obj, objType, attr);
        }
        return null;
    }

    /** Binds a class attribute found through an instance: methods, static/class methods, user descriptors. */
    public static Object bindToInstance(Object self, PythonClass type, Object attr) {
        if (attr instanceof PFunction || (attr instanceof PBuiltinFunction b && !b.isStatic)) {
            return new PBoundMethod(self, attr);
        } else if (attr instanceof PStaticMethod sm) {
            return sm.function;
        } else if (attr instanceof PClassMethod cm) {
            return new PBoundMethod(type, cm.function);
        } else if (attr instanceof PProperty p) {
            return propertyGet(p, self, "?");
        }
        Object get = SpecialMethods.lookupUser(attr, "__get__");
        if (get != null) {
            return Calls.callUncached(get, attr, self, type);
        }
        return attr;
    }

    private static Object propertyGet(PProperty p, Object self, String name) {
        if (p.getter == null || p.getter == PNone.NONE) {
            throw PRaise.error(null, BuiltinClasses.ATTRIBUTE_ERROR, "property '%s' of '%s' object has no getter", name, PyObjectOps.typeName(self));
        }
        return Calls.callUncached(p.getter, self);
    }

    /** A data descriptor (property, or a user object with __set__ or __delete__) wins over instance attributes. */
    public static boolean isDataDescriptor(Object attr) {
        if (attr instanceof PProperty) {
            return true;
        }
        return attr != null && !(attr instanceof PFunction) && (SpecialMethods.lookupUser(attr, "__set__") != null || SpecialMethods.lookupUser(attr, "__delete__") != null);
    }

    private static Object lookupOnUserObject(Object obj, PythonClass type, String name) {
        Object classAttr = type.lookup(name);
        if (classAttr instanceof PProperty p) {
            try {
                return propertyGet(p, obj, name);
            } catch (dev.krait.runtime.PException e) {
                // As in CPython, an AttributeError from a property falls back to __getattr__.
                Object getattr = SpecialMethods.lookupUser(obj, "__getattr__");
                if (getattr == null || !e.getException().getPythonClass().isSubclassOf(BuiltinClasses.ATTRIBUTE_ERROR)) {
                    throw e;
                }
                return Calls.callUncached(getattr, obj, name);
            }
        }
        if (classAttr != null && isDataDescriptor(classAttr)) {
            return bindToInstance(obj, type, classAttr);
        }
        Object own = ownAttribute(obj, name);
        if (own != null) {
            return own;
        }
        if (classAttr != null) {
            return bindToInstance(obj, type, classAttr);
        }
        Object special = specialAttribute(obj, name);
        if (special != null) {
            return special;
        }
        Object getattr = SpecialMethods.lookupUser(obj, "__getattr__");
        if (getattr != null) {
            return Calls.callUncached(getattr, obj, name);
        }
        return null;
    }

    /** The object's own (instance) attribute, or null. */
    public static Object ownAttribute(Object obj, String name) {
        if (obj instanceof PInstance inst) {
            if (name.equals("__dict__")) {
                return instanceDict(inst);
            }
            PDict dict = inst.getDictOrNull();
            if (dict != null) {
                return dict.get(name);
            }
            return DynamicObjectLibrary.getUncached().getOrDefault(inst, name, null);
        }
        if (obj instanceof PBaseException e) {
            return e.getAttribute(name);
        }
        if (obj instanceof dev.krait.runtime.HasDict h) {
            PDict d = h.getDict(false);
            if (name.equals("__dict__")) {
                return h.getDict(true);
            }
            return d == null ? null : d.get(name);
        }
        return null;
    }

    /** The names of an instance's own attributes, wherever they live. */
    public static Object[] ownAttributeNames(PInstance inst) {
        PDict dict = inst.getDictOrNull();
        if (dict != null) {
            return PyObjectOps.toArray(dict);
        }
        return DynamicObjectLibrary.getUncached().getKeyArray(inst);
    }

    /**
     * The instance's {@code __dict__}: its attributes move from the shape into a dict that the instance keeps, so the
     * program and attribute access see the same, live namespace from then on.
     */
    public static PDict instanceDict(PInstance inst) {
        PDict d = inst.getDictOrNull();
        if (d != null) {
            return d;
        }
        DynamicObjectLibrary lib = DynamicObjectLibrary.getUncached();
        d = new PDict();
        for (Object key : lib.getKeyArray(inst)) {
            d.put(key, lib.getOrDefault(inst, key, PNone.NONE));
        }
        for (Object key : lib.getKeyArray(inst)) {
            lib.removeKey(inst, key);
        }
        inst.setDict(d);
        return d;
    }

    private static Object lookupSuper(PSuper s, String name) {
        PythonClass start = PyObjectOps.typeOf(s.self);
        boolean classSuper = s.self instanceof PythonClass c && c.isSubclassOf(s.type);
        if (classSuper) {
            start = (PythonClass) s.self;
        }
        PythonClass[] mro = start.mro;
        int i = 0;
        while (i < mro.length && mro[i] != s.type) {
            i++;
        }
        for (i++; i < mro.length; i++) {
            Object attr = mro[i].getOwnAttribute(name);
            if (attr != null) {
                if (classSuper) {
                    return bindToClass((PythonClass) s.self, attr);
                }
                return bindToInstance(s.self, start, attr);
            }
        }
        if (name.equals("__class__")) {
            return BuiltinClasses.SUPER;
        }
        return null;
    }

    /** Attributes some builtin exceptions derive from their args (StopIteration.value, SystemExit.code, OSError...). */
    private static Object exceptionDefault(PBaseException e, String name) {
        PythonClass t = e.getPythonClass();
        PTuple args = e.getArgs();
        if ((name.equals("value") && t.isSubclassOf(BuiltinClasses.STOP_ITERATION)) || (name.equals("code") && t.isSubclassOf(BuiltinClasses.SYSTEM_EXIT))) {
            return args.size() == 0 ? PNone.NONE : args.size() == 1 || name.equals("value") ? args.get(0) : args;
        }
        if (t.isSubclassOf(BuiltinClasses.IMPORT_ERROR) && (name.equals("name") || name.equals("path"))) {
            return PNone.NONE;
        }
        if (t.isSubclassOf(BuiltinClasses.OS_ERROR) && (name.equals("errno") || name.equals("strerror") || name.equals("filename"))) {
            if (args.size() >= 2 && !name.equals("filename")) {
                return name.equals("errno") ? args.get(0) : args.get(1);
            }
            return PNone.NONE;
        }
        return null;
    }

    private static Object bindToClass(PythonClass cls, Object attr) {
        if (attr instanceof PStaticMethod sm) {
            return sm.function;
        } else if (attr instanceof PClassMethod cm) {
            return new PBoundMethod(cls, cm.function);
        } else if (attr instanceof PBuiltinFunction b && b.isStatic) {
            return b;
        }
        Object get = attr instanceof PFunction || attr instanceof PBuiltinFunction || attr instanceof PProperty ? null : SpecialMethods.lookupUser(attr, "__get__");
        if (get != null) {
            return Calls.callUncached(get, attr, PNone.NONE, cls);
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
                return c.qualname;
            case "__module__":
                return c.module;
            case "__mro__":
                return new PTuple(c.mro.clone());
            case "__bases__":
                return new PTuple(c.bases.clone());
            case "__base__":
                return c.bases.length == 0 ? PNone.NONE : c.bases[0];
            case "__class__":
                return c.getPythonClass();
            default:
                break;
        }
        Object v = c.lookup(name);
        if (v == null) {
            PythonClass metaclass = c.getPythonClass();
            Object m = metaclass.lookup(name);
            if (m != null && !(m instanceof PBuiltinFunction b && b.isStatic)) {
                // A method of the metaclass (type.mro, or a user metaclass's) bound to the class.
                return bindToInstance(c, metaclass, m);
            }
            if (name.equals("__doc__")) {
                return PNone.NONE;
            }
            if (name.equals("__dict__")) {
                PDict d = new PDict();
                c.ownAttributes().forEach(d::put);
                return d;
            }
            return null;
        }
        return bindToClass(c, v);
    }

    /** The function's __isabstractmethod__ (abc.abstractmethod sets it), for descriptors wrapping functions. */
    private static boolean isAbstract(Object function) {
        if (function == null || function == PNone.NONE) {
            return false;
        }
        Object flag = lookup(function, "__isabstractmethod__");
        return flag != null && PyObjectOps.isTrue(flag);
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
        } else if (obj instanceof dev.krait.runtime.PTraceback tb) {
            switch (name) {
                case "tb_lineno":
                    return (long) tb.entry.line();
                case "tb_next":
                    return tb.entry.next() == null ? PNone.NONE : new dev.krait.runtime.PTraceback(tb.entry.next());
                case "tb_frame":
                    return PNone.NONE;
                default:
                    return null;
            }
        } else if (obj instanceof PProperty p) {
            switch (name) {
                case "fget":
                    return p.getter == null ? PNone.NONE : p.getter;
                case "fset":
                    return p.setter == null ? PNone.NONE : p.setter;
                case "fdel":
                    return p.deleter == null ? PNone.NONE : p.deleter;
                case "__doc__":
                    return p.doc == null ? PNone.NONE : p.doc;
                case "__isabstractmethod__":
                    return isAbstract(p.getter) || isAbstract(p.setter) || isAbstract(p.deleter);
                default:
                    return null;
            }
        } else if (obj instanceof PStaticMethod || obj instanceof PClassMethod) {
            Object function = obj instanceof PStaticMethod sm ? sm.function : ((PClassMethod) obj).function;
            switch (name) {
                case "__func__":
                case "__wrapped__":
                    return function;
                case "__isabstractmethod__":
                    return isAbstract(function);
                default:
                    return null;
            }
        } else if (obj instanceof dev.krait.runtime.PGenerator g) {
            switch (name) {
                case "__name__":
                    return g.name;
                case "__qualname__":
                    return g.qualname;
                case "gi_running":
                    return g.isRunning();
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
                    return e.traceback == null ? PNone.NONE : new dev.krait.runtime.PTraceback(e.traceback);
                default:
                    Object own = e.getAttribute(name);
                    return own != null ? own : exceptionDefault(e, name);
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

    /** A function's __name__ or __qualname__ is a str, as CPython insists. */
    private static String functionString(String name, Object value) {
        if (!(value instanceof String s)) {
            throw PRaise.typeError(null, "%s must be set to a string object", name);
        }
        return s;
    }

    @TruffleBoundary
    public static void set(Object obj, String name, Object value) {
        if (obj instanceof PModule m) {
            m.set(name, value);
            return;
        }
        if (obj instanceof PFunction f) {
            switch (name) {
                case "__name__" -> f.name = functionString(name, value);
                case "__qualname__" -> f.qualname = functionString(name, value);
                case "__doc__" -> f.doc = value;
                case "__defaults__" -> {
                    if (value != PNone.NONE && !(value instanceof PTuple)) {
                        throw PRaise.typeError(null, "__defaults__ must be set to a tuple object");
                    }
                    f.defaults = value == PNone.NONE ? new Object[0] : ((PTuple) value).getItems().clone();
                }
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
            if (name.equals("__name__") && value instanceof String n) {
                c.name = n;
                return;
            }
            if (name.equals("__qualname__") && value instanceof String q) {
                c.qualname = q;
                return;
            }
            c.setAttribute(name, value);
            return;
        }
        PythonClass type = PyObjectOps.typeOf(obj);
        if (!type.isBuiltin()) {
            Object classAttr = type.lookup(name);
            if (classAttr instanceof PProperty p) {
                if (p.setter == null || p.setter == PNone.NONE) {
                    throw PRaise.error(null, BuiltinClasses.ATTRIBUTE_ERROR, "property '%s' of '%s' object has no setter", name, type.name);
                }
                Calls.callUncached(p.setter, obj, value);
                return;
            }
            if (classAttr != null && !(classAttr instanceof PFunction)) {
                Object set = SpecialMethods.lookupUser(classAttr, "__set__");
                if (set != null) {
                    Calls.callUncached(set, classAttr, obj, value);
                    return;
                }
            }
            Object setattr = SpecialMethods.lookupUser(obj, "__setattr__");
            if (setattr != null) {
                Calls.callUncached(setattr, obj, name, value);
                return;
            }
            if (storeOwnAttribute(obj, name, value)) {
                return;
            }
        }
        if (PyObjectOps.typeOf(obj).lookup(name) != null) {
            throw PRaise.error(null, BuiltinClasses.ATTRIBUTE_ERROR, "'%s' object attribute '%s' is read-only", PyObjectOps.typeName(obj), name);
        }
        throw PRaise.error(null, BuiltinClasses.ATTRIBUTE_ERROR, "'%s' object has no attribute '%s'", PyObjectOps.typeName(obj), name);
    }

    /** object.__setattr__: stores into the instance's own attributes; false when the object has none. */
    public static boolean storeOwnAttribute(Object obj, String name, Object value) {
        if (obj instanceof PInstance inst) {
            PDict dict = inst.getDictOrNull();
            if (dict != null) {
                dict.put(name, value);
            } else {
                DynamicObjectLibrary.getUncached().put(inst, name, value);
            }
            return true;
        }
        if (obj instanceof PBaseException e) {
            set(e, name, value);
            return true;
        }
        if (obj instanceof dev.krait.runtime.HasDict h) {
            h.getDict(true).put(name, value);
            return true;
        }
        return false;
    }

    /** object.__delattr__: removes an own attribute. */
    @TruffleBoundary
    public static void deleteOwn(Object obj, String name) {
        if (obj instanceof PInstance inst) {
            PDict dict = inst.getDictOrNull();
            boolean removed = dict != null ? dict.getStorage().remove(name) != null : DynamicObjectLibrary.getUncached().removeKey(inst, name);
            if (!removed) {
                throw attributeError(obj, name);
            }
            return;
        }
        if (obj instanceof dev.krait.runtime.HasDict h && h.getDict(false) != null && h.getDict(false).getStorage().remove(name) != null) {
            return;
        }
        throw attributeError(obj, name);
    }

    @TruffleBoundary
    public static void delete(Object obj, String name) {
        PythonClass type = PyObjectOps.typeOf(obj);
        if (!type.isBuiltin() && !(obj instanceof PythonClass)) {
            Object classAttr = type.lookup(name);
            if (classAttr instanceof PProperty p) {
                if (p.deleter == null || p.deleter == PNone.NONE) {
                    throw PRaise.error(null, BuiltinClasses.ATTRIBUTE_ERROR, "property '%s' of '%s' object has no deleter", name, type.name);
                }
                Calls.callUncached(p.deleter, obj);
                return;
            }
            if (classAttr != null && !(classAttr instanceof PFunction)) {
                Object delete = SpecialMethods.lookupUser(classAttr, "__delete__");
                if (delete != null) {
                    Calls.callUncached(delete, classAttr, obj);
                    return;
                }
            }
            Object delattr = SpecialMethods.lookupUser(obj, "__delattr__");
            if (delattr != null) {
                Calls.callUncached(delattr, obj, name);
                return;
            }
            deleteOwn(obj, name);
            return;
        }
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
