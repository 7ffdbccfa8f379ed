package dev.krait.ops;

import com.oracle.truffle.api.Assumption;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.library.CachedLibrary;
import com.oracle.truffle.api.dsl.GenerateUncached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.object.DynamicObjectLibrary;

import dev.krait.runtime.PInstance;
import dev.krait.runtime.PythonClass;

/** {@code obj.name = value}: a shape transition or field store for plain instance attributes of user classes. */
@GenerateUncached
public abstract class SetAttrNode extends Node {

    public abstract void execute(Object obj, String name, Object value);

    public static SetAttrNode create() {
        return SetAttrNodeGen.create();
    }

    public static SetAttrNode getUncached() {
        return SetAttrNodeGen.getUncached();
    }

    /** True when storing into the instance is all {@code obj.name = v} does for this class. */
    static boolean storesPlainly(PythonClass cls, String name) {
        if (cls.isBuiltin()) {
            return false;
        }
        Object classAttribute = cls.lookup(name);
        if (classAttribute != null && (Attributes.isDataDescriptor(classAttribute) || SpecialMethods.lookupUser(classAttribute, "__set__") != null)) {
            return false;
        }
        Object setattr = cls.lookup("__setattr__");
        return setattr == null || setattr instanceof dev.krait.runtime.PBuiltinFunction;
    }

    @Specialization(guards = {"obj.getPythonClass() == cachedClass", "name == cachedName", "plain"}, assumptions = "stable", limit = "8")
    static void setInstanceAttribute(PInstance obj, String name, Object value,
                    @Cached("obj.getPythonClass()") PythonClass cachedClass,
                    @Cached("name") String cachedName,
                    @Cached("cachedClass.getStableAttributes()") Assumption stable,
                    @Cached("storesPlainly(cachedClass, cachedName)") boolean plain,
                    @CachedLibrary(limit = "8") DynamicObjectLibrary objects) {
        if (obj.getDictOrNull() != null) {
            Attributes.storeOwnAttribute(obj, name, value);
            return;
        }
        objects.put(obj, cachedName, value);
    }

    @Specialization(replaces = "setInstanceAttribute")
    static void setGeneric(Object obj, String name, Object value) {
        Attributes.set(obj, name, value);
    }
}
