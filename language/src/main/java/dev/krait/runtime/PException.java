package dev.krait.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.exception.AbstractTruffleException;
import com.oracle.truffle.api.interop.ExceptionType;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.source.SourceSection;

/**
 * The Java throwable that carries a Python exception up the stack. It remembers where it currently is in the frame
 * it is unwinding through ({@link #location} or {@link #line}), so that the frame can add its traceback entry when
 * the exception leaves it or is caught in it.
 */
@ExportLibrary(InteropLibrary.class)
public final class PException extends AbstractTruffleException {
    private static final long serialVersionUID = 1L;

    private final PBaseException exception;
    /** The node in the current frame where the exception is (raise site or call site), or null. */
    private Node currentLocation;
    /** The line in the current frame when known without a node (bytecode engine), or -1. */
    private int currentLine = -1;
    private int currentColumn = -1;
    private int currentEndLine = -1;
    private int currentEndColumn = -1;
    /** Set when a handler in the current frame has already recorded the frame's traceback entry. */
    private boolean frameRecorded;
    /** Set while the exception comes from looking up the method of a method call (so it points at obj.name). */
    private boolean fromMethodLookup;

    public PException(PBaseException exception, Node location) {
        super(location);
        this.exception = exception;
        this.currentLocation = location;
    }

    public PBaseException getException() {
        return exception;
    }

    public void setLocation(Node location) {
        this.currentLocation = location;
        this.currentLine = -1;
    }

    public Node getCurrentLocation() {
        return currentLocation;
    }

    public void setLine(int line) {
        this.currentLine = line;
        this.currentLocation = null;
        this.currentColumn = -1;
    }

    /**
     * Positions the exception in the current frame by explicit source range (0-based columns, end exclusive), for
     * engines without AST nodes (the bytecode loop's position table); tracebacks then show 3.11's markers.
     */
    public void setPosition(int line, int column, int endLine, int endColumn) {
        this.currentLine = line;
        this.currentLocation = null;
        this.currentColumn = column;
        this.currentEndLine = endLine;
        this.currentEndColumn = endColumn;
    }

    public boolean hasPosition() {
        return currentLocation != null || currentLine >= 0;
    }

    private SourceSection currentSection() {
        if (currentLine >= 0) {
            return null;
        }
        for (Node n = currentLocation; n != null; n = n.getParent()) {
            SourceSection s = n.getSourceSection();
            if (s != null && s.isAvailable()) {
                return s;
            }
        }
        return null;
    }

    public PException markMethodLookup() {
        fromMethodLookup = true;
        return this;
    }

    /** True once for an exception marked by {@link #markMethodLookup}. */
    public boolean takeMethodLookupMark() {
        boolean marked = fromMethodLookup;
        fromMethodLookup = false;
        return marked;
    }

    /** Positions the exception at {@code location} unless it already has a position in this frame. */
    public PException positionIfMissing(Node location) {
        if (currentLocation == null && currentLine < 0) {
            currentLocation = location;
        }
        return this;
    }

    /** The line in the current frame, from the node's source section, or -1 when unknown. */
    public int currentLine() {
        if (currentLine >= 0) {
            return currentLine;
        }
        for (Node n = currentLocation; n != null; n = n.getParent()) {
            SourceSection s = n.getSourceSection();
            if (s != null && s.isAvailable()) {
                return s.getStartLine();
            }
        }
        return -1;
    }

    /**
     * Records the current frame into the traceback once: called when the exception is caught by a handler in the
     * frame, and when it leaves the frame (unless a handler already recorded it).
     */
    @TruffleBoundary
    public void recordFrame(String name, String filename, boolean byHandler) {
        if (frameRecorded) {
            if (!byHandler) {
                frameRecorded = false;
            }
            return;
        }
        SourceSection section = currentSection();
        if (currentLine >= 0 && currentColumn >= 0) {
            exception.addFrame(name, filename, currentLine, currentColumn, currentEndLine, currentEndColumn);
        } else if (section != null) {
            exception.addFrame(name, filename, section.getStartLine(), section.getStartColumn() - 1, section.getEndLine(), section.getEndColumn());
        } else {
            exception.addFrame(name, filename, currentLine(), -1, -1, -1);
        }
        frameRecorded = byHandler;
        currentLocation = null;
        currentLine = -1;
    }

    /** Starts a fresh raise of the same exception object (e.g. {@code raise e}). */
    public void resetForRaise(Node location) {
        frameRecorded = false;
        setLocation(location);
    }

    @ExportMessage
    boolean isException() {
        return true;
    }

    @ExportMessage
    ExceptionType getExceptionType() {
        return ExceptionType.RUNTIME_ERROR;
    }

    @ExportMessage
    RuntimeException throwException() {
        throw this;
    }

    @Override
    public String getMessage() {
        return exception.getPythonClass().name;
    }
}
