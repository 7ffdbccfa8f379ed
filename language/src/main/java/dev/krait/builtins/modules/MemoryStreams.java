package dev.krait.builtins.modules;

import java.util.Arrays;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.krait.ops.PyObjectOps;
import dev.krait.runtime.PRaise;
import dev.krait.runtime.PythonClass;

/** io.StringIO and io.BytesIO: streams over a growable in-memory buffer. */
final class MemoryStreams {
    private MemoryStreams() {
    }

    static long seekCheck(long offset, int whence) {
        if (whence < 0 || whence > 2) {
            throw PRaise.valueError(null, "Invalid whence (%d, should be 0, 1 or 2)", whence);
        }
        if (whence == 0 && offset < 0) {
            throw PRaise.valueError(null, "Negative seek position %d", offset);
        }
        return offset;
    }

    /** io.StringIO: positions count code points, as Python's str indices do. */
    static final class StringIOStream extends IOStream {
        final StringBuilder buffer = new StringBuilder();
        /** The position as a UTF-16 index into buffer. */
        int pos;

        StringIOStream(PythonClass cls) {
            super(cls);
        }

        @Override
        protected String closedMessage() {
            return "I/O operation on closed file";
        }

        @Override
        public boolean isBinary() {
            return false;
        }

        @Override
        public boolean readable() {
            checkClosed();
            return true;
        }

        @Override
        public boolean writable() {
            checkClosed();
            return true;
        }

        @Override
        public boolean seekable() {
            checkClosed();
            return true;
        }

        @TruffleBoundary
        String getValue() {
            checkClosed();
            return buffer.toString();
        }

        @Override
        @TruffleBoundary
        public Object read(long n) {
            checkClosed();
            int len = buffer.length();
            if (pos >= len) {
                return "";
            }
            int end = n < 0 ? len : advance(pos, n);
            String s = buffer.substring(pos, end);
            pos = end;
            return s;
        }

        /** The UTF-16 index n code points after from (capped at the end). */
        private int advance(int from, long n) {
            int len = buffer.length();
            int i = from;
            for (long k = 0; k < n && i < len; k++) {
                i += Character.isHighSurrogate(buffer.charAt(i)) && i + 1 < len ? 2 : 1;
            }
            return i;
        }

        @Override
        @TruffleBoundary
        public Object readline(long limit) {
            checkClosed();
            int len = buffer.length();
            if (pos >= len) {
                return "";
            }
            int nl = buffer.indexOf("\n", pos);
            int end = nl < 0 ? len : nl + 1;
            if (limit >= 0) {
                end = Math.min(end, advance(pos, limit));
            }
            String s = buffer.substring(pos, end);
            pos = end;
            return s;
        }

        @Override
        @TruffleBoundary
        public long write(Object data) {
            checkClosed();
            if (!(data instanceof String s)) {
                throw PRaise.typeError(null, "string argument expected, got '%s'", PyObjectOps.typeName(data));
            }
            int len = buffer.length();
            if (pos > len) {
                buffer.append("\0".repeat(pos - len));
                len = pos;
            }
            int end = Math.min(len, pos + s.length());
            buffer.replace(pos, end, s);
            pos += s.length();
            return s.codePointCount(0, s.length());
        }

        @Override
        @TruffleBoundary
        public long tell() {
            checkClosed();
            return pos <= buffer.length() ? buffer.codePointCount(0, pos) : buffer.codePointCount(0, buffer.length()) + (pos - buffer.length());
        }

        @Override
        @TruffleBoundary
        public long seek(long offset, int whence) {
            checkClosed();
            seekCheck(offset, whence);
            if (whence != 0 && offset != 0) {
                throw IOStream.unsupportedOperation(whence == 1 ? "Can't do nonzero cur-relative seeks" : "Can't do nonzero end-relative seeks");
            }
            if (whence == 1) {
                return tell();
            }
            if (whence == 2) {
                pos = buffer.length();
                return tell();
            }
            int cps = buffer.codePointCount(0, buffer.length());
            pos = offset <= cps ? advance(0, offset) : buffer.length() + (int) (offset - cps);
            return offset;
        }

        @Override
        @TruffleBoundary
        public long truncate(long size) {
            checkClosed();
            if (size < 0) {
                throw PRaise.valueError(null, "Negative size value %d", size);
            }
            int end = advance(0, size);
            if (end < buffer.length()) {
                buffer.setLength(end);
            }
            return size;
        }

        @Override
        public void close() {
            closed = true;
        }
    }

    /** io.BytesIO. */
    static final class BytesIOStream extends IOStream {
        byte[] buffer = new byte[64];
        int size;
        int pos;

        BytesIOStream(PythonClass cls) {
            super(cls);
        }

        @Override
        public boolean isBinary() {
            return true;
        }

        @Override
        public boolean readable() {
            checkClosed();
            return true;
        }

        @Override
        public boolean writable() {
            checkClosed();
            return true;
        }

        @Override
        public boolean seekable() {
            checkClosed();
            return true;
        }

        byte[] getValue() {
            checkClosed();
            return Arrays.copyOf(buffer, size);
        }

        @Override
        @TruffleBoundary
        public Object read(long n) {
            checkClosed();
            if (pos >= size) {
                return new byte[0];
            }
            int end = n < 0 ? size : (int) Math.min(size, pos + n);
            byte[] r = Arrays.copyOfRange(buffer, pos, end);
            pos = end;
            return r;
        }

        @Override
        @TruffleBoundary
        public Object readline(long limit) {
            checkClosed();
            if (pos >= size) {
                return new byte[0];
            }
            int end = pos;
            while (end < size && buffer[end] != '\n') {
                end++;
            }
            end = Math.min(size, end + 1);
            if (limit >= 0) {
                end = (int) Math.min(end, pos + limit);
            }
            byte[] r = Arrays.copyOfRange(buffer, pos, end);
            pos = end;
            return r;
        }

        @Override
        @TruffleBoundary
        public long write(Object data) {
            checkClosed();
            byte[] b = IoModule.bytesOf(data);
            int end = pos + b.length;
            if (end > buffer.length) {
                buffer = Arrays.copyOf(buffer, Math.max(end, buffer.length * 2));
            }
            if (pos > size) {
                Arrays.fill(buffer, size, pos, (byte) 0);
            }
            System.arraycopy(b, 0, buffer, pos, b.length);
            pos = end;
            size = Math.max(size, end);
            return b.length;
        }

        @Override
        public long tell() {
            checkClosed();
            return pos;
        }

        @Override
        public long seek(long offset, int whence) {
            checkClosed();
            seekCheck(offset, whence);
            long p = whence == 0 ? offset : whence == 1 ? pos + offset : size + offset;
            pos = (int) Math.max(0, p);
            return pos;
        }

        @Override
        public long truncate(long newSize) {
            checkClosed();
            if (newSize < 0) {
                throw PRaise.valueError(null, "negative size value %d", newSize);
            }
            size = (int) Math.min(size, newSize);
            return newSize;
        }
    }

}
