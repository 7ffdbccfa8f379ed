package dev.krait.runtime;

/** Python's NotImplemented singleton, returned by binary special methods that do not handle an operand. */
public final class PNotImplemented implements PyObject {
    public static final PNotImplemented INSTANCE = new PNotImplemented();

    private PNotImplemented() {
    }

    @Override
    public PythonClass getPythonClass() {
        return BuiltinClasses.NOT_IMPLEMENTED_TYPE;
    }
}
