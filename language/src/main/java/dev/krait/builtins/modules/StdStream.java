package dev.krait.builtins.modules;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.krait.ops.PyObjectOps;
import dev.krait.runtime.KraitContext;
import dev.krait.runtime.PRaise;
import dev.krait.runtime.PythonClass;

/**
 * sys.stdin, sys.stdout and sys.stderr (and their binary {@code buffer}s). Output goes through the context's
 * streams, so it interleaves correctly with print(); input is read a byte at a time, as input() does, so the two
 * can be mixed without losing read-ahead.
 */
final class StdStream extends IOStream {
    private final KraitContext context;
    private final int fd;
    private final boolean binary;
    private StdStream buffer;

    StdStream(PythonClass cls, KraitContext context, int fd, boolean binary) {
        super(cls);
        this.context = context;
        this.fd = fd;
        this.binary = binary;
    }

    static StdStream text(KraitContext context, int fd) {
        return new StdStream(IoModule.TEXT_IO_WRAPPER, context, fd, false);
    }

    boolean isStandardOutput() {
        return fd == 1 && !binary && !closed;
    }

    StdStream buffer() {
        if (buffer == null) {
            buffer = new StdStream(fd == 0 ? IoModule.BUFFERED_READER : IoModule.BUFFERED_WRITER, context, fd, true);
        }
        return buffer;
    }

    @Override
    public boolean isBinary() {
        return binary;
    }

    @Override
    public boolean readable() {
        checkClosed();
        return fd == 0;
    }

    @Override
    public boolean writable() {
        checkClosed();
        return fd != 0;
    }

    @Override
    public Object name() {
        return switch (fd) {
            case 0 -> "<stdin>";
            case 1 -> "<stdout>";
            default -> "<stderr>";
        };
    }

    @Override
    public String mode() {
        return fd == 0 ? "r" : "w";
    }

    @Override
    public String encoding() {
        return "utf-8";
    }

    @Override
    public long fileno() {
        checkClosed();
        return fd;
    }

    private PrintStream out() {
        return fd == 2 ? context.err : context.out;
    }

    @Override
    @TruffleBoundary
    public long write(Object data) {
        checkWritable();
        if (binary) {
            byte[] b = IoModule.bytesOf(data);
            out().write(b, 0, b.length);
            checkFailedWrite();
            return b.length;
        }
        if (!(data instanceof String s)) {
            throw PRaise.typeError(null, "write() argument must be str, not %s", PyObjectOps.typeName(data));
        }
        out().print(s);
        checkFailedWrite();
        return s.codePointCount(0, s.length());
    }

    @Override
    @TruffleBoundary
    public void flush() {
        checkClosed();
        if (fd != 0) {
            out().flush();
            checkFailedWrite();
        }
    }

    private void checkFailedWrite() {
        if (fd == 1) {
            IoModule.checkStdout(context);
        }
    }

    @Override
    @TruffleBoundary
    public void close() {
        if (fd != 0 && !closed) {
            out().flush();
        }
        closed = true;
    }

    /** Reads one line's bytes (with its newline) or up to limit bytes/characters. */
    @TruffleBoundary
    private byte[] readBytes(long limit, boolean line) {
        checkReadable();
        context.out.flush();
        InputStream in = context.env.in();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            while (limit < 0 || bytes.size() < limit) {
                int b = in.read();
                if (b < 0) {
                    break;
                }
                bytes.write(b);
                if (line && b == '\n') {
                    break;
                }
            }
        } catch (IOException e) {
            throw FileStream.osError(e);
        }
        return bytes.toByteArray();
    }

    @Override
    @TruffleBoundary
    public Object read(long n) {
        byte[] b = readBytes(n, false);
        return binary ? b : new String(b, StandardCharsets.UTF_8);
    }

    @Override
    @TruffleBoundary
    public Object readline(long limit) {
        byte[] b = readBytes(limit, true);
        return binary ? b : new String(b, StandardCharsets.UTF_8);
    }
}
