package dev.krait.runtime;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

/** Creating and throwing Python exceptions from Java: {@code throw PRaise.error(node, TYPE_ERROR, "...", args)}. */
public final class PRaise {
    private PRaise() {
    }

    /** A new exception of the given class with a formatted message; the caller throws it. */
    /** MemoryError as the interpreter raises it when a size is too large: no arguments, like CPython's. */
    public static PException memoryError() {
        CompilerDirectives.transferToInterpreter();
        return raise(new PBaseException(BuiltinClasses.MEMORY_ERROR, PTuple.EMPTY), null);
    }

    public static PException error(Node location, PythonClass type, String format, Object... args) {
        CompilerDirectives.transferToInterpreter();
        return create(location, type, args.length == 0 ? format : format(format, args));
    }

    @TruffleBoundary
    private static String format(String format, Object... args) {
        return String.format(format, args);
    }

    @TruffleBoundary
    private static PException create(Node location, PythonClass type, String message) {
        PBaseException exc = new PBaseException(type, PTuple.of(message));
        return raise(exc, location);
    }

    /** Starts raising an exception object: a fresh carrier positioned at {@code location}. */
    public static PException raise(PBaseException exc, Node location) {
        PException carrier = new PException(exc, location);
        exc.setCarrier(carrier);
        return carrier;
    }

    public static PException typeError(Node location, String format, Object... args) {
        return error(location, BuiltinClasses.TYPE_ERROR, format, args);
    }

    public static PException valueError(Node location, String format, Object... args) {
        return error(location, BuiltinClasses.VALUE_ERROR, format, args);
    }

    public static PException indexError(Node location, String format, Object... args) {
        return error(location, BuiltinClasses.INDEX_ERROR, format, args);
    }

    public static PException zeroDivision(Node location, String message) {
        return error(location, BuiltinClasses.ZERO_DIVISION_ERROR, message);
    }

    /** KeyError's argument is the key itself (str(e) shows its repr). */
    @TruffleBoundary
    public static PException keyError(Node location, Object key) {
        CompilerDirectives.transferToInterpreter();
        return raise(new PBaseException(BuiltinClasses.KEY_ERROR, PTuple.of(key)), location);
    }

    /** StopIteration with an optional value (null for none). */
    @TruffleBoundary
    public static PException stopIteration(Node location, Object value) {
        // A generator's "return None" raises a bare StopIteration(), as in CPython.
        PBaseException exc = new PBaseException(BuiltinClasses.STOP_ITERATION, value == null || value == PNone.NONE ? PTuple.EMPTY : PTuple.of(value));
        exc.setAttribute("value", value == null ? PNone.NONE : value);
        return raise(exc, location);
    }
}
