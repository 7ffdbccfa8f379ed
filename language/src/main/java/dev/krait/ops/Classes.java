package dev.krait.ops;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.object.Shape;

import dev.krait.runtime.BuiltinClasses;
import dev.krait.runtime.DictStorage;
import dev.krait.runtime.PBaseException;
import dev.krait.runtime.PBuiltinFunction;
import dev.krait.runtime.PDict;
import dev.krait.runtime.PInstance;
import dev.krait.runtime.PList;
import dev.krait.runtime.PNone;
import dev.krait.runtime.PRaise;
import dev.krait.runtime.PSet;
import dev.krait.runtime.PTuple;
import dev.krait.runtime.PythonClass;
import dev.krait.runtime.SetStorage;

/** Classes at run time: creating them (the class statement) and instantiating them (calling a class). */
public final class Classes {
    private Classes() {
    }

    /** Calling a class: builtin types construct in their {@code __new__}; user classes get __new__, then __init__. */
    @TruffleBoundary
    public static Object instantiate(PythonClass cls, Object[] args, String[] kwNames, Object[] kwValues) {
        Object newMethod = cls.lookup("__new__");
        if (cls.isBuiltin()) {
            if (newMethod == null) {
                throw PRaise.typeError(null, "cannot create '%s' instances", cls.getQualifiedName());
            }
            return CallNode.getUncached().execute(newMethod, CallNode.prepend(cls, args), kwNames, kwValues);
        }
        Object instance;
        if (newMethod instanceof PBuiltinFunction b && (b.owner == null || b.owner.isBuiltin()) && !cls.isSubclassOf(BuiltinClasses.TYPE)) {
            instance = dev.krait.runtime.KraitContext.get(null).allocated(allocate(cls, args));
        } else {
            instance = CallNode.getUncached().execute(newMethod, CallNode.prepend(cls, args), kwNames, kwValues);
        }
        if (PyObjectOps.typeOf(instance).isSubclassOf(cls)) {
            Object init = cls.lookup("__init__");
            if (init instanceof PBuiltinFunction b && b.owner == BuiltinClasses.OBJECT) {
                if ((args.length > 0 || kwNames.length > 0) && !cls.isSubclassOf(BuiltinClasses.TYPE)) {
                    // Only object's own __new__ and __init__ together refuse arguments.
                    if (newMethod instanceof PBuiltinFunction objectNew && objectNew.owner == BuiltinClasses.OBJECT) {
                        throw PRaise.typeError(null, "%s() takes no arguments", cls.name);
                    }
                }
            } else if (init != null) {
                Object r = CallNode.getUncached().execute(init, CallNode.prepend(instance, args), kwNames, kwValues);
                if (r != PNone.NONE) {
                    throw PRaise.typeError(null, "__init__() should return None, not '%s'", PyObjectOps.typeName(r));
                }
            }
        }
        return instance;
    }

    private static final Shape PLAIN_OBJECT_SHAPE = Shape.newBuilder().build();

    /** An instance of a user subclass of int, float or str standing for {@code value}. */
    @TruffleBoundary
    public static Object withValue(PythonClass cls, Object value) {
        PInstance instance = new PInstance(cls.getInstanceShape(), cls);
        instance.setBuiltinValue(PyObjectOps.builtinValue(value));
        return instance;
    }

    /** A new, uninitialized instance of a user class, made of its nearest builtin base (object.__new__ and friends). */
    @TruffleBoundary
    public static Object allocate(PythonClass cls, Object[] args) {
        if (cls == BuiltinClasses.OBJECT) {
            return new PInstance(PLAIN_OBJECT_SHAPE, cls);
        }
        PythonClass base = cls.getBuiltinBase();
        if (base == BuiltinClasses.OBJECT) {
            if (cls.getPythonClass() != BuiltinClasses.TYPE) {
                checkNotAbstract(cls);
            }
            return new PInstance(cls.getInstanceShape(), cls);
        } else if (base == BuiltinClasses.LIST) {
            return new PList(new Object[4], 0, cls);
        } else if (base == BuiltinClasses.DICT) {
            return new PDict(new DictStorage(), cls);
        } else if (base == BuiltinClasses.SET) {
            return new PSet(new SetStorage(), cls);
        } else if (base == BuiltinClasses.FROZENSET) {
            PSet set = new PSet(new SetStorage(), cls);
            if (args.length > 0) {
                for (Object o : PyObjectOps.toArray(args[0])) {
                    set.add(o);
                }
            }
            return set;
        } else if (base == BuiltinClasses.INT || base == BuiltinClasses.FLOAT || base == BuiltinClasses.STR) {
            Object value;
            if (base == BuiltinClasses.INT) {
                value = args.length == 0 ? (Object) 0L : Conversions.toInt(args[0], args.length > 1 ? args[1] : PNone.NO_VALUE);
            } else if (base == BuiltinClasses.FLOAT) {
                value = args.length == 0 ? 0.0 : Conversions.toFloat(args[0]);
            } else {
                value = args.length == 0 ? "" : Repr.str(args[0]);
            }
            return withValue(cls, value);
        } else if (base == BuiltinClasses.TUPLE) {
            return new PTuple(args.length == 0 ? new Object[0] : PyObjectOps.toArray(args[0]), cls);
        } else if (base.isSubclassOf(BuiltinClasses.BASE_EXCEPTION)) {
            return new PBaseException(cls, new PTuple(args.clone()));
        }
        throw PRaise.typeError(null, "Krait cannot subclass '%s' yet (class %s)", base.name, cls.name);
    }

    /** object.__new__ refuses classes with abstract methods (abc.ABCMeta sets __abstractmethods__). */
    private static void checkNotAbstract(PythonClass cls) {
        Object abstracts = cls.lookup("__abstractmethods__");
        if (abstracts == null || !PyObjectOps.isTrue(abstracts)) {
            return;
        }
        java.util.List<String> names = new java.util.ArrayList<>();
        for (Object n : PyObjectOps.toArray(abstracts)) {
            names.add(Repr.str(n));
        }
        java.util.Collections.sort(names);
        throw PRaise.typeError(null, "Can't instantiate abstract class %s with abstract method%s %s", cls.name, names.size() > 1 ? "s" : "",
                        String.join(", ", names));
    }

    /** The class statement's last step: a new class from its name, bases and the namespace the body filled. */
    @TruffleBoundary
    public static PythonClass create(String name, String qualname, String moduleName, Object[] bases, PDict namespace, PythonClass metaclass) {
        for (int i = 0; i < bases.length; i++) {
            for (int j = 0; j < i; j++) {
                if (bases[i] == bases[j] && bases[i] instanceof PythonClass dup) {
                    throw PRaise.typeError(null, "duplicate base class %s", dup.name);
                }
            }
        }
        PythonClass[] baseClasses = new PythonClass[bases.length == 0 ? 1 : bases.length];
        if (bases.length == 0) {
            baseClasses[0] = BuiltinClasses.OBJECT;
        }
        for (int i = 0; i < bases.length; i++) {
            if (!(bases[i] instanceof PythonClass c)) {
                throw PRaise.typeError(null, "bases must be types");
            }
            baseClasses[i] = c;
        }
        for (PythonClass b : baseClasses) {
            if (b == BuiltinClasses.BOOL) {
                throw PRaise.typeError(null, "type 'bool' is not an acceptable base type");
            }
        }
        PythonClass cls;
        try {
            cls = new PythonClass(name, moduleName, false, baseClasses);
        } catch (PythonClass.MroConflict e) {
            StringBuilder names = new StringBuilder();
            for (PythonClass b : e.bases) {
                names.append(names.length() == 0 ? "" : ", ").append(b.name);
            }
            throw PRaise.typeError(null, "Cannot create a consistent method resolution\norder (MRO) for bases %s", names);
        }
        cls.qualname = qualname;
        cls.setMetaclass(metaclass);
        DictStorage ns = namespace.getStorage();
        for (int p = 0; p < ns.limit(); p++) {
            if (ns.keyAt(p) instanceof String key && !key.equals("__classcell__")) {
                Object value = ns.valueAt(p);
                if ((key.equals("__init_subclass__") || key.equals("__class_getitem__")) && value instanceof dev.krait.runtime.PFunction) {
                    // These two are class methods without the decorator, as in CPython.
                    value = new dev.krait.runtime.Descriptors.PClassMethod(value);
                }
                cls.initAttribute(key, value);
            }
        }
        if (cls.getOwnAttribute("__doc__") == null) {
            cls.initAttribute("__doc__", PNone.NONE);
        }
        for (java.util.Map.Entry<String, Object> e : new java.util.ArrayList<>(cls.ownAttributes().entrySet())) {
            Object setName = SpecialMethods.lookupUser(e.getValue(), "__set_name__");
            if (setName != null) {
                Calls.callUncached(setName, e.getValue(), cls, e.getKey());
            }
        }
        Object eq = cls.getOwnAttribute("__eq__");
        if (eq != null && cls.getOwnAttribute("__hash__") == null) {
            // A class that defines __eq__ but not __hash__ is unhashable, as in CPython.
            cls.initAttribute("__hash__", PNone.NONE);
        }
        return cls;
    }

    /**
     * {@code __init_subclass__} of the nearest base that defines it (implicitly a class method), with the class
     * statement's keywords; object's own refuses keywords.
     */
    @TruffleBoundary
    public static void initSubclass(PythonClass cls, String[] kwNames, Object[] kwValues) {
        for (int i = 1; i < cls.mro.length; i++) {
            Object hook = cls.mro[i].getOwnAttribute("__init_subclass__");
            if (hook == null) {
                continue;
            }
            if (hook instanceof PBuiltinFunction) {
                if (kwNames.length > 0) {
                    throw PRaise.typeError(null, "%s.__init_subclass__() takes no keyword arguments", cls.name);
                }
                return;
            }
            Object function = hook instanceof dev.krait.runtime.Descriptors.PClassMethod cm ? cm.function : hook;
            CallNode.getUncached().execute(function, new Object[]{cls}, kwNames, kwValues);
            return;
        }
    }

    /** The metaclass of a class statement: the explicit one, else the most derived type of the bases. */
    @TruffleBoundary
    public static PythonClass metaclassFor(Object explicit, Object[] bases) {
        if (explicit != null) {
            if (!(explicit instanceof PythonClass m)) {
                throw PRaise.typeError(null, "metaclass must be a class");
            }
            return m;
        }
        PythonClass winner = BuiltinClasses.TYPE;
        for (Object base : bases) {
            PythonClass t = PyObjectOps.typeOf(base);
            if (t.isSubclassOf(winner)) {
                winner = t;
            } else if (!winner.isSubclassOf(t)) {
                throw PRaise.typeError(null, "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases");
            }
        }
        return winner;
    }

    /** type(name, bases, namespace) and type.__new__(metaclass, name, bases, namespace). */
    @TruffleBoundary
    public static PythonClass createFromType(PythonClass metaclass, Object name, Object bases, Object namespace) {
        if (!(name instanceof String n) || !(bases instanceof PTuple b) || !(namespace instanceof PDict ns)) {
            throw PRaise.typeError(null, "type.__new__() argument 1 must be str, not %s", PyObjectOps.typeName(name));
        }
        Object qualname = ns.get("__qualname__");
        Object module = ns.get("__module__");
        PDict copy = new PDict(ns.getStorage().copy());
        copy.getStorage().remove("__qualname__");
        PythonClass cls = create(n, qualname instanceof String q ? q : n, module == null ? "builtins" : Repr.str(module), b.getItems(), copy, metaclass);
        if (ns.get("__classcell__") instanceof dev.krait.runtime.PCell cell) {
            cell.value = cls;
        }
        initSubclass(cls, Calls.NO_KEYWORDS, Calls.NO_ARGS);
        return cls;
    }
}
