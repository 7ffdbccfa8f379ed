package dev.krait.parser;

/**
 * One token: lines are 1-based, columns 0-based and the end exclusive, as in {@link dev.krait.ast.Span}.
 * {@code value} is the Long, BigInteger or Double of a NUMBER token and null otherwise; {@code text} is the exact
 * source text (a STRING token keeps its prefix and quotes, the parser decodes it).
 */
public record Token(TokenKind kind, String text, Object value, int line, int col, int endLine, int endCol) {

    public boolean is(TokenKind k, String t) {
        return kind == k && text.equals(t);
    }

    public boolean isOp(String t) {
        return kind == TokenKind.OP && text.equals(t);
    }

    @Override
    public String toString() {
        return kind + " '" + text + "' " + line + ":" + col + "-" + endLine + ":" + endCol;
    }
}
