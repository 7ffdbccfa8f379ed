package dev.krait.runtime;

import com.oracle.truffle.api.dsl.NodeFactory;

import dev.krait.builtins.BuiltinNode;

/**
 * A function implemented in Java. It is language-independent (builtin classes are static); each language instance
 * makes its own call target for it on first call (see KraitLanguage#getBuiltinTarget).
 */
public final class PBuiltinFunction implements PyObject {
    public final String name;
    /** The class the function is a method of, or null for module-level functions. */
    public final PythonClass owner;
    public final Signature signature;
    public final Object[] defaults;
    public final Object[] kwDefaults;
    public final NodeFactory<? extends BuiltinNode> factory;
    /** Static methods and class methods of builtin types are reached without binding self. */
    public final boolean isStatic;
    public final String moduleName;

    public PBuiltinFunction(String name, PythonClass owner, Signature signature, Object[] defaults, Object[] kwDefaults,
                    NodeFactory<? extends BuiltinNode> factory, boolean isStatic, String moduleName) {
        this.name = name;
        this.owner = owner;
        this.signature = signature;
        this.defaults = defaults;
        this.kwDefaults = kwDefaults;
        this.factory = factory;
        this.isStatic = isStatic;
        this.moduleName = moduleName;
    }

    @Override
    public PythonClass getPythonClass() {
        return BuiltinClasses.BUILTIN_FUNCTION;
    }

    /** The name used in error messages: "len" or "list.append". */
    public String qualifiedName() {
        return owner == null ? name : owner.name + "." + name;
    }
}
