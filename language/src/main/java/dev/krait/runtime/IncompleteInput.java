package dev.krait.runtime;

import com.oracle.truffle.api.exception.AbstractTruffleException;
import com.oracle.truffle.api.interop.ExceptionType;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;

/**
 * Interactive input that needs more lines (an open bracket, a block not yet ended by a blank line). The host sees a
 * parse error with {@code PolyglotException.isIncompleteSource()}, and the REPL reads on with the {@code ...} prompt.
 */
@ExportLibrary(InteropLibrary.class)
public final class IncompleteInput extends AbstractTruffleException {
    private static final long serialVersionUID = 1L;

    public IncompleteInput() {
        super("incomplete input");
    }

    @ExportMessage
    boolean isException() {
        return true;
    }

    @ExportMessage
    ExceptionType getExceptionType() {
        return ExceptionType.PARSE_ERROR;
    }

    @ExportMessage
    boolean isExceptionIncompleteSource() {
        return true;
    }

    @ExportMessage
    RuntimeException throwException() {
        throw this;
    }
}
