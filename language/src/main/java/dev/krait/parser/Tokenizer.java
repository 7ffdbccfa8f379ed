package dev.krait.parser;

import java.math.BigInteger;
import java.text.Normalizer;
import java.util.ArrayDeque;

/**
 * Turns Python source into tokens on demand, following CPython 3.11's tokenizer: INDENT/DEDENT from a stack of
 * indentation columns (tabs to multiples of 8, checked against tabs-as-one-column for TabError), NEWLINE only at the
 * end of a logical line outside brackets, blank and comment-only lines ignored, backslash continuation. Errors carry
 * CPython's message and caret position. Tokens are produced lazily so that a parse error early in a file is reported
 * before a tokenizer error further on, as CPython does.
 */
public final class Tokenizer {
    /** CPython's MAXINDENT and MAXLEVEL. */
    private static final int MAX_INDENT = 100;
    private static final int MAX_BRACKETS = 200;
    private static final int EOF = -1;

    private final String src;
    private final String filename;
    private final int[] lineStarts;

    private int pos;
    private int line = 1;
    private int lineStart;
    private boolean atLineStart = true;
    private boolean tokensOnLogicalLine;
    private boolean finished;

    private final int[] indents = new int[MAX_INDENT + 1];
    private final int[] altIndents = new int[MAX_INDENT + 1];
    private int indentDepth;

    private final char[] brackets = new char[MAX_BRACKETS];
    private final int[] bracketLines = new int[MAX_BRACKETS];
    private final int[] bracketCols = new int[MAX_BRACKETS];
    private int bracketDepth;

    private final ArrayDeque<Token> pending = new ArrayDeque<>();

    public Tokenizer(String source, String filename) {
        String normalized = source.replace("\r\n", "\n").replace('\r', '\n');
        if (!normalized.isEmpty() && !normalized.endsWith("\n")) {
            // CPython appends the missing final newline before tokenizing a file.
            normalized += "\n";
        }
        this.src = normalized;
        this.filename = filename;
        int count = 1;
        for (int i = 0; i < src.length(); i++) {
            if (src.charAt(i) == '\n' && i + 1 < src.length()) {
                count++;
            }
        }
        lineStarts = new int[count];
        int n = 1;
        for (int i = 0; i < src.length(); i++) {
            if (src.charAt(i) == '\n' && i + 1 < src.length()) {
                lineStarts[n++] = i + 1;
            }
        }
    }

    public String filename() {
        return filename;
    }

    /** The text of a 1-based line without its newline, or null past the end. */
    public String lineText(int lineNo) {
        if (lineNo < 1 || lineNo > lineStarts.length) {
            return null;
        }
        int start = lineStarts[lineNo - 1];
        int end = src.indexOf('\n', start);
        return src.substring(start, end < 0 ? src.length() : end);
    }

    public int lineCount() {
        return lineStarts.length;
    }

    public int bracketDepth() {
        return bracketDepth;
    }

    public int innermostBracketLine() {
        return bracketLines[bracketDepth - 1];
    }

    /** The "'(' was never closed" error for the innermost bracket still open. */
    public PythonSyntaxError unclosedBracketError() {
        int l = bracketLines[bracketDepth - 1];
        int c = bracketCols[bracketDepth - 1];
        return new PythonSyntaxError("SyntaxError", "'" + brackets[bracketDepth - 1] + "' was never closed", filename,
                        l, c + 1, 0, lineText(l));
    }

    /** Reads every remaining token, so that a tokenizer error later in the file surfaces. */
    public void drain() {
        while (next().kind() != TokenKind.ENDMARKER) {
            // Only the errors matter.
        }
    }

    public Token next() {
        if (!pending.isEmpty()) {
            return pending.poll();
        }
        if (finished) {
            return new Token(TokenKind.ENDMARKER, "", null, line, 0, line, 0);
        }
        int commentStart = -1;
        while (true) {
            if (atLineStart && bracketDepth == 0) {
                atLineStart = false;
                if (measureIndentation()) {
                    return pending.poll();
                }
            }
            skipSpaces();
            int c = peekChar();
            if (c == '#') {
                commentStart = pos;
                while (peekChar() != '\n' && peekChar() != EOF) {
                    pos++;
                }
                continue;
            }
            if (c == EOF) {
                return endOfInput();
            }
            if (c == '\n') {
                // As in CPython, the NEWLINE after a comment starts where the comment does.
                int col = (commentStart >= 0 ? commentStart : pos) - lineStart;
                commentStart = -1;
                pos++;
                boolean emit = bracketDepth == 0 && tokensOnLogicalLine;
                Token t = new Token(TokenKind.NEWLINE, "\n", null, line, col, line, col + 1);
                newLine();
                if (emit) {
                    tokensOnLogicalLine = false;
                    return t;
                }
                continue;
            }
            if (c == '\\') {
                lineContinuation();
                continue;
            }
            tokensOnLogicalLine = true;
            return scanToken();
        }
    }

    private Token endOfInput() {
        if (bracketDepth > 0) {
            throw unclosedBracketError();
        }
        finished = true;
        // CPython places the end of input at the end of the last line.
        int endLine = lineStarts.length;
        int endCol = lineText(endLine).length();
        if (tokensOnLogicalLine) {
            tokensOnLogicalLine = false;
            pending.add(new Token(TokenKind.NEWLINE, "", null, line, pos - lineStart, line, pos - lineStart + 1));
        }
        for (; indentDepth > 0; indentDepth--) {
            pending.add(new Token(TokenKind.DEDENT, "", null, endLine, endCol, endLine, endCol));
        }
        pending.add(new Token(TokenKind.ENDMARKER, "", null, endLine, endCol, endLine, endCol));
        return pending.poll();
    }

    private void newLine() {
        line++;
        lineStart = pos;
        // Inside brackets a new line is a continuation: no indentation to measure.
        atLineStart = bracketDepth == 0;
    }

    private void lineContinuation() {
        int backslashCol = pos - lineStart;
        pos++;
        if (peekChar() != '\n') {
            throw error("unexpected character after line continuation character", backslashCol + 2);
        }
        pos++;
        int continuedLine = line;
        line++;
        lineStart = pos;
        if (peekChar() == EOF) {
            throw new PythonSyntaxError("SyntaxError", "unexpected EOF while parsing", filename, continuedLine,
                            backslashCol + 2, 0, lineText(continuedLine));
        }
    }

    /** Handles the indentation of a new logical line; true when INDENT or DEDENT tokens were queued. */
    private boolean measureIndentation() {
        int col = 0;
        int altCol = 0;
        while (true) {
            int c = peekChar();
            if (c == ' ') {
                col++;
                altCol++;
            } else if (c == '\t') {
                col = (col / 8 + 1) * 8;
                altCol++;
            } else if (c == '\f') {
                col = altCol = 0;
            } else {
                break;
            }
            pos++;
        }
        int c = peekChar();
        if (c == '#' || c == '\n' || c == EOF || c == '\\') {
            // Blank and comment-only lines do not take part in indentation.
            return false;
        }
        if (col == indents[indentDepth]) {
            if (altCol != altIndents[indentDepth]) {
                throw tabError();
            }
            return false;
        }
        if (col > indents[indentDepth]) {
            if (indentDepth + 1 >= MAX_INDENT) {
                throw new PythonSyntaxError("IndentationError", "too many levels of indentation", filename, line, 1,
                                0, lineText(line));
            }
            if (altCol <= altIndents[indentDepth]) {
                throw tabError();
            }
            indentDepth++;
            indents[indentDepth] = col;
            altIndents[indentDepth] = altCol;
            pending.add(new Token(TokenKind.INDENT, "", null, line, 0, line, pos - lineStart));
            return true;
        }
        while (indentDepth > 0 && col < indents[indentDepth]) {
            indentDepth--;
            pending.add(new Token(TokenKind.DEDENT, "", null, line, pos - lineStart, line, pos - lineStart));
        }
        if (col != indents[indentDepth]) {
            String text = lineText(line);
            throw new PythonSyntaxError("IndentationError", "unindent does not match any outer indentation level",
                            filename, line, text.length() + 1, 0, text);
        }
        if (altCol != altIndents[indentDepth]) {
            throw tabError();
        }
        return true;
    }

    private PythonSyntaxError tabError() {
        return new PythonSyntaxError("TabError", "inconsistent use of tabs and spaces in indentation", filename, line,
                        1, 0, lineText(line));
    }

    private void skipSpaces() {
        while (true) {
            int c = peekChar();
            if (c == ' ' || c == '\t' || c == '\f') {
                pos++;
            } else {
                return;
            }
        }
    }

    private int peekChar() {
        return pos < src.length() ? src.charAt(pos) : EOF;
    }

    /** Reads one character (EOF past the end), always advancing so that {@link #backup()} can undo it. */
    private int nextChar() {
        int c = peekChar();
        pos++;
        return c;
    }

    private void backup() {
        pos--;
    }

    /** An error with CPython's offset (its 1-based caret column) on the current line. */
    private PythonSyntaxError error(String message, int offset) {
        return new PythonSyntaxError("SyntaxError", message, filename, line, offset, 0, lineText(line));
    }

    /** An error whose caret is where the tokenizer stands, as CPython's tokenizer reports most of them. */
    private PythonSyntaxError errorHere(String message) {
        return error(message, pos - lineStart);
    }

    private Token make(TokenKind kind, int start, Object value) {
        return new Token(kind, src.substring(start, pos), value, line, start - lineStart, line, pos - lineStart);
    }

    private Token scanToken() {
        int start = pos;
        int c = peekChar();
        if (isDigit(c) || (c == '.' && pos + 1 < src.length() && isDigit(src.charAt(pos + 1)))) {
            return scanNumber();
        }
        if (isIdentifierStart(c)) {
            while (isIdentifierChar(peekChar())) {
                pos++;
            }
            int q = peekChar();
            if ((q == '\'' || q == '"') && isStringPrefix(src.substring(start, pos))) {
                return scanString(start);
            }
            return scanName(start);
        }
        if (c == '\'' || c == '"') {
            return scanString(start);
        }
        return scanOperator();
    }

    private static boolean isStringPrefix(String prefix) {
        return switch (prefix.toLowerCase()) {
            case "r", "u", "b", "f", "br", "rb", "fr", "rf" -> true;
            default -> false;
        };
    }

    private Token scanName(int start) {
        String name = src.substring(start, pos);
        boolean ascii = true;
        for (int i = 0; i < name.length(); i++) {
            if (name.charAt(i) >= 128) {
                ascii = false;
                break;
            }
        }
        if (!ascii) {
            for (int i = 0; i < name.length();) {
                int cp = name.codePointAt(i);
                boolean valid = i == 0 ? (Character.isUnicodeIdentifierStart(cp) || cp == '_')
                                : Character.isUnicodeIdentifierPart(cp) && !Character.isIdentifierIgnorable(cp);
                if (!valid) {
                    pos = start + i;
                    throw invalidCharacter(cp);
                }
                i += Character.charCount(cp);
            }
            name = Normalizer.normalize(name, Normalizer.Form.NFKC);
        }
        return new Token(TokenKind.NAME, name, null, line, start - lineStart, line, pos - lineStart);
    }

    private PythonSyntaxError invalidCharacter(int cp) {
        String shown = new String(Character.toChars(cp));
        return error(String.format("invalid character '%s' (U+%04X)", shown, cp), pos - lineStart + 1);
    }

    private Token scanOperator() {
        int start = pos;
        int c = peekChar();
        switch (c) {
            case '(', '[', '{' -> {
                if (bracketDepth >= MAX_BRACKETS) {
                    pos++;
                    throw errorHere("too many nested parentheses");
                }
                brackets[bracketDepth] = (char) c;
                bracketLines[bracketDepth] = line;
                bracketCols[bracketDepth] = pos - lineStart;
                bracketDepth++;
                pos++;
                return make(TokenKind.OP, start, null);
            }
            case ')', ']', '}' -> {
                pos++;
                if (bracketDepth == 0) {
                    throw errorHere("unmatched '" + (char) c + "'");
                }
                bracketDepth--;
                char opening = brackets[bracketDepth];
                if ("([{".indexOf(opening) != ")]}".indexOf(c)) {
                    String message = "closing parenthesis '" + (char) c + "' does not match opening parenthesis '" + opening + "'";
                    if (bracketLines[bracketDepth] != line) {
                        message += " on line " + bracketLines[bracketDepth];
                    }
                    throw errorHere(message);
                }
                return make(TokenKind.OP, start, null);
            }
            default -> {
            }
        }
        if (c >= 128) {
            throw invalidCharacter(src.codePointAt(pos));
        }
        for (int len = 3; len >= 1; len--) {
            if (pos + len <= src.length() && isOperator(src.substring(pos, pos + len))) {
                pos += len;
                return make(TokenKind.OP, start, null);
            }
        }
        // A stray character such as '$' or '?': the parser rejects it with "invalid syntax".
        pos++;
        return make(TokenKind.OP, start, null);
    }

    private static boolean isOperator(String s) {
        return switch (s) {
            case "**=", "//=", ">>=", "<<=", "...", "**", "//", ">>", "<<", "<=", ">=", "==", "!=", "->", ":=", "+=",
                            "-=", "*=", "/=", "%=", "&=", "|=", "^=", "@=", "+", "-", "*", "/", "%", "@", "&", "|", "^",
                            "~", "<", ">", ",", ":", ";", ".", "=" -> true;
            default -> false;
        };
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isHexDigit(int c) {
        return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    private static boolean isIdentifierStart(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 128;
    }

    private static boolean isIdentifierChar(int c) {
        return isIdentifierStart(c) || isDigit(c);
    }

    // ---- numbers, following the structure of CPython's tokenizer so that errors land on the same column ----

    private Token scanNumber() {
        int start = pos;
        int c = nextChar();
        if (c == '.') {
            c = nextChar();
            c = fraction(c);
            return finishFloat(start, c);
        }
        if (c == '0') {
            c = nextChar();
            if (c == 'x' || c == 'X') {
                radixDigits(16, "hexadecimal");
                return finishInt(start, 16);
            } else if (c == 'o' || c == 'O') {
                radixDigits(8, "octal");
                return finishInt(start, 8);
            } else if (c == 'b' || c == 'B') {
                radixDigits(2, "binary");
                return finishInt(start, 2);
            }
            boolean nonZero = false;
            while (true) {
                if (c == '_') {
                    c = nextChar();
                    if (!isDigit(c)) {
                        backup();
                        throw errorHere("invalid decimal literal");
                    }
                }
                if (c != '0') {
                    break;
                }
                c = nextChar();
            }
            int zerosEnd = pos;
            if (isDigit(c)) {
                nonZero = true;
                c = decimalTail();
            }
            if (c == '.') {
                c = fraction(nextChar());
                return finishFloat(start, c);
            } else if (c == 'e' || c == 'E') {
                c = exponent(c);
                return finishFloat(start, c);
            } else if (c == 'j' || c == 'J') {
                return imaginary(start);
            } else if (nonZero) {
                throw new PythonSyntaxError("SyntaxError",
                                "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
                                filename, line, start - lineStart + 1, zerosEnd - 1 - lineStart + 1, lineText(line));
            }
            verifyEndOfNumber(c, "decimal");
            backup();
            return make(TokenKind.NUMBER, start, 0L);
        }
        c = decimalTail();
        if (c == '.') {
            c = fraction(nextChar());
            return finishFloat(start, c);
        }
        if (c == 'e' || c == 'E') {
            c = exponent(c);
            return finishFloat(start, c);
        }
        if (c == 'j' || c == 'J') {
            return imaginary(start);
        }
        verifyEndOfNumber(c, "decimal");
        backup();
        return finishInt(start, 10);
    }

    /** Digits (with single underscores between them) after the first digit; returns the first char after them. */
    private int decimalTail() {
        while (true) {
            int c;
            do {
                c = nextChar();
            } while (isDigit(c));
            if (c != '_') {
                return c;
            }
            c = nextChar();
            if (!isDigit(c)) {
                backup();
                throw errorHere("invalid decimal literal");
            }
        }
    }

    /** Called with the first char after the '.'; returns the first char after the float's digits. */
    private int fraction(int c) {
        if (isDigit(c)) {
            c = decimalTail();
        }
        if (c == 'e' || c == 'E') {
            c = exponent(c);
        }
        return c;
    }

    private int exponent(int e) {
        int c = nextChar();
        if (c == '+' || c == '-') {
            c = nextChar();
            if (!isDigit(c)) {
                backup();
                throw errorHere("invalid decimal literal");
            }
        } else if (!isDigit(c)) {
            backup();
            verifyEndOfNumber(e, "decimal");
            // "1e" followed by a keyword such as "else": the number ends before the 'e'.
            backup();
            return nextChar();
        }
        return decimalTail();
    }

    private Token finishFloat(int start, int c) {
        if (c == 'j' || c == 'J') {
            return imaginary(start);
        }
        verifyEndOfNumber(c, "decimal");
        backup();
        String digits = src.substring(start, pos).replace("_", "");
        return make(TokenKind.NUMBER, start, Double.parseDouble(digits));
    }

    private Token imaginary(int start) {
        int c = nextChar();
        verifyEndOfNumber(c, "imaginary");
        backup();
        pos = start;
        throw new PythonSyntaxError("SyntaxError", "imaginary literals are not supported", filename, line,
                        start - lineStart + 1, 0, lineText(line));
    }

    private void radixDigits(int radix, String kind) {
        int c = nextChar();
        do {
            if (c == '_') {
                c = nextChar();
            }
            if (!isRadixDigit(c, radix)) {
                if (radix != 16 && isDigit(c)) {
                    throw errorHere("invalid digit '" + (char) c + "' in " + kind + " literal");
                }
                backup();
                throw errorHere("invalid " + kind + " literal");
            }
            do {
                c = nextChar();
            } while (isRadixDigit(c, radix));
        } while (c == '_');
        if (radix != 16 && isDigit(c)) {
            throw errorHere("invalid digit '" + (char) c + "' in " + kind + " literal");
        }
        verifyEndOfNumber(c, kind);
        backup();
    }

    private static boolean isRadixDigit(int c, int radix) {
        return switch (radix) {
            case 16 -> isHexDigit(c);
            case 8 -> c >= '0' && c <= '7';
            default -> c == '0' || c == '1';
        };
    }

    private Token finishInt(int start, int radix) {
        String text = src.substring(start, pos).replace("_", "");
        if (radix != 10) {
            text = text.substring(2);
        }
        BigInteger big = new BigInteger(text, radix);
        Object value = big.bitLength() < 64 ? (Object) big.longValue() : big;
        return make(TokenKind.NUMBER, start, value);
    }

    /**
     * A number directly followed by letters is an error, except before the keywords that may follow a number in
     * valid code ("1if x else y"), which CPython 3.11 only warns about.
     */
    private void verifyEndOfNumber(int c, String kind) {
        boolean keywordFollows = switch (c) {
            case 'a' -> lookahead("nd");
            case 'e' -> lookahead("lse");
            case 'f' -> lookahead("or");
            case 'o' -> lookahead("r");
            case 'n' -> lookahead("ot");
            case 'i' -> {
                int c2 = peekChar();
                yield c2 == 'f' || c2 == 'n' || c2 == 's';
            }
            default -> false;
        };
        if (!keywordFollows && isIdentifierChar(c)) {
            backup();
            throw errorHere("invalid " + kind + " literal");
        }
    }

    private boolean lookahead(String rest) {
        if (!src.startsWith(rest, pos)) {
            return false;
        }
        int after = pos + rest.length();
        return !isIdentifierChar(after < src.length() ? src.charAt(after) : EOF);
    }

    // ---- strings ----

    private Token scanString(int start) {
        int startLine = line;
        int startLineStart = lineStart;
        char quote = src.charAt(pos);
        int quoteSize = 1;
        int endQuoteSize = 0;
        pos++;
        if (peekChar() == quote) {
            pos++;
            if (peekChar() == quote) {
                pos++;
                quoteSize = 3;
            } else {
                endQuoteSize = 1;
            }
        }
        while (endQuoteSize != quoteSize) {
            int c = nextChar();
            if (c == EOF || (quoteSize == 1 && c == '\n')) {
                int detectedAt = c == EOF ? lineStarts.length : line;
                String message = quoteSize == 3 ? "unterminated triple-quoted string literal (detected at line "
                                : "unterminated string literal (detected at line ";
                throw new PythonSyntaxError("SyntaxError", message + detectedAt + ")", filename, startLine,
                                start - startLineStart + 1, 0, lineText(startLine));
            }
            if (c == quote) {
                endQuoteSize++;
            } else {
                endQuoteSize = 0;
                if (c == '\\') {
                    c = nextChar();
                }
                if (c == '\n') {
                    line++;
                    lineStart = pos;
                }
            }
        }
        return new Token(TokenKind.STRING, src.substring(start, pos), null, startLine, start - startLineStart, line,
                        pos - lineStart);
    }
}
