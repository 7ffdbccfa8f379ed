package dev.krait.runtime;

import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;

/** Python's None, and the internal marker for "argument not given" (never visible to Python code). */
@ExportLibrary(InteropLibrary.class)
public final class PNone implements PyObject, TruffleObject {
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

    @ExportMessage
    boolean isNull() {
        return true;
    }

    @Override
    public String toString() {
        return name;
    }
}
