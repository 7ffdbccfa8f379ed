package dev.krait.ops;

import com.oracle.truffle.api.Assumption;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.library.CachedLibrary;
import com.oracle.truffle.api.dsl.GenerateUncached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.object.DynamicObjectLibrary;

import dev.krait.runtime.PBoundMethod;
import dev.krait.runtime.PFunction;
import dev.krait.runtime.PInstance;
import dev.krait.runtime.PythonClass;

/**
 * {@code obj.name}. For instances of user classes the class-level lookup is cached per class (valid while the class
 * and its bases are unchanged) and the instance attribute is read through the object's shape.
 */
@GenerateUncached
public abstract class GetAttrNode extends Node {

    public abstract Object execute(Object obj, String name);

    public static GetAttrNode create() {
        return GetAttrNodeGen.create();
    }

    public static GetAttrNode getUncached() {
        return GetAttrNodeGen.getUncached();
    }

    /** Class attributes that do not take precedence over instance attributes and bind simply. */
    static boolean isSimpleClassAttribute(Object attr) {
        return attr == null || attr instanceof PFunction || !Attributes.isDataDescriptor(attr) && SpecialMethods.lookupUser(attr, "__get__") == null
                        && !(attr instanceof dev.krait.runtime.Descriptors.PStaticMethod) && !(attr instanceof dev.krait.runtime.Descriptors.PClassMethod)
                        && !(attr instanceof dev.krait.runtime.PBuiltinFunction);
    }

    static boolean hasGetattr(PythonClass cls) {
        return cls.lookup("__getattr__") != null;
    }

    @Specialization(guards = {"obj.getPythonClass() == cachedClass", "name == cachedName", "simple"}, assumptions = "stable", limit = "8")
    static Object getInstanceAttribute(PInstance obj, String name,
                    @Cached("obj.getPythonClass()") PythonClass cachedClass,
                    @Cached("name") String cachedName,
                    @Cached("cachedClass.getStableAttributes()") Assumption stable,
                    @Cached("cachedClass.lookup(cachedName)") Object classAttribute,
                    @Cached("isSimpleClassAttribute(classAttribute)") boolean simple,
                    @CachedLibrary(limit = "8") DynamicObjectLibrary objects) {
        if (obj.getDictOrNull() != null) {
            return Attributes.get(obj, name);
        }
        Object v = objects.getOrDefault(obj, cachedName, null);
        if (v != null) {
            return v;
        }
        if (classAttribute instanceof PFunction) {
            return new PBoundMethod(obj, classAttribute);
        }
        if (classAttribute != null) {
            return classAttribute;
        }
        return Attributes.get(obj, name);
    }

    @Specialization(replaces = "getInstanceAttribute")
    static Object getGeneric(Object obj, String name) {
        return Attributes.get(obj, name);
    }
}
