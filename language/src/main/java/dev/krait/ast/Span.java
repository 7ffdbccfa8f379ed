package dev.krait.ast;

/**
 * Where a syntax-tree node stands in its source: lines are 1-based, columns are 0-based character offsets in the
 * line (as CPython's {@code ast} has them), the end column is exclusive.
 */
public record Span(int line, int col, int endLine, int endCol) {
    public static final Span NONE = new Span(1, 0, 1, 0);

    /** The span from the start of {@code a} to the end of {@code b}. */
    public static Span between(Span a, Span b) {
        return new Span(a.line, a.col, b.endLine, b.endCol);
    }
}
