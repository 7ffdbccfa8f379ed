package dev.krait.runtime;

/** Python's Ellipsis ({@code ...}). */
public final class PEllipsis implements PyObject {
    public static final PEllipsis INSTANCE = new PEllipsis();

    private PEllipsis() {
    }

    @Override
    public PythonClass getPythonClass() {
        return BuiltinClasses.ELLIPSIS_TYPE;
    }
}
