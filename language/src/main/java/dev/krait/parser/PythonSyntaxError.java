package dev.krait.parser;

/**
 * A syntax error found by the tokenizer, parser or scope analysis, with what CPython's SyntaxError carries: the
 * exception type name ("SyntaxError", "IndentationError" or "TabError"), message, file name, 1-based line, the
 * 1-based column of the caret (CPython's {@code offset}), optionally the 1-based end column, and the text of the line.
 * The language turns it into a Python SyntaxError object; the traceback printer shows it in CPython's shape.
 */
public final class PythonSyntaxError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public final String typeName;
    public final String filename;
    public final int line;
    public final int offset;
    public final int endOffset;
    public final String lineText;
    /** Set for interactive input that stops short (open bracket, unfinished block): the REPL reads another line. */
    private boolean incompleteInput;

    public PythonSyntaxError(String typeName, String message, String filename, int line, int offset, int endOffset,
                    String lineText) {
        super(message, null, false, false);
        this.typeName = typeName;
        this.filename = filename;
        this.line = line;
        this.offset = offset;
        this.endOffset = endOffset;
        this.lineText = lineText;
    }

    public PythonSyntaxError(String message, String filename, int line, int offset, String lineText) {
        this("SyntaxError", message, filename, line, offset, 0, lineText);
    }

    public boolean isIncompleteInput() {
        return incompleteInput;
    }

    PythonSyntaxError markIncomplete() {
        incompleteInput = true;
        return this;
    }
}
