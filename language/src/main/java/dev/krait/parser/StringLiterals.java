package dev.krait.parser;

import dev.krait.ast.Expr;
import dev.krait.ast.Span;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Decodes a run of adjacent STRING tokens into one literal: escapes, raw and bytes prefixes, implicit concatenation,
 * and f-strings with CPython 3.11's rules (replacement fields, conversions, nested format specs, the {@code =} debug
 * form). Every part of an f-string gets the span of the whole concatenation, as in CPython 3.11; the expressions
 * inside replacement fields get their real positions.
 */
final class StringLiterals {
    /** CPython refuses replacement fields nested deeper than a format spec inside a format spec. */
    private static final int MAX_FIELD_NESTING = 2;

    private final Parser parser;
    private final Span span;
    private final List<Expr> parts = new ArrayList<>();
    private final StringBuilder literal = new StringBuilder();

    private StringLiterals(Parser parser, Span span) {
        this.parser = parser;
        this.span = span;
    }

    static Expr concatenate(Parser parser, List<Token> tokens) {
        Token first = tokens.get(0);
        Token last = tokens.get(tokens.size() - 1);
        Span span = new Span(first.line(), first.col(), last.endLine(), last.endCol());
        StringLiterals builder = new StringLiterals(parser, span);
        boolean sawBytes = false;
        boolean sawText = false;
        boolean sawFString = false;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (Token t : tokens) {
            String text = t.text();
            int prefixLength = 0;
            while (text.charAt(prefixLength) != '\'' && text.charAt(prefixLength) != '"') {
                prefixLength++;
            }
            String prefix = text.substring(0, prefixLength).toLowerCase();
            int quoteLength = text.startsWith("\"\"\"", prefixLength) || text.startsWith("'''", prefixLength) ? 3 : 1;
            String body = text.substring(prefixLength + quoteLength, text.length() - quoteLength);
            boolean raw = prefix.contains("r");
            if (prefix.contains("b")) {
                sawBytes = true;
                builder.decodeBytes(body, raw, bytes, t);
            } else if (prefix.contains("f")) {
                sawText = true;
                sawFString = true;
                FieldScanner scanner = builder.new FieldScanner(body, raw, t.line(), t.col() + prefixLength + quoteLength);
                scanner.scan(0, builder.parts, builder.literal);
            } else {
                sawText = true;
                builder.literal.append(raw ? body : builder.decodeEscapes(body));
            }
        }
        if (sawBytes && sawText) {
            throw parser.errorAfterStrings("cannot mix bytes and nonbytes literals");
        }
        if (sawBytes) {
            return new Expr.BytesLiteral(bytes.toByteArray(), span);
        }
        if (!sawFString) {
            return new Expr.StrLiteral(builder.literal.toString(), span);
        }
        builder.flushLiteral(builder.parts, builder.literal);
        return new Expr.FString(builder.parts, span);
    }

    private void flushLiteral(List<Expr> into, StringBuilder pending) {
        if (!pending.isEmpty()) {
            into.add(new Expr.StrLiteral(pending.toString(), span));
            pending.setLength(0);
        }
    }

    private PythonSyntaxError error(String message) {
        return parser.errorAfterStrings(message);
    }

    private PythonSyntaxError unicodeError(int start, int end, String reason) {
        return error("(unicode error) 'unicodeescape' codec can't decode bytes in position " + start + "-" + end + ": "
                        + reason);
    }

    // ---- escapes ----

    /** Decodes the escapes of a non-raw str literal (or a literal part of an f-string). */
    String decodeEscapes(String s) {
        if (s.indexOf('\\') < 0) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c != '\\' || i + 1 >= s.length()) {
                out.append(c);
                i++;
                continue;
            }
            int start = i;
            char e = s.charAt(i + 1);
            i += 2;
            switch (e) {
                case '\n' -> {
                }
                case '\\', '\'', '"' -> out.append(e);
                case 'a' -> out.append('\u0007');
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'v' -> out.append('\u000b');
                case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                    int value = e - '0';
                    for (int k = 0; k < 2 && i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '7'; k++) {
                        value = value * 8 + (s.charAt(i++) - '0');
                    }
                    out.append((char) value);
                }
                case 'x' -> {
                    i = appendHex(s, i, 2, start, "truncated \\xXX escape", out);
                }
                case 'u' -> {
                    i = appendHex(s, i, 4, start, "truncated \\uXXXX escape", out);
                }
                case 'U' -> {
                    i = appendHex(s, i, 8, start, "truncated \\UXXXXXXXX escape", out);
                }
                case 'N' -> {
                    int close = s.indexOf('}', i);
                    if (i >= s.length() || s.charAt(i) != '{' || close < 0) {
                        throw unicodeError(start, Math.min(i, s.length()) - 1, "malformed \\N character escape");
                    }
                    String name = s.substring(i + 1, close);
                    int codePoint;
                    try {
                        codePoint = Character.codePointOf(name);
                    } catch (IllegalArgumentException unknown) {
                        throw unicodeError(start, close, "unknown Unicode character name");
                    }
                    out.appendCodePoint(codePoint);
                    i = close + 1;
                }
                default -> {
                    // An unknown escape stays as written (CPython only warns).
                    out.append('\\').append(e);
                }
            }
        }
        return out.toString();
    }

    private int appendHex(String s, int i, int digits, int start, String truncated, StringBuilder out) {
        int value = 0;
        for (int k = 0; k < digits; k++) {
            int d = i + k < s.length() ? Character.digit(s.charAt(i + k), 16) : -1;
            if (d < 0) {
                throw unicodeError(start, i + k - 1, truncated);
            }
            value = value * 16 + d;
        }
        if (value > Character.MAX_CODE_POINT || value < 0) {
            throw unicodeError(start, i + digits - 1, "illegal Unicode character");
        }
        out.appendCodePoint(value);
        return i + digits;
    }

    private void decodeBytes(String s, boolean raw, ByteArrayOutputStream out, Token token) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 128) {
                throw parser.errorAt(token, "bytes can only contain ASCII literal characters");
            }
        }
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (raw || c != '\\' || i + 1 >= s.length()) {
                out.write(c);
                i++;
                continue;
            }
            char e = s.charAt(i + 1);
            int start = i;
            i += 2;
            switch (e) {
                case '\n' -> {
                }
                case '\\', '\'', '"' -> out.write(e);
                case 'a' -> out.write(7);
                case 'b' -> out.write(8);
                case 'f' -> out.write(12);
                case 'n' -> out.write(10);
                case 'r' -> out.write(13);
                case 't' -> out.write(9);
                case 'v' -> out.write(11);
                case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                    int value = e - '0';
                    for (int k = 0; k < 2 && i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '7'; k++) {
                        value = value * 8 + (s.charAt(i++) - '0');
                    }
                    out.write(value & 0xFF);
                }
                case 'x' -> {
                    int hi = i < s.length() ? Character.digit(s.charAt(i), 16) : -1;
                    int lo = i + 1 < s.length() ? Character.digit(s.charAt(i + 1), 16) : -1;
                    if (hi < 0 || lo < 0) {
                        throw error("(value error) invalid \\x escape at position " + start);
                    }
                    out.write(hi * 16 + lo);
                    i += 2;
                }
                default -> {
                    out.write('\\');
                    out.write(e);
                }
            }
        }
    }

    // ---- f-strings ----

    /** Walks the body of one f-string token, collecting literal text and replacement fields. */
    private final class FieldScanner {
        private final String s;
        private final boolean raw;
        private final int bodyLine;
        private final int bodyCol;
        private int i;

        FieldScanner(String body, boolean raw, int bodyLine, int bodyCol) {
            this.s = body;
            this.raw = raw;
            this.bodyLine = bodyLine;
            this.bodyCol = bodyCol;
        }

        /**
         * Scans literal text and fields into {@code into}; at nesting 0 up to the end of the body, inside a format
         * spec up to (not past) its closing '}'.
         */
        void scan(int nesting, List<Expr> into, StringBuilder pending) {
            while (true) {
                int chunkStart = i;
                StringBuilder chunk = new StringBuilder();
                while (i < s.length()) {
                    char c = s.charAt(i);
                    if (!raw && c == '\\' && i + 2 < s.length() && s.charAt(i + 1) == 'N' && s.charAt(i + 2) == '{') {
                        // The braces of \N{...} are part of the escape, not a field.
                        int close = s.indexOf('}', i);
                        int end = close < 0 ? s.length() : close + 1;
                        chunk.append(s, i, end);
                        i = end;
                        continue;
                    }
                    if (c == '{') {
                        if (nesting == 0 && i + 1 < s.length() && s.charAt(i + 1) == '{') {
                            chunk.append('{');
                            i += 2;
                            continue;
                        }
                        break;
                    }
                    if (c == '}') {
                        if (nesting > 0) {
                            break;
                        }
                        if (i + 1 < s.length() && s.charAt(i + 1) == '}') {
                            chunk.append('}');
                            i += 2;
                            continue;
                        }
                        throw error("f-string: single '}' is not allowed");
                    }
                    chunk.append(c);
                    i++;
                }
                if (i > chunkStart) {
                    pending.append(raw ? chunk.toString() : decodeEscapes(chunk.toString()));
                }
                if (i >= s.length() || s.charAt(i) == '}') {
                    return;
                }
                field(nesting, into, pending);
            }
        }

        /** One replacement field, starting at its '{'. */
        private void field(int nesting, List<Expr> into, StringBuilder pending) {
            if (nesting >= MAX_FIELD_NESTING) {
                throw error("f-string: expressions nested too deeply");
            }
            i++;
            int exprStart = i;
            int exprEnd = scanExpressionEnd();
            String exprText = s.substring(exprStart, exprEnd);
            if (exprText.isBlank()) {
                throw error("f-string: empty expression not allowed");
            }
            int[] at = positionOf(exprStart);
            Expr value = Parser.parseFStringField("(" + exprText + ")", parser.filename(), at[0], at[1] - 1);
            String debugText = null;
            if (i < s.length() && s.charAt(i) == '=') {
                i++;
                while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
                    i++;
                }
                debugText = s.substring(exprStart, i);
            }
            char conversion = 0;
            if (i < s.length() && s.charAt(i) == '!') {
                i++;
                if (i >= s.length()) {
                    throw error("f-string: expecting '}'");
                }
                conversion = s.charAt(i++);
                if (conversion != 's' && conversion != 'r' && conversion != 'a') {
                    throw error("f-string: invalid conversion character: expected 's', 'r', or 'a'");
                }
            }
            if (i >= s.length()) {
                throw error("f-string: expecting '}'");
            }
            Expr formatSpec = null;
            if (s.charAt(i) == ':') {
                i++;
                List<Expr> specParts = new ArrayList<>();
                StringBuilder specLiteral = new StringBuilder();
                scan(nesting + 1, specParts, specLiteral);
                flushLiteral(specParts, specLiteral);
                formatSpec = new Expr.FString(specParts, span);
            }
            if (i >= s.length() || s.charAt(i) != '}') {
                throw error("f-string: expecting '}'");
            }
            i++;
            if (debugText != null) {
                pending.append(debugText);
                if (conversion == 0 && formatSpec == null) {
                    conversion = 'r';
                }
            }
            flushLiteral(into, pending);
            into.add(new Expr.FormattedValue(value, conversion, formatSpec, span));
        }

        /**
         * Finds where a field's expression ends: at a top-level '!', ':', '}' or '=' that is not part of an operator
         * (!=, ==, <=, >=), skipping over nested brackets and string literals.
         */
        private int scanExpressionEnd() {
            char quote = 0;
            int quoteSize = 0;
            StringBuilder openBrackets = new StringBuilder();
            for (; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c == '\\') {
                    throw error("f-string expression part cannot include a backslash");
                }
                if (quote != 0) {
                    if (c == quote && (quoteSize == 1 || s.startsWith(String.valueOf(quote).repeat(3), i))) {
                        i += quoteSize - 1;
                        quote = 0;
                    }
                    continue;
                }
                if (c == '\'' || c == '"') {
                    quote = c;
                    quoteSize = s.startsWith(String.valueOf(c).repeat(3), i) ? 3 : 1;
                    i += quoteSize - 1;
                } else if (c == '[' || c == '(' || c == '{') {
                    if (openBrackets.length() >= 200) {
                        throw error("f-string: too many nested parenthesis");
                    }
                    openBrackets.append(c);
                } else if (c == '#') {
                    throw error("f-string expression part cannot include '#'");
                } else if (c == ']' || c == ')' || c == '}' && !openBrackets.isEmpty()) {
                    if (openBrackets.isEmpty()) {
                        throw error("f-string: unmatched '" + c + "'");
                    }
                    char open = openBrackets.charAt(openBrackets.length() - 1);
                    openBrackets.setLength(openBrackets.length() - 1);
                    if ("([{".indexOf(open) != ")]}".indexOf(c)) {
                        throw error("f-string: closing parenthesis '" + c + "' does not match opening parenthesis '"
                                        + open + "'");
                    }
                } else if (openBrackets.isEmpty() && "!:}=<>".indexOf(c) >= 0) {
                    char next = i + 1 < s.length() ? s.charAt(i + 1) : 0;
                    if (next == '=' && c != ':' && c != '}') {
                        i++;
                        continue;
                    }
                    if (c == '<' || c == '>') {
                        continue;
                    }
                    break;
                }
            }
            if (quote != 0) {
                throw error("f-string: unterminated string");
            }
            if (!openBrackets.isEmpty()) {
                throw error("f-string: unmatched '" + openBrackets.charAt(openBrackets.length() - 1) + "'");
            }
            if (i >= s.length()) {
                throw error("f-string: expecting '}'");
            }
            return i;
        }

        /** The source line and column of a body index. */
        private int[] positionOf(int index) {
            int line = bodyLine;
            int col = bodyCol;
            for (int k = 0; k < index; k++) {
                if (s.charAt(k) == '\n') {
                    line++;
                    col = 0;
                } else {
                    col++;
                }
            }
            return new int[]{line, col};
        }
    }
}
