package dev.krait.runtime;

import com.oracle.truffle.api.exception.AbstractTruffleException;
import com.oracle.truffle.api.interop.ExceptionType;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;

/** Ends the program with an exit status: the host sees a polyglot exit (isExit, getExitStatus). */
@ExportLibrary(InteropLibrary.class)
public final class KraitExit extends AbstractTruffleException {
    private static final long serialVersionUID = 1L;
    private final int status;

    public KraitExit(int status) {
        this.status = status;
    }

    @ExportMessage
    boolean isException() {
        return true;
    }

    @ExportMessage
    ExceptionType getExceptionType() {
        return ExceptionType.EXIT;
    }

    @ExportMessage
    int getExceptionExitStatus() {
        return status;
    }

    @ExportMessage
    RuntimeException throwException() {
        throw this;
    }
}
