package dev.krait.builtins.modules;

import java.io.Flushable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.krait.ops.PyObjectOps;
import dev.krait.runtime.BuiltinClasses;
import dev.krait.runtime.KraitContext;
import dev.krait.runtime.PBaseException;
import dev.krait.runtime.PRaise;
import dev.krait.runtime.PTuple;
import dev.krait.runtime.PythonClass;

/**
 * A file opened by open(): text mode (TextIOWrapper: decoding, universal newlines) or binary mode (BufferedReader,
 * BufferedWriter, BufferedRandom). Reads go through a byte buffer; text is decoded into a pending buffer of
 * untranslated characters, so that tell() can give the byte offset of the next character. Writes are buffered
 * and flushed on flush(), close(), before reads, and when the program ends.
 */
final class FileStream extends IOStream {
    private final KraitContext context;
    private final SeekableByteChannel channel;
    private final Object name;
    private final String mode;
    private final boolean reading;
    private final boolean writing;
    private final boolean binary;
    private final boolean appending;
    private final Charset charset;
    private final String encodingName;
    /** null: universal newlines; "": lines end at any terminator, untranslated; else the only terminator. */
    private final String newline;
    private final Flushable atExit = this::flushQuietly;

    private final ByteBuffer raw = ByteBuffer.allocate(1 << 16);
    private boolean eof;
    private CharsetDecoder decoder;
    private final StringBuilder pending = new StringBuilder();
    private int pendingPos;
    /** The byte offset in the file of pending[0]. */
    private long pendingStart;

    private byte[] writeBuffer = new byte[8192];
    private int writeLength;

    FileStream(PythonClass cls, KraitContext context, SeekableByteChannel channel, Object name, String mode, boolean reading, boolean writing,
                    boolean binary, Charset charset, String encodingName, String newline, boolean appending) {
        super(cls);
        this.appending = appending;
        this.context = context;
        this.channel = channel;
        this.name = name;
        this.mode = mode;
        this.reading = reading;
        this.writing = writing;
        this.binary = binary;
        this.charset = charset;
        this.encodingName = encodingName;
        this.newline = newline;
        raw.flip();
        if (writing) {
            context.exitFlushers.add(atExit);
        }
        try {
            pendingStart = channel.position();
        } catch (IOException e) {
            pendingStart = 0;
        }
    }

    @Override
    public boolean isBinary() {
        return binary;
    }

    @Override
    public boolean readable() {
        checkClosed();
        return reading;
    }

    @Override
    public boolean writable() {
        checkClosed();
        return writing;
    }

    @Override
    public boolean seekable() {
        checkClosedBare();
        return true;
    }

    @Override
    public Object name() {
        return name;
    }

    @Override
    public String mode() {
        return mode;
    }

    @Override
    public String encoding() {
        return encodingName;
    }

    static dev.krait.runtime.PException osError(IOException e) {
        return PRaise.raise(new PBaseException(BuiltinClasses.OS_ERROR, PTuple.of(5L, String.valueOf(e.getMessage()))), null);
    }

    // ------------------------------------------------------------------ writing

    private void flushQuietly() {
        try {
            flushWrites();
        } catch (RuntimeException e) {
            // at exit there is nobody to tell
        }
    }

    @TruffleBoundary
    void flushWrites() {
        if (writeLength == 0) {
            return;
        }
        try {
            if (appending) {
                channel.position(channel.size());
            }
            ByteBuffer b = ByteBuffer.wrap(writeBuffer, 0, writeLength);
            while (b.hasRemaining()) {
                channel.write(b);
            }
        } catch (IOException e) {
            throw osError(e);
        } finally {
            writeLength = 0;
        }
    }

    /** Before writing after reading: move the channel back to the logical position and drop what was read ahead. */
    private void dropReadAhead() {
        long logical = position();
        if (raw.hasRemaining() || pendingPos < pending.length()) {
            try {
                channel.position(logical);
            } catch (IOException e) {
                throw osError(e);
            }
        }
        pendingStart = logical;
        raw.clear().flip();
        pending.setLength(0);
        pendingPos = 0;
        decoder = null;
        eof = false;
    }

    @Override
    @TruffleBoundary
    public long write(Object data) {
        checkClosed();
        if (binary ? !(data instanceof byte[] || data instanceof ArrayModule.PArray) : !(data instanceof String)) {
            throw binary ? PRaise.typeError(null, "a bytes-like object is required, not '%s'", PyObjectOps.typeName(data))
                            : PRaise.typeError(null, "write() argument must be str, not %s", PyObjectOps.typeName(data));
        }
        checkWritable();
        byte[] bytes;
        long count;
        if (binary) {
            bytes = IoModule.bytesOf(data);
            count = bytes.length;
        } else {
            if (!(data instanceof String s)) {
                throw PRaise.typeError(null, "write() argument must be str, not %s", PyObjectOps.typeName(data));
            }
            count = s.codePointCount(0, s.length());
            if (newline != null && !newline.isEmpty() && !newline.equals("\n")) {
                s = s.replace("\n", newline);
            }
            bytes = s.getBytes(charset);
        }
        if (reading) {
            dropReadAhead();
        }
        if (writeLength + bytes.length > writeBuffer.length) {
            flushWrites();
            if (bytes.length > writeBuffer.length) {
                writeBuffer = new byte[Math.max(bytes.length, writeBuffer.length * 2)];
            }
        }
        System.arraycopy(bytes, 0, writeBuffer, writeLength, bytes.length);
        writeLength += bytes.length;
        pendingStart += bytes.length;
        return count;
    }

    @Override
    public void flush() {
        checkClosed();
        flushWrites();
    }

    @Override
    @TruffleBoundary
    public void close() {
        if (closed) {
            return;
        }
        try {
            flushWrites();
        } finally {
            closed = true;
            context.exitFlushers.remove(atExit);
            try {
                channel.close();
            } catch (IOException e) {
                // nothing useful to report on close
            }
        }
    }

    // ------------------------------------------------------------------ reading bytes

    /** Reads more bytes into raw; false at the end of the file. */
    private boolean fillRaw() {
        if (eof) {
            return false;
        }
        raw.compact();
        try {
            int n = channel.read(raw);
            if (n < 0) {
                eof = true;
            }
        } catch (IOException e) {
            throw osError(e);
        } finally {
            raw.flip();
        }
        return !eof || raw.hasRemaining();
    }

    private void prepareRead() {
        checkReadable();
        if (writeLength > 0) {
            flushWrites();
        }
    }

    // ------------------------------------------------------------------ reading text

    /** Decodes more of the file into pending; false when nothing more is coming. */
    private boolean fillText() {
        if (decoder == null) {
            decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        }
        if (pendingPos > (1 << 15) && pendingPos == pending.length()) {
            pendingStart += byteLength(pending, 0, pendingPos);
            pending.setLength(0);
            pendingPos = 0;
        }
        if (eof && !raw.hasRemaining()) {
            return false;
        }
        boolean more = fillRaw();
        CharBuffer out = CharBuffer.allocate(raw.remaining() + 16);
        CoderResult r = decoder.decode(raw, out, eof);
        if (r.isError()) {
            throw decodeError(r);
        }
        if (eof) {
            decoder.flush(out);
            if (raw.hasRemaining()) {
                throw decodeError(CoderResult.malformedForLength(raw.remaining()));
            }
        }
        out.flip();
        pending.append(out);
        return more || out.hasRemaining();
    }

    private dev.krait.runtime.PException decodeError(CoderResult r) {
        int b = raw.hasRemaining() ? raw.get(raw.position()) & 0xff : 0;
        return PRaise.error(null, BuiltinClasses.UNICODE_DECODE_ERROR, "'%s' codec can't decode byte 0x%02x in position %d: invalid %s", encodingName.toLowerCase().replace("_", "-"), b,
                        position(), b >= 0x80 && b < 0xc0 ? "start byte" : "continuation byte");
    }

    private long byteLength(CharSequence s, int from, int to) {
        if (charset == StandardCharsets.UTF_8) {
            long n = 0;
            for (int i = from; i < to; i++) {
                char c = s.charAt(i);
                if (c < 0x80) {
                    n += 1;
                } else if (c < 0x800) {
                    n += 2;
                } else if (Character.isHighSurrogate(c) && i + 1 < to) {
                    n += 4;
                    i++;
                } else {
                    n += 3;
                }
            }
            return n;
        }
        return s.subSequence(from, to).toString().getBytes(charset).length;
    }

    /** The logical position: the byte offset of the next unread byte or character. */
    private long position() {
        if (binary) {
            try {
                return channel.position() - raw.remaining() + writeLength;
            } catch (IOException e) {
                throw osError(e);
            }
        }
        if (decoder == null && !raw.hasRemaining()) {
            return pendingStart;
        }
        return pendingStart + byteLength(pending, 0, pendingPos);
    }

    private boolean isLineEnd(char c, int i) {
        if (newline == null || newline.equals("\n")) {
            return c == '\n';
        }
        if (newline.isEmpty()) {
            return c == '\n' || (c == '\r' && (i + 1 >= pending.length() || pending.charAt(i + 1) != '\n'));
        }
        if (newline.equals("\r")) {
            return c == '\r';
        }
        return c == '\n' && i > 0 && pending.charAt(i - 1) == '\r';
    }

    /**
     * Takes up to maxChars characters (all when negative) from the decoded text, translating line endings in
     * universal-newline mode, stopping after a line end when asked to.
     */
    private String takeText(long maxChars, boolean line) {
        StringBuilder out = new StringBuilder();
        int i = pendingPos;
        long count = 0;
        boolean translate = newline == null;
        while (true) {
            if (i >= pending.length()) {
                pendingPos = i;
                if (!fillText() && pendingPos >= pending.length()) {
                    break;
                }
                i = pendingPos;
                continue;
            }
            if (maxChars >= 0 && count >= maxChars) {
                break;
            }
            char c = pending.charAt(i);
            if (c == '\r' && (translate || (line && newline.isEmpty()))) {
                if (i + 1 >= pending.length() && !(eof && !raw.hasRemaining())) {
                    // A \r at the end of the decoded text may be the first half of \r\n: look ahead.
                    pendingPos = i;
                    fillText();
                    i = pendingPos;
                    continue;
                }
                boolean crlf = i + 1 < pending.length() && pending.charAt(i + 1) == '\n';
                if (translate) {
                    out.append('\n');
                    i += crlf ? 2 : 1;
                } else {
                    out.append('\r');
                    i++;
                    if (crlf) {
                        continue;
                    }
                }
                count++;
                if (line) {
                    break;
                }
                continue;
            }
            out.append(c);
            i++;
            if (!Character.isHighSurrogate(c)) {
                count++;
            }
            if (line && isLineEnd(c, i - 1)) {
                break;
            }
        }
        pendingPos = i;
        return out.toString();
    }

    @Override
    @TruffleBoundary
    public Object read(long n) {
        prepareRead();
        if (binary) {
            return readBytes(n);
        }
        if (n < 0) {
            while (fillText()) {
                // read to the end
            }
            String s = pending.substring(pendingPos);
            pendingPos = pending.length();
            if (newline == null && s.indexOf('\r') >= 0) {
                s = s.replace("\r\n", "\n").replace('\r', '\n');
            }
            return s;
        }
        return takeText(n, false);
    }

    @Override
    @TruffleBoundary
    public Object readline(long limit) {
        prepareRead();
        if (binary) {
            return readLineBytes(limit);
        }
        // Fast path: a whole line already decoded, no carriage returns in it.
        if (newline == null || newline.equals("\n")) {
            int nl = pending.indexOf("\n", pendingPos);
            if (nl >= 0 && limit < 0) {
                boolean clean = true;
                if (newline == null) {
                    for (int i = pendingPos; i < nl; i++) {
                        if (pending.charAt(i) == '\r') {
                            clean = false;
                            break;
                        }
                    }
                }
                if (clean) {
                    String s = pending.substring(pendingPos, nl + 1);
                    pendingPos = nl + 1;
                    return s;
                }
            }
        }
        return takeText(limit, true);
    }

    private byte[] readBytes(long n) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        while (n < 0 || out.size() < n) {
            if (!raw.hasRemaining() && !fillRaw()) {
                break;
            }
            int take = n < 0 ? raw.remaining() : (int) Math.min(raw.remaining(), n - out.size());
            out.write(raw.array(), raw.position(), take);
            raw.position(raw.position() + take);
            if (n >= 0 && out.size() > 0 && !raw.hasRemaining()) {
                // Like a raw read: return what one more read gives, not necessarily n bytes... but files give all.
                continue;
            }
        }
        return out.toByteArray();
    }

    private byte[] readLineBytes(long limit) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        while (limit < 0 || out.size() < limit) {
            if (!raw.hasRemaining() && !fillRaw()) {
                break;
            }
            byte b = raw.get();
            out.write(b);
            if (b == '\n') {
                break;
            }
        }
        return out.toByteArray();
    }

    // ------------------------------------------------------------------ positioning

    @Override
    @TruffleBoundary
    public long tell() {
        checkClosed();
        return position();
    }

    @Override
    @TruffleBoundary
    public long seek(long offset, int whence) {
        checkClosed();
        if (whence < 0 || whence > 2) {
            throw PRaise.valueError(null, "invalid whence (%d, should be 0, 1 or 2)", whence);
        }
        if (!binary && whence != 0 && offset != 0) {
            throw IOStream.unsupportedOperation(whence == 1 ? "can't do nonzero cur-relative seeks" : "can't do nonzero end-relative seeks");
        }
        if (whence == 0 && offset < 0) {
            throw PRaise.valueError(null, binary ? "negative seek value %d" : "Negative seek position %d", offset);
        }
        flushWrites();
        try {
            long target = switch (whence) {
                case 0 -> offset;
                case 1 -> position() + offset;
                default -> channel.size() + offset;
            };
            channel.position(Math.max(0, target));
            raw.clear().flip();
            pending.setLength(0);
            pendingPos = 0;
            pendingStart = channel.position();
            decoder = null;
            eof = false;
            return pendingStart;
        } catch (IOException e) {
            throw osError(e);
        }
    }

    @Override
    @TruffleBoundary
    public long truncate(long size) {
        checkWritable();
        flushWrites();
        try {
            long at = size < 0 ? position() : size;
            channel.truncate(at);
            return at;
        } catch (IOException e) {
            throw osError(e);
        }
    }

    @Override
    public long fileno() {
        checkClosedBare();
        return 3;
    }
}
