package dev.krait.runtime;

import java.util.LinkedHashMap;
import java.util.Map;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** A Python exception object (an instance of BaseException or a subclass). */
public final class PBaseException implements PyObject {
    private final PythonClass pythonClass;
    private PTuple args;
    public PBaseException cause;
    public PBaseException context;
    public boolean suppressContext;
    /** Outermost frame first; each entry's {@code next} points inward, as CPython's tb_next. */
    public TracebackEntry traceback;
    /** Extra attributes (e.g. StopIteration.value, SystemExit.code, or those a subclass sets). */
    private Map<String, Object> attributes;
    /** The Java throwable that carries this exception while it propagates. */
    private PException carrier;

    public PBaseException(PythonClass pythonClass, PTuple args) {
        this.pythonClass = pythonClass;
        this.args = args;
    }

    @Override
    public PythonClass getPythonClass() {
        return pythonClass;
    }

    public PTuple getArgs() {
        return args;
    }

    public void setArgs(PTuple args) {
        this.args = args;
    }

    @TruffleBoundary
    public Object getAttribute(String name) {
        return attributes == null ? null : attributes.get(name);
    }

    @TruffleBoundary
    public void setAttribute(String name, Object value) {
        if (attributes == null) {
            attributes = new LinkedHashMap<>();
        }
        attributes.put(name, value);
    }

    public Map<String, Object> attributesOrNull() {
        return attributes;
    }

    /** The throwable to throw for this exception, created on first raise. */
    public PException getCarrier() {
        if (carrier == null) {
            carrier = new PException(this, null);
        }
        return carrier;
    }

    public void setCarrier(PException carrier) {
        this.carrier = carrier;
    }

    /** Prepends a traceback entry for a frame the exception passes through. */
    public void addFrame(String name, String filename, int line, int column, int endLine, int endColumn) {
        traceback = new TracebackEntry(name, filename, line, column, endLine, endColumn, traceback);
    }

    /**
     * One entry of a traceback: the frame's code name, file and line, and the source range of the operation that was
     * running (0-based columns, end exclusive; -1 when unknown) for 3.11's error markers.
     */
    public record TracebackEntry(String name, String filename, int line, int column, int endLine, int endColumn, TracebackEntry next) {
    }
}
