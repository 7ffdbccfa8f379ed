package dev.krait.builtins.modules;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.krait.ops.Repr;
import dev.krait.runtime.HasDict;
import dev.krait.runtime.PBaseException;
import dev.krait.runtime.PDict;
import dev.krait.runtime.PException;
import dev.krait.runtime.PIterator;
import dev.krait.runtime.PRaise;
import dev.krait.runtime.PTuple;
import dev.krait.runtime.PythonClass;

/**
 * A stream of the io module: files opened by open(), sys.stdin/stdout/stderr, StringIO, BytesIO. Text streams
 * read and write str, binary ones bytes (byte[]). A stream is its own iterator (its lines), as in CPython, and
 * being a builtin iterator makes {@code for line in f} take the interpreter's fast path.
 */
public abstract class IOStream extends PIterator implements HasDict {
    private final PythonClass pythonClass;
    private PDict attributes;
    protected boolean closed;

    protected IOStream(PythonClass pythonClass) {
        this.pythonClass = pythonClass;
    }

    @Override
    public final PythonClass getPythonClass() {
        return pythonClass;
    }

    @Override
    public PDict getDict(boolean create) {
        if (attributes == null && create) {
            attributes = new PDict();
        }
        return attributes;
    }

    public abstract boolean isBinary();

    public boolean readable() {
        return false;
    }

    public boolean writable() {
        return false;
    }

    public boolean seekable() {
        return false;
    }

    /** Reads up to n characters (bytes), everything when n < 0: a str or bytes, empty at the end. */
    public Object read(long n) {
        throw unsupported("read");
    }

    /** One line including its terminator (at most limit characters when limit >= 0); empty at the end. */
    public Object readline(long limit) {
        throw unsupported("readline");
    }

    public long write(Object data) {
        throw unsupported("write");
    }

    public void flush() {
        checkClosed();
    }

    public void close() {
        closed = true;
    }

    public long tell() {
        throw unsupported("tell");
    }

    public long seek(long offset, int whence) {
        throw unsupported("seek");
    }

    public long truncate(long size) {
        throw unsupported("truncate");
    }

    public boolean isatty() {
        checkClosedBare();
        return false;
    }

    public long fileno() {
        throw unsupported("fileno");
    }

    public boolean isClosed() {
        return closed;
    }

    /** The name attribute (files and the standard streams), or null. */
    public Object name() {
        return null;
    }

    public String mode() {
        return null;
    }

    public String encoding() {
        return null;
    }

    @Override
    @TruffleBoundary
    public Object next() {
        Object line = readline(-1);
        if (line instanceof String s ? s.isEmpty() : ((byte[]) line).length == 0) {
            return null;
        }
        return line;
    }

    protected void checkClosed() {
        if (closed) {
            throw PRaise.valueError(null, "%s", closedMessage());
        }
    }

    /** CPython's message for most operations on a closed stream (StringIO's has no full stop). */
    protected String closedMessage() {
        return "I/O operation on closed file.";
    }

    /** A few operations of closed files say it without the full stop, as CPython's do. */
    protected void checkClosedBare() {
        if (closed) {
            throw PRaise.valueError(null, "I/O operation on closed file");
        }
    }

    /** iter() of a closed stream: always with the full stop. */
    void checkClosedForIteration() {
        if (closed) {
            throw PRaise.valueError(null, "I/O operation on closed file.");
        }
    }

    protected void checkReadable() {
        checkClosed();
        if (!readable()) {
            throw unsupportedOperation("not readable");
        }
    }

    protected void checkWritable() {
        checkClosed();
        if (!writable()) {
            throw unsupportedOperation("not writable");
        }
    }

    protected PException unsupported(String operation) {
        checkClosed();
        return unsupportedOperation(operation);
    }

    @TruffleBoundary
    public static PException unsupportedOperation(String message) {
        return PRaise.raise(new PBaseException(IoModule.UNSUPPORTED_OPERATION, PTuple.of(message)), null);
    }

    @TruffleBoundary
    public String repr() {
        Object name = name();
        StringBuilder sb = new StringBuilder("<").append(pythonClass.getQualifiedName());
        if (name == null) {
            return sb.append(" object at ").append(Repr.address(this)).append('>').toString();
        }
        sb.append(" name=").append(Repr.repr(name));
        if (!isBinary()) {
            sb.append(" mode=").append(Repr.repr(mode())).append(" encoding=").append(Repr.repr(encoding()));
        }
        return sb.append('>').toString();
    }

}
