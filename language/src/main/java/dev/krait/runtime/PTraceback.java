package dev.krait.runtime;

/** A traceback object ({@code exc.__traceback__}, the third argument of {@code __exit__}): one entry and the rest. */
public final class PTraceback implements PyObject {
    public final PBaseException.TracebackEntry entry;

    public PTraceback(PBaseException.TracebackEntry entry) {
        this.entry = entry;
    }

    @Override
    public PythonClass getPythonClass() {
        return BuiltinClasses.TRACEBACK;
    }
}
