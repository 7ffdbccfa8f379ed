package dev.krait.runtime;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Remembers the last write error of the stream under a {@code PrintStream}, which swallows it: the program's
 * {@code print} then raises it as Python's OSError (BrokenPipeError when the reader of a pipe went away), as CPython
 * does, instead of printing on into a closed pipe forever.
 */
public final class FailureRecordingOutputStream extends FilterOutputStream {
    private IOException failure;

    public FailureRecordingOutputStream(OutputStream out) {
        super(out);
    }

    @Override
    public void write(int b) throws IOException {
        try {
            out.write(b);
        } catch (IOException e) {
            failure = e;
            throw e;
        }
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        try {
            out.write(b, off, len);
        } catch (IOException e) {
            failure = e;
            throw e;
        }
    }

    @Override
    public void flush() throws IOException {
        try {
            out.flush();
        } catch (IOException e) {
            failure = e;
            throw e;
        }
    }

    /** The error of a write since the last call, or null; clears it. */
    public IOException takeFailure() {
        IOException e = failure;
        failure = null;
        return e;
    }
}
