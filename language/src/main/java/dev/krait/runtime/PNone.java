package dev.krait.runtime;

/** Python's None, and the internal marker for "argument not given" (never visible to Python code). */
public final class PNone implements PyObject {
    public static final PNone NONE = new PNone("None");
    /** Passed for an optional builtin parameter that the caller left out. */
    public static final PNone NO_VALUE = new PNone("<no value>");

    private final String name;

    private PNone(String name) {
        this.name = name;
    }

    @Override
    public PythonClass getPythonClass() {
        return BuiltinClasses.NONE_TYPE;
    }

    @Override
    public String toString() {
        return name;
    }
}
