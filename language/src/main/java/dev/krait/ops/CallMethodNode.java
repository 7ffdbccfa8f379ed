package dev.krait.ops;

import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.GenerateUncached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

import com.oracle.truffle.api.Assumption;
import com.oracle.truffle.api.library.CachedLibrary;
import com.oracle.truffle.api.object.DynamicObjectLibrary;

import dev.krait.runtime.PBuiltinFunction;
import dev.krait.runtime.PFunction;
import dev.krait.runtime.PInstance;
import dev.krait.runtime.PModule;
import dev.krait.runtime.PyObject;
import dev.krait.runtime.PythonClass;

/**
 * {@code receiver.name(args)} without creating a bound method: for values of builtin types the method is looked
 * up once per receiver type at this site (builtin types never change) and called with the receiver prepended.
 */
@GenerateUncached
public abstract class CallMethodNode extends Node {

    public abstract Object execute(Object receiver, String name, Object[] args, String[] kwNames, Object[] kwValues);

    public static CallMethodNode create() {
        return CallMethodNodeGen.create();
    }

    public static CallMethodNode getUncached() {
        return CallMethodNodeGen.getUncached();
    }

    /** The builtin type whose methods this receiver uses, or null when instance attributes could shadow them. */
    static PythonClass methodType(Object receiver) {
        if (receiver instanceof PModule || receiver instanceof PythonClass || receiver instanceof dev.krait.runtime.Descriptors.PSuper) {
            return null;
        }
        PythonClass type = PyObjectOps.typeOf(receiver);
        if (!type.isBuiltin() || (receiver instanceof PyObject && hasInstanceAttributes(receiver))) {
            return null;
        }
        return type;
    }

    private static boolean hasInstanceAttributes(Object receiver) {
        return receiver instanceof dev.krait.runtime.PFunction || receiver instanceof dev.krait.runtime.PBaseException;
    }

    static Object lookupMethod(PythonClass type, String name) {
        if (type == null) {
            return null;
        }
        Object m = type.lookup(name);
        return m instanceof PBuiltinFunction b && !b.isStatic ? m : null;
    }

    @Specialization(guards = {"name == cachedName", "methodType(receiver) == cachedType", "method != null"}, limit = "4")
    static Object callBuiltinMethod(Object receiver, String name, Object[] args, String[] kwNames, Object[] kwValues,
                    @Cached("name") String cachedName,
                    @Cached("methodType(receiver)") PythonClass cachedType,
                    @Cached("lookupMethod(cachedType, cachedName)") Object method,
                    @Cached CallNode call) {
        return call.execute(method, CallNode.prepend(receiver, args), kwNames, kwValues);
    }

    /** A method of a user class called on an instance that does not shadow it: no bound method is created. */
    @Specialization(guards = {"receiver.getPythonClass() == cachedClass", "name == cachedName", "method != null"}, assumptions = "stable", limit = "8")
    static Object callInstanceMethod(PInstance receiver, String name, Object[] args, String[] kwNames, Object[] kwValues,
                    @Cached("receiver.getPythonClass()") PythonClass cachedClass,
                    @Cached("name") String cachedName,
                    @Cached("cachedClass.getStableAttributes()") Assumption stable,
                    @Cached("userMethod(cachedClass, cachedName)") PFunction method,
                    @CachedLibrary(limit = "8") DynamicObjectLibrary objects,
                    @Cached CallNode call) {
        if (receiver.getDictOrNull() != null || objects.containsKey(receiver, cachedName)) {
            return call.execute(Attributes.get(receiver, name), args, kwNames, kwValues);
        }
        return call.execute(method, CallNode.prepend(receiver, args), kwNames, kwValues);
    }

    static PFunction userMethod(PythonClass cls, String name) {
        return cls.lookup(name) instanceof PFunction f ? f : null;
    }

    /**
     * A Java method of a library class (deque.append, array.append, a file's write...) or a builtin method reached
     * through a user subclass of a builtin type, on an object without instance attributes that could shadow it.
     */
    @Specialization(guards = {"isDictless(receiver)", "receiver.getPythonClass() == cachedClass", "name == cachedName", "method != null"},
                    assumptions = "stable", limit = "8")
    static Object callLibraryMethod(PyObject receiver, String name, Object[] args, String[] kwNames, Object[] kwValues,
                    @Cached("receiver.getPythonClass()") PythonClass cachedClass,
                    @Cached("name") String cachedName,
                    @Cached("cachedClass.getStableAttributes()") Assumption stable,
                    @Cached("libraryMethod(cachedClass, cachedName)") PBuiltinFunction method,
                    @Cached CallNode call) {
        return call.execute(method, CallNode.prepend(receiver, args), kwNames, kwValues);
    }

    static boolean isDictless(PyObject receiver) {
        return receiver instanceof dev.krait.runtime.HasDict h && !(receiver instanceof PInstance) && !(receiver instanceof PythonClass)
                        && !(receiver instanceof PModule) && !receiver.getPythonClass().isBuiltin() && h.getDict(false) == null;
    }

    static PBuiltinFunction libraryMethod(PythonClass cls, String name) {
        return cls.lookup(name) instanceof PBuiltinFunction b && !b.isStatic ? b : null;
    }

    @Specialization(replaces = {"callBuiltinMethod", "callInstanceMethod", "callLibraryMethod"})
    static Object callGeneric(Object receiver, String name, Object[] args, String[] kwNames, Object[] kwValues,
                    @Cached CallNode call) {
        Object method;
        try {
            method = Attributes.get(receiver, name);
        } catch (dev.krait.runtime.PException e) {
            throw e.markMethodLookup();
        }
        return call.execute(method, args, kwNames, kwValues);
    }
}
