package dev.krait.runtime.interop;

import java.math.BigInteger;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.interop.UnsupportedMessageException;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;

import dev.krait.ops.PyObjectOps;
import dev.krait.ops.Repr;
import dev.krait.runtime.PythonClass;

/**
 * A Python value as tools see it (the language view of any value, and how a scope hands out values that are not
 * interop values themselves): it displays as Python's {@code repr} ({@code True}, {@code 'text'}, {@code [1, 2]}),
 * and names its Python type.
 */
@ExportLibrary(InteropLibrary.class)
public final class PythonValue extends KraitInteropObject {
    final Object value;

    private PythonValue(Object value) {
        this.value = value;
    }

    /** The language view of {@code value}. */
    public static PythonValue view(Object value) {
        return value instanceof PythonValue v ? v : new PythonValue(value);
    }

    /** {@code value} itself where it is a valid interop value, else its view. */
    public static Object export(Object value) {
        if (value instanceof Long || value instanceof Double || value instanceof Boolean || value instanceof String
                        || (value instanceof TruffleObject && !(value instanceof BigInteger))) {
            return value;
        }
        return view(value);
    }

    public Object unwrap() {
        return value;
    }

    @Override
    String displayString() {
        try {
            return Repr.repr(value);
        } catch (RuntimeException e) {
            // A user's __repr__ that fails: show what CPython's debuggers show for such objects.
            return "<" + PyObjectOps.typeName(value) + " object>";
        }
    }

    @ExportMessage
    boolean hasMetaObject() {
        return true;
    }

    /** The Python type: tools name values by it (memtracer's type histogram, a debugger's variable types). */
    @ExportMessage
    @TruffleBoundary
    Object getMetaObject() {
        return view(PyObjectOps.typeOf(value));
    }

    @ExportMessage
    boolean isMetaObject() {
        return value instanceof PythonClass;
    }

    @ExportMessage
    @TruffleBoundary
    Object getMetaQualifiedName() throws UnsupportedMessageException {
        if (value instanceof PythonClass cls) {
            return cls.getQualifiedName();
        }
        throw UnsupportedMessageException.create();
    }

    @ExportMessage
    @TruffleBoundary
    Object getMetaSimpleName() throws UnsupportedMessageException {
        if (value instanceof PythonClass cls) {
            return cls.name;
        }
        throw UnsupportedMessageException.create();
    }

    @ExportMessage
    @TruffleBoundary
    boolean isMetaInstance(Object instance) throws UnsupportedMessageException {
        if (value instanceof PythonClass cls) {
            Object unwrapped = instance instanceof PythonValue v ? v.value : instance;
            return PyObjectOps.typeOf(unwrapped).isSubclassOf(cls);
        }
        throw UnsupportedMessageException.create();
    }

    @ExportMessage
    boolean isNull() {
        return value == dev.krait.runtime.PNone.NONE;
    }
}
