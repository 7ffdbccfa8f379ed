package dev.krait.parser;

import dev.krait.ast.Alias;
import dev.krait.ast.Arguments;
import dev.krait.ast.Arguments.Arg;
import dev.krait.ast.CompareOperator;
import dev.krait.ast.Comprehension;
import dev.krait.ast.ExceptHandler;
import dev.krait.ast.Expr;
import dev.krait.ast.Keyword;
import dev.krait.ast.Module;
import dev.krait.ast.Node;
import dev.krait.ast.Operator;
import dev.krait.ast.Span;
import dev.krait.ast.Stmt;
import dev.krait.ast.UnaryOperator;
import dev.krait.ast.WithItem;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * A recursive-descent parser for Python 3.11 (without match, async/await and type parameters) that builds the
 * immutable tree of {@code dev.krait.ast}. It follows CPython's grammar (Grammar/python.gram) rule by rule for
 * precedence and node positions, and reproduces the specific error messages of its "invalid_" rules for the common
 * mistakes.
 */
public final class Parser {
    /**
     * Nesting of expressions deeper than this is refused, as by CPython's parser (MemoryError when its stack of
     * 6000 rule calls is full), before it can exhaust the Java stack. Nesting above CPython's compile-time limit
     * (3000) but below this one parses and is refused by the scope analysis with RecursionError, as in CPython.
     */
    private static final int MAX_NESTING = 5000;

    private static final Set<String> KEYWORDS = Set.of("False", "None", "True", "and", "as", "assert", "async",
                    "await", "break", "class", "continue", "def", "del", "elif", "else", "except", "finally", "for",
                    "from", "global", "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise",
                    "return", "try", "while", "with", "yield");

    private final Tokenizer tokenizer;
    private final String filename;
    private final List<Token> tokens = new ArrayList<>();
    private PythonSyntaxError tokenizerError;
    private int pos;
    /** The furthest token looked at: CPython reports a plain "invalid syntax" there. */
    private int furthest;
    private int nesting;
    /** How many brackets enclose the current position: CPython suggests a missing comma only inside them. */
    private int bracketLevel;
    /** Expressions written inside parentheses: they matter for annotation targets and some error messages. */
    private final Set<Expr> parenthesized = Collections.newSetFromMap(new IdentityHashMap<>());

    /**
     * For the parser of an f-string replacement field: where the field's text starts in the real source, so that
     * nodes get real positions. The sub-source is "(" + text + ")", hence the column shift of one.
     */
    private final int baseLine;
    private final int baseCol;

    private Parser(String source, String filename, int baseLine, int baseCol) {
        this.tokenizer = new Tokenizer(source, filename);
        this.filename = filename;
        this.baseLine = baseLine;
        this.baseCol = baseCol;
    }

    /** Parses a whole file. */
    public static Module parse(String source, String filename) {
        Parser p = new Parser(source, filename, 1, 0);
        return p.guarded(p::fileInput);
    }

    /**
     * Parses one input of the interactive prompt, deciding like CPython's interactive tokenizer whether it is
     * complete: an open bracket, string or line continuation needs more lines; so does a compound statement until
     * a blank line ends it. Needing more is a {@link PythonSyntaxError} with {@code isIncompleteInput()} set.
     */
    public static Module parseInteractive(String source, String filename) {
        Parser p = new Parser(source, filename, 1, 0);
        boolean endsWithBlankLine = endsWithBlankLine(source);
        Module module;
        try {
            module = p.guarded(p::fileInput);
        } catch (PythonSyntaxError e) {
            String message = e.getMessage();
            boolean openAtEnd = message.endsWith("was never closed") || message.startsWith("unterminated triple-quoted string")
                            || message.equals("unexpected EOF while parsing");
            boolean stoppedAtEnd = p.tokenizerError == null && p.onlyEndTokensFrom(Math.min(p.furthest, p.tokens.size() - 1));
            if (openAtEnd || (stoppedAtEnd && !endsWithBlankLine)) {
                throw e.markIncomplete();
            }
            throw e;
        }
        List<Stmt> body = module.body();
        if (body.isEmpty()) {
            // Only comments wait for more, as CPython's prompt does; a blank line is an empty input.
            if (!endsWithBlankLine && !source.isBlank()) {
                throw new PythonSyntaxError("incomplete input", filename, 1, 1, "").markIncomplete();
            }
            return module;
        }
        if (isCompound(body.get(0))) {
            if (body.size() > 1) {
                // One interactive input is one statement: a line after a block must wait for the next prompt.
                Span next = body.get(1).span();
                Token first = p.tokens.stream().filter(t -> t.line() == next.line() && t.col() == next.col() && t.kind() != TokenKind.DEDENT)
                                .findFirst().orElseThrow();
                throw p.errorAt(first, "invalid syntax");
            }
            if (!endsWithBlankLine) {
                throw new PythonSyntaxError("incomplete input", filename, 1, 1, "").markIncomplete();
            }
        }
        return module;
    }

    /** Whether the parser stopped at token {@code index} because the input ended: only block ends follow. */
    private boolean onlyEndTokensFrom(int index) {
        try {
            while (tokens.get(tokens.size() - 1).kind() != TokenKind.ENDMARKER) {
                tokens.add(fetch());
            }
        } catch (PythonSyntaxError e) {
            return false;
        }
        if (tokens.get(index).kind() == TokenKind.NEWLINE) {
            // The parser wanted more on a line that has ended: an error at that line, not a request for more.
            return false;
        }
        for (int i = index; i < tokens.size(); i++) {
            switch (tokens.get(i).kind()) {
                case NEWLINE, DEDENT, ENDMARKER -> {
                }
                default -> {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean endsWithBlankLine(String source) {
        String withoutNewline = source.endsWith("\n") ? source.substring(0, source.length() - 1) : source;
        int lastLine = withoutNewline.lastIndexOf('\n');
        return lastLine >= 0 ? withoutNewline.substring(lastLine + 1).isBlank() : withoutNewline.isBlank();
    }

    private static boolean isCompound(Stmt stmt) {
        return switch (stmt) {
            case Stmt.If s -> true;
            case Stmt.While s -> true;
            case Stmt.For s -> true;
            case Stmt.Try s -> true;
            case Stmt.With s -> true;
            case Stmt.FunctionDef s -> true;
            case Stmt.ClassDef s -> true;
            default -> false;
        };
    }

    /** Parses the argument of eval(): an expression list, optionally surrounded by blank lines. */
    public static Expr parseExpression(String source, String filename) {
        Parser p = new Parser(source, filename, 1, 0);
        return p.guarded(() -> p.evalInput(false));
    }

    /** Parses the text of an f-string replacement field, wrapped in parentheses, whose '(' stands at line:col. */
    static Expr parseFStringField(String wrappedText, String filename, int line, int col) {
        Parser p = new Parser(wrappedText, filename, line, col);
        return p.guarded(() -> p.evalInput(true));
    }

    private interface Rule<T> {
        T parse();
    }

    private <T> T guarded(Rule<T> rule) {
        try {
            return rule.parse();
        } catch (PythonSyntaxError e) {
            throw preferTokenizerError(e);
        } catch (StackOverflowError e) {
            throw parserStackFull();
        }
    }

    /**
     * As CPython, a parser error gives way to a tokenizer error further on in the file, and to a bracket left open
     * when the parser had already read past the line that opened it.
     */
    private PythonSyntaxError preferTokenizerError(PythonSyntaxError parserError) {
        if (tokenizerError != null || parserError.getMessage().equals("unexpected indent")) {
            return parserError;
        }
        int furthestLine = tokens.isEmpty() ? 1 : tokens.get(Math.min(furthest, tokens.size() - 1)).line();
        try {
            tokenizer.drain();
        } catch (PythonSyntaxError later) {
            if (later.getMessage().endsWith("was never closed")) {
                return mapLine(tokenizer.innermostBracketLine()) >= furthestLine ? parserError : later;
            }
            // Indentation, line continuation and end-of-file problems are only status codes in CPython's tokenizer
            // and do not replace an error already found.
            boolean statusOnly = !later.typeName.equals("SyntaxError") || later.getMessage().startsWith("unexpected ");
            return statusOnly ? parserError : later;
        }
        return parserError;
    }

    // ---- token access ----

    private Token fetch() {
        if (tokenizerError != null) {
            throw tokenizerError;
        }
        try {
            Token t = tokenizer.next();
            if (baseLine != 1 || baseCol != 0) {
                t = new Token(t.kind(), t.text(), t.value(), mapLine(t.line()), mapCol(t.line(), t.col()),
                                mapLine(t.endLine()), mapCol(t.endLine(), t.endCol()));
            }
            return t;
        } catch (PythonSyntaxError e) {
            tokenizerError = e;
            throw e;
        }
    }

    private int mapLine(int line) {
        return baseLine + line - 1;
    }

    private int mapCol(int line, int col) {
        return line == 1 ? baseCol + col : col;
    }

    private Token peek() {
        return peek(0);
    }

    private Token peek(int ahead) {
        while (tokens.size() <= pos + ahead) {
            tokens.add(fetch());
        }
        furthest = Math.max(furthest, pos + ahead);
        return tokens.get(pos + ahead);
    }

    private Token advance() {
        Token t = peek();
        pos++;
        return t;
    }

    private boolean atOp(String op) {
        return peek().isOp(op);
    }

    private boolean atKeyword(String kw) {
        return peek().is(TokenKind.NAME, kw);
    }

    private boolean at(TokenKind kind) {
        return peek().kind() == kind;
    }

    private boolean acceptOp(String op) {
        if (atOp(op)) {
            pos++;
            return true;
        }
        return false;
    }

    private boolean acceptKeyword(String kw) {
        if (atKeyword(kw)) {
            pos++;
            return true;
        }
        return false;
    }

    private Token expectOp(String op) {
        if (!atOp(op)) {
            throw invalidSyntax();
        }
        return advance();
    }

    private void expectKeyword(String kw) {
        if (!atKeyword(kw)) {
            throw invalidSyntax();
        }
        pos++;
    }

    private static boolean isKeyword(Token t) {
        return t.kind() == TokenKind.NAME && KEYWORDS.contains(t.text());
    }

    private boolean atName() {
        return at(TokenKind.NAME) && !isKeyword(peek());
    }

    private Token expectName() {
        if (!atName()) {
            throw invalidSyntax();
        }
        return advance();
    }

    // ---- spans and errors ----

    /** The last token consumed, not counting the NEWLINE, INDENT and DEDENT tokens that end blocks. */
    private Token lastSignificant() {
        int i = pos - 1;
        while (i > 0 && switch (tokens.get(i).kind()) {
            case NEWLINE, INDENT, DEDENT -> true;
            default -> false;
        }) {
            i--;
        }
        return tokens.get(i);
    }

    /** From the start of token {@code start} to the end of the last token consumed. */
    private Span spanFrom(Token start) {
        Token end = lastSignificant();
        return new Span(start.line(), start.col(), end.endLine(), end.endCol());
    }

    private Span spanFrom(Node start) {
        Token end = lastSignificant();
        Span s = start.span();
        return new Span(s.line(), s.col(), end.endLine(), end.endCol());
    }

    private static Span spanOf(Token t) {
        return new Span(t.line(), t.col(), t.endLine(), t.endCol());
    }

    /** CPython's 1-based caret column for a 0-based column, in the coordinates of this parser's own source. */
    private int offsetOf(int line, int col) {
        return (line == baseLine ? col - baseCol : col) + 1;
    }

    private int sourceLine(int line) {
        return line - baseLine + 1;
    }

    private String messagePrefix() {
        return baseLine == 1 && baseCol == 0 ? "" : "f-string: ";
    }

    PythonSyntaxError errorAt(Token t, String message) {
        if (t.kind() == TokenKind.INDENT && message.equals("invalid syntax")) {
            return new PythonSyntaxError("IndentationError", "unexpected indent", filename, t.line(), t.endCol(), -1,
                            tokenizer.lineText(sourceLine(t.line())));
        }
        return new PythonSyntaxError("SyntaxError", messagePrefix() + message, filename, t.line(),
                        offsetOf(t.line(), t.col()), offsetOf(t.endLine(), t.endCol()),
                        tokenizer.lineText(sourceLine(t.line())));
    }

    PythonSyntaxError errorAt(Span s, String message) {
        return new PythonSyntaxError("SyntaxError", messagePrefix() + message, filename, s.line(),
                        offsetOf(s.line(), s.col()), s.endLine() == s.line() ? offsetOf(s.endLine(), s.endCol()) : 0,
                        tokenizer.lineText(sourceLine(s.line())));
    }

    private PythonSyntaxError invalidSyntax() {
        peek();
        return errorAt(tokens.get(furthest), "invalid syntax");
    }

    /** The location CPython gives errors found while decoding strings: the token after the last string. */
    PythonSyntaxError errorAfterStrings(String message) {
        return errorAt(peek(), message);
    }

    String filename() {
        return filename;
    }

    /** CPython's parser reports running out of its stack as a bare MemoryError. */
    private PythonSyntaxError parserStackFull() {
        return new PythonSyntaxError("MemoryError", "", filename, 0, 0, 0, null);
    }

    private void enterNesting() {
        if (++nesting > MAX_NESTING) {
            throw parserStackFull();
        }
    }

    // ---- top level ----

    private Module fileInput() {
        List<Stmt> body = new ArrayList<>();
        while (!at(TokenKind.ENDMARKER)) {
            statement(body);
        }
        Span span = body.isEmpty() ? new Span(1, 0, 1, 0) : Span.between(body.get(0).span(), body.get(body.size() - 1).span());
        return new Module(body, span);
    }

    /** eval's input (expressions, no starred item) or an f-string field's (star_expressions). */
    private Expr evalInput(boolean allowStarred) {
        while (at(TokenKind.NEWLINE)) {
            advance();
        }
        if (!allowStarred && atOp("*")) {
            throw invalidSyntax();
        }
        Expr e = allowStarred ? starExpressions() : expressions();
        while (at(TokenKind.NEWLINE)) {
            advance();
        }
        if (!at(TokenKind.ENDMARKER)) {
            throw invalidSyntax();
        }
        return e;
    }

    // ---- statements ----

    private void statement(List<Stmt> out) {
        Token t = peek();
        if (t.kind() == TokenKind.NAME) {
            Stmt compound = switch (t.text()) {
                case "def" -> functionDef(new ArrayList<>(), null);
                case "class" -> classDef(new ArrayList<>(), null);
                case "if" -> ifStatement();
                case "while" -> whileStatement();
                case "for" -> forStatement();
                case "try" -> tryStatement();
                case "with" -> withStatement();
                default -> null;
            };
            if (compound != null) {
                out.add(compound);
                return;
            }
        } else if (t.isOp("@")) {
            out.add(decorated());
            return;
        }
        simpleStatements(out);
    }

    private void simpleStatements(List<Stmt> out) {
        while (true) {
            out.add(simpleStatement());
            if (!acceptOp(";")) {
                break;
            }
            if (at(TokenKind.NEWLINE)) {
                break;
            }
        }
        if (!at(TokenKind.NEWLINE)) {
            throw invalidSyntax();
        }
        advance();
    }

    private Stmt simpleStatement() {
        Token start = peek();
        if (start.kind() == TokenKind.NAME) {
            switch (start.text()) {
                case "pass" -> {
                    advance();
                    return new Stmt.Pass(spanOf(start));
                }
                case "break" -> {
                    advance();
                    return new Stmt.Break(spanOf(start));
                }
                case "continue" -> {
                    advance();
                    return new Stmt.Continue(spanOf(start));
                }
                case "return" -> {
                    advance();
                    Expr value = atExpressionStart() || atOp("*") ? starExpressions() : null;
                    return new Stmt.Return(value, spanFrom(start));
                }
                case "raise" -> {
                    return raiseStatement();
                }
                case "global", "nonlocal" -> {
                    advance();
                    List<String> names = new ArrayList<>();
                    do {
                        names.add(expectName().text());
                    } while (acceptOp(","));
                    return start.text().equals("global") ? new Stmt.Global(names, spanFrom(start))
                                    : new Stmt.Nonlocal(names, spanFrom(start));
                }
                case "del" -> {
                    return delStatement();
                }
                case "assert" -> {
                    advance();
                    Expr test = expression();
                    Expr msg = acceptOp(",") ? expression() : null;
                    return new Stmt.Assert(test, msg, spanFrom(start));
                }
                case "import" -> {
                    return importStatement();
                }
                case "from" -> {
                    return fromImportStatement();
                }
                default -> {
                }
            }
        }
        return expressionStatement();
    }

    private Stmt raiseStatement() {
        Token start = advance();
        Expr exc = null;
        Expr cause = null;
        if (atExpressionStart()) {
            exc = expression();
            if (acceptKeyword("from")) {
                cause = expression();
            }
        }
        return new Stmt.Raise(exc, cause, spanFrom(start));
    }

    private Stmt delStatement() {
        Token start = advance();
        List<Expr> targets = new ArrayList<>();
        do {
            if (!atExpressionStart() && !atOp("*")) {
                break;
            }
            Expr target = starExpression();
            checkTarget(target, TargetKind.DELETE);
            targets.add(target);
        } while (acceptOp(","));
        if (targets.isEmpty() || !(at(TokenKind.NEWLINE) || atOp(";"))) {
            throw invalidSyntax();
        }
        return new Stmt.Delete(targets, spanFrom(start));
    }

    private Stmt importStatement() {
        Token start = advance();
        List<Alias> names = new ArrayList<>();
        do {
            Token nameStart = peek();
            String name = dottedName();
            String asName = acceptKeyword("as") ? expectName().text() : null;
            names.add(new Alias(name, asName, spanFrom(nameStart)));
        } while (acceptOp(","));
        return new Stmt.Import(names, spanFrom(start));
    }

    private String dottedName() {
        StringBuilder name = new StringBuilder(expectName().text());
        while (acceptOp(".")) {
            name.append('.').append(expectName().text());
        }
        return name.toString();
    }

    private Stmt fromImportStatement() {
        Token start = advance();
        int level = 0;
        while (atOp(".") || atOp("...")) {
            level += advance().text().length();
        }
        String module = null;
        if (level == 0 || !atKeyword("import")) {
            module = dottedName();
        }
        expectKeyword("import");
        List<Alias> names = new ArrayList<>();
        if (atOp("*")) {
            Token star = advance();
            names.add(new Alias("*", null, spanOf(star)));
        } else if (acceptOp("(")) {
            importAliases(names);
            while (acceptOp(",") && !atOp(")")) {
                importAliases(names);
            }
            expectOp(")");
        } else {
            importAliases(names);
            while (acceptOp(",")) {
                if (at(TokenKind.NEWLINE)) {
                    throw errorAt(peek(), "trailing comma not allowed without surrounding parentheses");
                }
                importAliases(names);
            }
        }
        return new Stmt.ImportFrom(module, names, level, spanFrom(start));
    }

    private void importAliases(List<Alias> names) {
        Token nameStart = expectName();
        String asName = acceptKeyword("as") ? expectName().text() : null;
        names.add(new Alias(nameStart.text(), asName, spanFrom(nameStart)));
    }

    /** Expression statements, assignments of every kind. */
    private Stmt expressionStatement() {
        Token start = peek();
        if (atKeyword("yield")) {
            Expr value = yieldExpression();
            if (atOp("=")) {
                throw errorAt(value.span(), "assignment to yield expression not possible");
            }
            return new Stmt.ExprStmt(value, spanFrom(start));
        }
        if (!atExpressionStart() && !atOp("*")) {
            throw invalidSyntax();
        }
        Expr first = starExpressions();
        if (first instanceof Expr.TupleExpr && !parenthesized.contains(first) && atExpressionStart()) {
            strayAssignmentAfterTuple();
        }
        if (atOp(":")) {
            return annotatedAssignment(start, first);
        }
        if (atOp("=")) {
            return assignment(start, first);
        }
        Operator augmented = augmentedOperator(peek());
        if (augmented != null) {
            if (!(first instanceof Expr.Name || first instanceof Expr.Attribute || first instanceof Expr.Subscript)) {
                throw errorAt(first.span(), "'" + expressionName(first) + "' is an illegal expression for augmented assignment");
            }
            advance();
            Expr value = atKeyword("yield") ? yieldExpression() : starExpressions();
            return new Stmt.AugAssign(first, augmented, value, spanFrom(start));
        }
        if (first instanceof Expr.Name name && (name.id().equals("print") || name.id().equals("exec"))
                        && atExpressionStart() && !parenthesized.contains(first)) {
            Expr rest = starExpressions();
            throw errorAt(Span.between(first.span(), rest.span()), "Missing parentheses in call to '" + name.id()
                            + "'. Did you mean " + name.id() + "(...)?");
        }
        return new Stmt.ExprStmt(first, spanFrom(start));
    }

    /**
     * "a, b c = d": CPython tries what follows the tuple as more tuple elements, and meets "c = d" as a mistaken
     * assignment expression. Only that suggestion is raised here; the caller reports anything else.
     */
    private void strayAssignmentAfterTuple() {
        int mark = pos;
        int markFurthest = furthest;
        try {
            Expr juxtaposed = expression();
            if (atOp("=")) {
                strayAssignment(juxtaposed);
            }
        } catch (PythonSyntaxError e) {
            if (tokenizerError != null || e.getMessage().contains("Maybe you meant")) {
                throw e;
            }
        }
        pos = mark;
        furthest = markFurthest;
    }

    private Stmt annotatedAssignment(Token start, Expr target) {
        Token colon = advance();
        boolean validTarget = target instanceof Expr.Name || target instanceof Expr.Attribute
                        || target instanceof Expr.Subscript;
        if (!validTarget && !atExpressionStart()) {
            // CPython's first pass stopped at the colon, and reports there.
            throw errorAt(colon, "invalid syntax");
        }
        Expr annotation = expression();
        if (target instanceof Expr.TupleExpr || target instanceof Expr.ListExpr) {
            String kind = target instanceof Expr.TupleExpr ? "tuple" : "list";
            throw errorAt(target.span(), "only single target (not " + kind + ") can be annotated");
        }
        if (!validTarget) {
            throw errorAt(target.span(), "illegal target for annotation");
        }
        Expr value = null;
        if (acceptOp("=")) {
            value = atKeyword("yield") ? yieldExpression() : starExpressions();
        }
        boolean simple = target instanceof Expr.Name && !parenthesized.contains(target);
        return new Stmt.AnnAssign(target, annotation, value, simple, spanFrom(start));
    }

    private Stmt assignment(Token start, Expr first) {
        List<Expr> chain = new ArrayList<>();
        chain.add(first);
        while (acceptOp("=")) {
            if (!atExpressionStart() && !atOp("*") && !atKeyword("yield")) {
                // "a = f() =": every expression before a '=' is a target and is checked first.
                for (Expr target : chain) {
                    checkTarget(target, TargetKind.STORE);
                }
                throw invalidSyntax();
            }
            if (atKeyword("yield")) {
                chain.add(yieldExpression());
                if (atOp("=")) {
                    throw errorAt(chain.get(chain.size() - 1).span(), "assignment to yield expression not possible");
                }
            } else {
                chain.add(starExpressions());
            }
        }
        List<Expr> targets = chain.subList(0, chain.size() - 1);
        Expr value = chain.get(chain.size() - 1);
        if (targets.stream().anyMatch(target -> !isValidTarget(target, TargetKind.STORE))) {
            suggestEqualityInstead(chain);
        }
        for (Expr target : targets) {
            checkTarget(target, TargetKind.STORE);
        }
        return new Stmt.Assign(new ArrayList<>(targets), value, spanFrom(start));
    }

    /**
     * CPython's invalid_named_expression, tried when an assignment chain has an invalid target: when it starts with
     * {@code a = b} where a and the beginning of b are bitwise-or expressions and b is not followed by another '=',
     * CPython takes it for a comparison and suggests '=='. It does not apply when a starts with a tuple, list or
     * generator display, or with True, False or None.
     */
    private void suggestEqualityInstead(List<Expr> chain) {
        Expr target = chain.get(0);
        Expr next = chain.get(1);
        boolean nextEndsBeforeEquals = !isBitwiseLevel(next) || chain.size() == 2;
        if (!startsWithBitwiseOr(next) || !nextEndsBeforeEquals) {
            return;
        }
        Expr candidate = target;
        if (target instanceof Expr.TupleExpr tuple && !parenthesized.contains(target) && !tuple.elements().isEmpty()) {
            // "a, f() = 1": CPython meets "f() = 1" while trying the tuple elements.
            candidate = tuple.elements().get(tuple.elements().size() - 1);
        }
        if (candidate instanceof Expr.Name && !parenthesized.contains(candidate)) {
            throw errorAt(Span.between(candidate.span(), next.span()),
                            "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
        }
        if (!isBitwiseLevel(candidate)) {
            return;
        }
        Expr leftmost = leftmostAtom(candidate);
        if (leftmost instanceof Expr.TupleExpr || leftmost instanceof Expr.ListExpr || leftmost instanceof Expr.GeneratorExp
                        || leftmost instanceof Expr.BoolLiteral || leftmost instanceof Expr.NoneLiteral) {
            return;
        }
        throw errorAt(candidate.span(), "cannot assign to " + expressionName(candidate)
                        + " here. Maybe you meant '==' instead of '='?");
    }

    /** Whether a bitwise-or expression can be read at the start of e. */
    private boolean startsWithBitwiseOr(Expr e) {
        if (parenthesized.contains(e)) {
            return true;
        }
        return switch (e) {
            case Expr.Yield y -> false;
            case Expr.YieldFrom y -> false;
            case Expr.Lambda l -> false;
            case Expr.Starred s -> false;
            case Expr.UnaryOp u -> u.op() != UnaryOperator.NOT;
            case Expr.TupleExpr t -> !t.elements().isEmpty() && startsWithBitwiseOr(t.elements().get(0));
            case Expr.BoolOp b -> startsWithBitwiseOr(b.values().get(0));
            case Expr.IfExp i -> startsWithBitwiseOr(i.body());
            default -> true;
        };
    }

    private boolean isBitwiseLevel(Expr e) {
        if (parenthesized.contains(e)) {
            return true;
        }
        return !(e instanceof Expr.Compare || e instanceof Expr.BoolOp || e instanceof Expr.IfExp || e instanceof Expr.Lambda
                        || e instanceof Expr.Starred || e instanceof Expr.TupleExpr || e instanceof Expr.NamedExpr
                        || (e instanceof Expr.UnaryOp u && u.op() == UnaryOperator.NOT));
    }

    private Expr leftmostAtom(Expr e) {
        while (!parenthesized.contains(e)) {
            Expr next = switch (e) {
                case Expr.Attribute a -> a.value();
                case Expr.Subscript s -> s.value();
                case Expr.Call c -> c.func();
                case Expr.BinOp b -> b.left();
                default -> null;
            };
            if (next == null) {
                break;
            }
            e = next;
        }
        return e;
    }

    private static Operator augmentedOperator(Token t) {
        if (t.kind() != TokenKind.OP || !t.text().endsWith("=") || t.text().length() < 2) {
            return null;
        }
        String symbol = t.text().substring(0, t.text().length() - 1);
        for (Operator op : Operator.values()) {
            if (op.symbol.equals(symbol)) {
                return op;
            }
        }
        return null;
    }

    // ---- assignment targets ----

    private enum TargetKind {
        STORE, DELETE
    }

    private boolean isValidTarget(Expr e, TargetKind kind) {
        return invalidTarget(e, kind) == null;
    }

    /** The first sub-expression that cannot be a target, as CPython's _PyPegen_get_invalid_target; null if valid. */
    private Expr invalidTarget(Expr e, TargetKind kind) {
        switch (e) {
            case Expr.Name n -> {
                return null;
            }
            case Expr.Attribute a -> {
                return null;
            }
            case Expr.Subscript s -> {
                return null;
            }
            case Expr.Starred s -> {
                return kind == TargetKind.DELETE ? e : invalidTarget(s.value(), kind);
            }
            case Expr.TupleExpr t -> {
                for (Expr element : t.elements()) {
                    Expr bad = invalidTarget(element, kind);
                    if (bad != null) {
                        return bad;
                    }
                }
                return null;
            }
            case Expr.ListExpr l -> {
                for (Expr element : l.elements()) {
                    Expr bad = invalidTarget(element, kind);
                    if (bad != null) {
                        return bad;
                    }
                }
                return null;
            }
            default -> {
                return e;
            }
        }
    }

    private void checkTarget(Expr target, TargetKind kind) {
        Expr bad = invalidTarget(target, kind);
        if (bad != null) {
            String verb = kind == TargetKind.DELETE ? "cannot delete " : "cannot assign to ";
            throw errorAt(bad.span(), verb + expressionName(bad));
        }
    }

    /** How CPython names an expression in error messages (_PyPegen_get_expr_name). */
    static String expressionName(Expr e) {
        return switch (e) {
            case Expr.Attribute a -> "attribute";
            case Expr.Subscript s -> "subscript";
            case Expr.Starred s -> "starred";
            case Expr.Name n -> "name";
            case Expr.ListExpr l -> "list";
            case Expr.TupleExpr t -> "tuple";
            case Expr.Lambda l -> "lambda";
            case Expr.Call c -> "function call";
            case Expr.BoolOp b -> "expression";
            case Expr.BinOp b -> "expression";
            case Expr.UnaryOp u -> "expression";
            case Expr.GeneratorExp g -> "generator expression";
            case Expr.Yield y -> "yield expression";
            case Expr.YieldFrom y -> "yield expression";
            case Expr.ListComp l -> "list comprehension";
            case Expr.SetComp s -> "set comprehension";
            case Expr.DictComp d -> "dict comprehension";
            case Expr.DictExpr d -> "dict literal";
            case Expr.SetExpr s -> "set display";
            case Expr.FString f -> "f-string expression";
            case Expr.FormattedValue f -> "f-string expression";
            case Expr.NoneLiteral n -> "None";
            case Expr.BoolLiteral b -> b.value() ? "True" : "False";
            case Expr.EllipsisLiteral el -> "ellipsis";
            case Expr.Compare c -> "comparison";
            case Expr.IfExp i -> "conditional expression";
            case Expr.NamedExpr n -> "named expression";
            default -> "literal";
        };
    }

    // ---- compound statements ----

    /** The ':' of a compound statement header; a missing one right before the newline gets "expected ':'". */
    private void expectColon() {
        if (acceptOp(":")) {
            return;
        }
        if (at(TokenKind.NEWLINE)) {
            throw errorAt(peek(), "expected ':'");
        }
        throw invalidSyntax();
    }

    /** A token CPython's grammar forces (its {@code &&} operator): anything else is "expected 'x'" right there. */
    private void expectForced(String op) {
        if (!acceptOp(op)) {
            throw errorAt(peek(), "expected '" + op + "'");
        }
    }

    /** The suite after a header's colon: an indented block or simple statements on the same line. */
    private List<Stmt> block(String construct, Token header) {
        List<Stmt> body = new ArrayList<>();
        if (!at(TokenKind.NEWLINE)) {
            simpleStatements(body);
            return body;
        }
        advance();
        if (!at(TokenKind.INDENT)) {
            Token t = peek();
            throw new PythonSyntaxError("IndentationError", "expected an indented block after " + construct + " on line "
                            + header.line(), filename, t.line(), t.col() + 1, t.endCol() + 1, tokenizer.lineText(t.line()));
        }
        advance();
        while (!at(TokenKind.DEDENT)) {
            statement(body);
        }
        advance();
        return body;
    }

    private Stmt decorated() {
        List<Expr> decorators = new ArrayList<>();
        Token first = peek();
        while (acceptOp("@")) {
            decorators.add(namedExpression());
            if (!at(TokenKind.NEWLINE)) {
                throw invalidSyntax();
            }
            advance();
        }
        if (atKeyword("def")) {
            return functionDef(decorators, first);
        }
        if (atKeyword("class")) {
            return classDef(decorators, first);
        }
        throw invalidSyntax();
    }

    private Stmt functionDef(List<Expr> decorators, Token decoratorStart) {
        Token start = advance();
        String name = expectName().text();
        expectForced("(");
        bracketLevel++;
        Arguments args = parameters(")", true);
        expectOp(")");
        bracketLevel--;
        Expr returns = acceptOp("->") ? expression() : null;
        expectForced(":");
        List<Stmt> body = block("function definition", start);
        return new Stmt.FunctionDef(name, args, body, decorators, returns, spanFrom(start));
    }

    private Stmt classDef(List<Expr> decorators, Token decoratorStart) {
        Token start = advance();
        String name = expectName().text();
        List<Expr> bases = new ArrayList<>();
        List<Keyword> keywords = new ArrayList<>();
        if (acceptOp("(")) {
            bracketLevel++;
            callArguments(bases, keywords, false);
            expectOp(")");
            bracketLevel--;
        }
        expectColon();
        List<Stmt> body = block("class definition", start);
        return new Stmt.ClassDef(name, bases, keywords, body, decorators, spanFrom(start));
    }

    private Stmt ifStatement() {
        Token start = advance();
        Expr test = namedExpression();
        expectColon();
        List<Stmt> body = block("'" + start.text() + "' statement", start);
        List<Stmt> orElse = new ArrayList<>();
        if (atKeyword("elif")) {
            orElse.add(ifStatement());
        } else if (atKeyword("else")) {
            Token elseToken = advance();
            expectForced(":");
            orElse = block("'else' statement", elseToken);
        }
        return new Stmt.If(test, body, orElse, spanFrom(start));
    }

    private Stmt whileStatement() {
        Token start = advance();
        Expr test = namedExpression();
        expectColon();
        List<Stmt> body = block("'while' statement", start);
        List<Stmt> orElse = elseBlock();
        return new Stmt.While(test, body, orElse, spanFrom(start));
    }

    private List<Stmt> elseBlock() {
        if (!atKeyword("else")) {
            return new ArrayList<>();
        }
        Token elseToken = advance();
        expectForced(":");
        return block("'else' statement", elseToken);
    }

    private Stmt forStatement() {
        Token start = advance();
        Expr target = targetList();
        expectKeyword("in");
        Expr iter = starExpressions();
        expectColon();
        List<Stmt> body = block("'for' statement", start);
        List<Stmt> orElse = elseBlock();
        return new Stmt.For(target, iter, body, orElse, spanFrom(start));
    }

    /** The targets of a for loop or comprehension: star targets, parsed at bitwise-or level so 'in' ends them. */
    private Expr targetList() {
        Token start = peek();
        Expr first = starTarget();
        if (!atOp(",")) {
            checkTarget(first, TargetKind.STORE);
            return first;
        }
        List<Expr> elements = new ArrayList<>();
        elements.add(first);
        while (acceptOp(",")) {
            if (atKeyword("in") || atOp("=")) {
                break;
            }
            elements.add(starTarget());
        }
        Expr tuple = new Expr.TupleExpr(elements, spanFrom(start));
        checkTarget(tuple, TargetKind.STORE);
        return tuple;
    }

    private Expr starTarget() {
        if (atOp("*")) {
            Token star = advance();
            Expr value = bitwiseOr();
            return new Expr.Starred(value, spanFrom(star));
        }
        return bitwiseOr();
    }

    private Stmt tryStatement() {
        Token start = advance();
        expectForced(":");
        List<Stmt> body = block("'try' statement", start);
        List<ExceptHandler> handlers = new ArrayList<>();
        while (atKeyword("except")) {
            handlers.add(exceptHandler());
        }
        List<Stmt> orElse = handlers.isEmpty() ? new ArrayList<>() : elseBlock();
        List<Stmt> finalBody = new ArrayList<>();
        if (atKeyword("finally")) {
            Token finallyToken = advance();
            expectForced(":");
            finalBody = block("'finally' statement", finallyToken);
        }
        if (handlers.isEmpty() && finalBody.isEmpty()) {
            Token t = peek();
            if (t.kind() == TokenKind.DEDENT || t.kind() == TokenKind.ENDMARKER || !atKeyword("else")) {
                throw errorAt(t, "expected 'except' or 'finally' block");
            }
            throw invalidSyntax();
        }
        return new Stmt.Try(body, handlers, orElse, finalBody, spanFrom(start));
    }

    private ExceptHandler exceptHandler() {
        Token start = advance();
        Expr type = null;
        String name = null;
        if (!atOp(":")) {
            if (atOp("*")) {
                throw invalidSyntax();
            }
            type = expression();
            if (atOp(",")) {
                Token comma = peek();
                List<Expr> more = new ArrayList<>();
                while (acceptOp(",")) {
                    more.add(expression());
                }
                if (atOp(":") || atKeyword("as")) {
                    throw errorAt(Span.between(type.span(), more.get(more.size() - 1).span()),
                                    "multiple exception types must be parenthesized");
                }
                throw errorAt(comma, "invalid syntax");
            }
            if (acceptKeyword("as")) {
                name = expectName().text();
            }
        }
        expectColon();
        List<Stmt> body = block("'except' statement", start);
        return new ExceptHandler(type, name, body, spanFrom(start));
    }

    private Stmt withStatement() {
        Token start = advance();
        List<WithItem> items = atOp("(") ? parenthesizedWithItems() : null;
        if (items == null) {
            items = new ArrayList<>();
            do {
                items.add(withItem());
            } while (acceptOp(","));
        }
        expectColon();
        List<Stmt> body = block("'with' statement", start);
        return new Stmt.With(items, body, spanFrom(start));
    }

    /** {@code with (a as b, c):}; null (and nothing consumed) when the parenthesis belongs to an expression. */
    private List<WithItem> parenthesizedWithItems() {
        int mark = pos;
        List<WithItem> items = new ArrayList<>();
        boolean closed;
        bracketLevel++;
        try {
            advance();
            do {
                if (atOp(")")) {
                    break;
                }
                items.add(withItem());
            } while (acceptOp(","));
            closed = !items.isEmpty() && acceptOp(")");
        } catch (PythonSyntaxError e) {
            if (tokenizerError != null) {
                throw e;
            }
            closed = false;
        } finally {
            bracketLevel--;
        }
        if (closed) {
            if (atOp(":")) {
                return items;
            }
            if (items.stream().anyMatch(item -> item.target() != null)) {
                // "with (a as b) as c:" cannot be read as an expression either.
                throw invalidSyntax();
            }
        }
        pos = mark;
        return null;
    }

    private WithItem withItem() {
        Token start = peek();
        Expr context = expression();
        Expr target = null;
        if (acceptKeyword("as")) {
            target = starTarget();
            checkTarget(target, TargetKind.STORE);
        }
        return new WithItem(context, target, spanFrom(start));
    }

    // ---- parameters ----

    /** The parameters of a def (with annotations) or a lambda, up to {@code closer}. */
    private Arguments parameters(String closer, boolean annotations) {
        List<Arg> posOnly = new ArrayList<>();
        List<Arg> args = new ArrayList<>();
        List<Expr> defaults = new ArrayList<>();
        Arg vararg = null;
        List<Arg> kwOnly = new ArrayList<>();
        List<Expr> kwDefaults = new ArrayList<>();
        Arg kwarg = null;
        boolean sawSlash = false;
        boolean sawStar = false;
        Token bareStar = null;
        while (!atOp(closer)) {
            Token t = peek();
            if (kwarg != null) {
                throw errorAt(t, "arguments cannot follow var-keyword argument");
            }
            if (t.isOp("/")) {
                if (sawSlash) {
                    throw errorAt(t, "/ may appear only once");
                }
                if (sawStar) {
                    throw errorAt(t, "/ must be ahead of *");
                }
                if (args.isEmpty()) {
                    throw errorAt(t, "at least one argument must precede /");
                }
                advance();
                sawSlash = true;
                posOnly.addAll(args);
                args.clear();
            } else if (t.isOp("*")) {
                if (sawStar) {
                    throw errorAt(t, "* argument may appear only once");
                }
                advance();
                sawStar = true;
                if (atOp(",") || atOp(closer)) {
                    bareStar = t;
                } else {
                    vararg = parameter(annotations);
                    if (atOp("=")) {
                        throw errorAt(peek(), "var-positional argument cannot have default value");
                    }
                }
            } else if (t.isOp("**")) {
                advance();
                kwarg = parameter(annotations);
                if (atOp("=")) {
                    throw errorAt(peek(), "var-keyword argument cannot have default value");
                }
            } else {
                Arg arg = parameter(annotations);
                Expr defaultValue = null;
                if (atOp("=")) {
                    Token eq = advance();
                    if (atOp(",") || atOp(")")) {
                        throw errorAt(eq, "expected default value expression");
                    }
                    defaultValue = expression();
                }
                if (sawStar) {
                    kwOnly.add(arg);
                    kwDefaults.add(defaultValue);
                    bareStar = null;
                } else {
                    if (defaultValue != null) {
                        defaults.add(defaultValue);
                    } else if (!defaults.isEmpty()) {
                        throw errorAt(arg.span(), "non-default argument follows default argument");
                    }
                    args.add(arg);
                }
            }
            if (!acceptOp(",")) {
                break;
            }
        }
        if (bareStar != null) {
            throw errorAt(bareStar, "named arguments must follow bare *");
        }
        return new Arguments(posOnly, args, vararg, kwOnly, kwDefaults, kwarg, defaults);
    }

    private Arg parameter(boolean annotations) {
        Token name = expectName();
        Expr annotation = null;
        if (annotations && acceptOp(":")) {
            annotation = expression();
        }
        return new Arg(name.text(), annotation, spanFrom(name));
    }

    // ---- expressions ----

    /** Whether the current token can begin an expression. */
    private boolean atExpressionStart() {
        return startsExpression(peek());
    }

    private static boolean startsExpression(Token t) {
        return switch (t.kind()) {
            case NAME -> !isKeyword(t) || switch (t.text()) {
                case "None", "True", "False", "not", "lambda", "await" -> true;
                default -> false;
            };
            case NUMBER, STRING -> true;
            case OP -> switch (t.text()) {
                case "(", "[", "{", "-", "+", "~", "..." -> true;
                default -> false;
            };
            default -> false;
        };
    }

    /** expressions: one expression, or a tuple of them with commas. */
    private Expr expressions() {
        Token start = peek();
        Expr first = expression();
        if (!atOp(",")) {
            return first;
        }
        List<Expr> elements = new ArrayList<>();
        elements.add(first);
        while (acceptOp(",")) {
            if (!atExpressionStart()) {
                break;
            }
            elements.add(expression());
        }
        return new Expr.TupleExpr(elements, spanFrom(start));
    }

    /** star_expressions: one star_expression, or a tuple of them with commas. */
    private Expr starExpressions() {
        Token start = peek();
        Expr first = starExpression();
        if (!atOp(",")) {
            return first;
        }
        List<Expr> elements = new ArrayList<>();
        elements.add(first);
        while (acceptOp(",")) {
            if (!atExpressionStart() && !atOp("*")) {
                break;
            }
            elements.add(starExpression());
        }
        return new Expr.TupleExpr(elements, spanFrom(start));
    }

    private Expr starExpression() {
        if (atOp("*")) {
            Token star = advance();
            Expr value = bitwiseOr();
            return new Expr.Starred(value, spanFrom(star));
        }
        return expression();
    }

    private Expr starNamedExpression() {
        if (atOp("*")) {
            Token star = advance();
            Expr value = bitwiseOr();
            return new Expr.Starred(value, spanFrom(star));
        }
        return namedExpression();
    }

    private Expr namedExpression() {
        return namedExpression(true);
    }

    /**
     * named_expression: {@code NAME := expression} or an expression. A '=' after it is always an error; unless the
     * caller reports that itself, CPython's invalid_named_expression messages are given.
     */
    private Expr namedExpression(boolean checkStrayAssignment) {
        if (atName() && peek(1).isOp(":=")) {
            Token name = advance();
            advance();
            Expr value = expression();
            return new Expr.NamedExpr(new Expr.Name(name.text(), spanOf(name)), value, spanFrom(name));
        }
        Expr e = expression();
        if (atOp(":=") && startsExpression(peek(1))) {
            throw errorAt(e.span(), "cannot use assignment expressions with " + expressionName(e));
        }
        if (atOp("=") && checkStrayAssignment) {
            strayAssignment(e);
        }
        return e;
    }

    /** "if x = 1:" and the like, with CPython's suggestions; always throws. */
    private void strayAssignment(Expr target) {
        Token eq = advance();
        if (atExpressionStart()) {
            Expr value = bitwiseOr();
            if (!atOp("=") && !atOp(":=")) {
                if (target instanceof Expr.Name && !parenthesized.contains(target)) {
                    throw errorAt(Span.between(target.span(), value.span()),
                                    "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
                }
                Expr leftmost = leftmostAtom(target);
                if (isBitwiseLevel(target) && !(leftmost instanceof Expr.TupleExpr || leftmost instanceof Expr.ListExpr
                                || leftmost instanceof Expr.GeneratorExp || leftmost instanceof Expr.BoolLiteral
                                || leftmost instanceof Expr.NoneLiteral)) {
                    throw errorAt(target.span(), "cannot assign to " + expressionName(target)
                                    + " here. Maybe you meant '==' instead of '='?");
                }
            }
        }
        throw errorAt(eq, "invalid syntax");
    }

    /** expression: a conditional expression, a lambda, or a disjunction. */
    private Expr expression() {
        return expression(true);
    }

    /**
     * @param checkMissingComma whether to look for a second expression right after this one (CPython's
     *            invalid_expression); off while doing that lookahead itself
     */
    private Expr expression(boolean checkMissingComma) {
        enterNesting();
        try {
            if (atKeyword("lambda")) {
                return lambda();
            }
            Token start = peek();
            Expr body = disjunction();
            if (atKeyword("if")) {
                advance();
                if (!atExpressionStart()) {
                    throw invalidSyntax();
                }
                Expr test;
                try {
                    test = disjunction();
                } catch (PythonSyntaxError e) {
                    // CPython would take the part of the condition that parses and then miss the 'else'.
                    if (tokenizerError != null || !e.getMessage().equals("invalid syntax")) {
                        throw e;
                    }
                    throw errorAt(spanFrom(start), MISSING_ELSE);
                }
                if (!atKeyword("else")) {
                    if (atOp(":")) {
                        throw invalidSyntax();
                    }
                    throw errorAt(spanFrom(start), MISSING_ELSE);
                }
                advance();
                Expr orElse = expression();
                return new Expr.IfExp(test, body, orElse, spanFrom(start));
            }
            if (checkMissingComma) {
                checkMissingComma(start, body);
            }
            return body;
        } finally {
            nesting--;
        }
    }

    /**
     * CPython 3.11 compares names with its soft keywords by prefix, so "c", "ma" and the like count as soft keywords
     * where it checks for them.
     */
    private static boolean looksLikeSoftKeyword(String name) {
        return name.equals("_") || "case".startsWith(name) || "match".startsWith(name);
    }

    private static final String MISSING_ELSE = "expected 'else' after 'if' expression";

    /**
     * CPython's invalid_expression: inside brackets, two expressions in a row are most likely a missing comma. Outside
     * brackets the second expression is still read, for the errors that reading it can raise.
     */
    private void checkMissingComma(Token start, Expr first) {
        if (!atExpressionStart()) {
            return;
        }
        if (first instanceof Expr.Name n && (n.id().equals("print") || n.id().equals("exec")) && !parenthesized.contains(first)) {
            return;
        }
        if (first instanceof Expr.Name && at(TokenKind.STRING) && !parenthesized.contains(first)) {
            return;
        }
        if (start.kind() == TokenKind.NAME && looksLikeSoftKeyword(start.text())) {
            return;
        }
        int mark = pos;
        int markFurthest = furthest;
        Expr second;
        try {
            second = expression(false);
        } catch (PythonSyntaxError e) {
            if (tokenizerError != null || e.getMessage().equals(MISSING_ELSE)) {
                throw e;
            }
            second = null;
        }
        if (second == null || bracketLevel == 0) {
            pos = mark;
            furthest = markFurthest;
            return;
        }
        throw errorAt(new Span(first.span().line(), first.span().col(), second.span().endLine(), second.span().endCol()),
                        "invalid syntax. Perhaps you forgot a comma?");
    }

    private Expr lambda() {
        Token start = advance();
        Arguments args = parameters(":", false);
        expectOp(":");
        Expr body = expression();
        return new Expr.Lambda(args, body, spanFrom(start));
    }

    private Expr disjunction() {
        Token start = peek();
        Expr first = conjunction();
        if (!atKeyword("or")) {
            return first;
        }
        List<Expr> values = new ArrayList<>();
        values.add(first);
        while (acceptKeyword("or")) {
            values.add(conjunction());
        }
        return new Expr.BoolOp(false, values, spanFrom(start));
    }

    private Expr conjunction() {
        Token start = peek();
        Expr first = inversion();
        if (!atKeyword("and")) {
            return first;
        }
        List<Expr> values = new ArrayList<>();
        values.add(first);
        while (acceptKeyword("and")) {
            values.add(inversion());
        }
        return new Expr.BoolOp(true, values, spanFrom(start));
    }

    private Expr inversion() {
        if (atKeyword("not")) {
            enterNesting();
            try {
                Token start = advance();
                Expr operand = inversion();
                return new Expr.UnaryOp(UnaryOperator.NOT, operand, spanFrom(start));
            } finally {
                nesting--;
            }
        }
        return comparison();
    }

    private Expr comparison() {
        Token start = peek();
        Expr left = bitwiseOr();
        List<CompareOperator> ops = new ArrayList<>();
        List<Expr> comparators = new ArrayList<>();
        while (true) {
            CompareOperator op = comparisonOperator();
            if (op == null) {
                break;
            }
            ops.add(op);
            comparators.add(bitwiseOr());
        }
        if (ops.isEmpty()) {
            return left;
        }
        return new Expr.Compare(left, ops, comparators, spanFrom(start));
    }

    /** Consumes a comparison operator if one is next. */
    private CompareOperator comparisonOperator() {
        Token t = peek();
        if (t.kind() == TokenKind.OP) {
            CompareOperator op = switch (t.text()) {
                case "==" -> CompareOperator.EQ;
                case "!=" -> CompareOperator.NE;
                case "<" -> CompareOperator.LT;
                case "<=" -> CompareOperator.LE;
                case ">" -> CompareOperator.GT;
                case ">=" -> CompareOperator.GE;
                default -> null;
            };
            if (op != null) {
                advance();
            }
            return op;
        }
        if (t.is(TokenKind.NAME, "in")) {
            advance();
            return CompareOperator.IN;
        }
        if (t.is(TokenKind.NAME, "not") && peek(1).is(TokenKind.NAME, "in")) {
            advance();
            advance();
            return CompareOperator.NOT_IN;
        }
        if (t.is(TokenKind.NAME, "is")) {
            advance();
            if (acceptKeyword("not")) {
                return CompareOperator.IS_NOT;
            }
            return CompareOperator.IS;
        }
        return null;
    }

    private Expr bitwiseOr() {
        Token start = peek();
        Expr left = bitwiseXor();
        while (atOp("|")) {
            advance();
            left = new Expr.BinOp(left, Operator.BITOR, bitwiseXor(), spanFrom(start));
        }
        return left;
    }

    private Expr bitwiseXor() {
        Token start = peek();
        Expr left = bitwiseAnd();
        while (atOp("^")) {
            advance();
            left = new Expr.BinOp(left, Operator.BITXOR, bitwiseAnd(), spanFrom(start));
        }
        return left;
    }

    private Expr bitwiseAnd() {
        Token start = peek();
        Expr left = shift();
        while (atOp("&")) {
            advance();
            left = new Expr.BinOp(left, Operator.BITAND, shift(), spanFrom(start));
        }
        return left;
    }

    private Expr shift() {
        Token start = peek();
        Expr left = sum();
        while (atOp("<<") || atOp(">>")) {
            Operator op = advance().text().equals("<<") ? Operator.LSHIFT : Operator.RSHIFT;
            left = new Expr.BinOp(left, op, sum(), spanFrom(start));
        }
        return left;
    }

    private Expr sum() {
        Token start = peek();
        Expr left = term();
        while (atOp("+") || atOp("-")) {
            Operator op = advance().text().equals("+") ? Operator.ADD : Operator.SUB;
            left = new Expr.BinOp(left, op, term(), spanFrom(start));
        }
        return left;
    }

    private Expr term() {
        Token start = peek();
        Expr left = factor();
        while (true) {
            Operator op = switch (peek().kind() == TokenKind.OP ? peek().text() : "") {
                case "*" -> Operator.MUL;
                case "/" -> Operator.TRUEDIV;
                case "//" -> Operator.FLOORDIV;
                case "%" -> Operator.MOD;
                case "@" -> Operator.MATMUL;
                default -> null;
            };
            if (op == null) {
                return left;
            }
            advance();
            left = new Expr.BinOp(left, op, factor(), spanFrom(start));
        }
    }

    private Expr factor() {
        Token t = peek();
        UnaryOperator op = t.kind() != TokenKind.OP ? null : switch (t.text()) {
            case "+" -> UnaryOperator.POS;
            case "-" -> UnaryOperator.NEG;
            case "~" -> UnaryOperator.INVERT;
            default -> null;
        };
        if (op == null) {
            return power();
        }
        enterNesting();
        try {
            advance();
            Expr operand = factor();
            return new Expr.UnaryOp(op, operand, spanFrom(t));
        } finally {
            nesting--;
        }
    }

    /** power: primary ['**' factor]; right-associative through factor, and tighter than a unary minus on its left. */
    private Expr power() {
        Token start = peek();
        Expr base = primary();
        if (acceptOp("**")) {
            enterNesting();
            try {
                Expr exponent = factor();
                return new Expr.BinOp(base, Operator.POW, exponent, spanFrom(start));
            } finally {
                nesting--;
            }
        }
        return base;
    }

    private Expr primary() {
        Token start = peek();
        if (atKeyword("await")) {
            throw invalidSyntax();
        }
        Expr e = atom();
        while (true) {
            if (atOp(".")) {
                advance();
                Token name = expectName();
                e = new Expr.Attribute(e, name.text(), spanFrom(start));
            } else if (atOp("(")) {
                Token open = advance();
                List<Expr> args = new ArrayList<>();
                List<Keyword> keywords = new ArrayList<>();
                bracketLevel++;
                try {
                    callArguments(args, keywords, true);
                    expectOp(")");
                } finally {
                    bracketLevel--;
                }
                e = new Expr.Call(e, args, keywords, spanFrom(start));
                fixGeneratorArgumentSpan(args, open);
            } else if (atOp("[")) {
                if (peek(1).isOp("]")) {
                    // "x[]": CPython reads the "[]" as a list after the expression, hence a missing comma.
                    if (bracketLevel > 0) {
                        return e;
                    }
                    advance();
                    throw invalidSyntax();
                }
                advance();
                Expr index;
                bracketLevel++;
                try {
                    index = slices();
                    expectOp("]");
                } finally {
                    bracketLevel--;
                }
                e = new Expr.Subscript(e, index, spanFrom(start));
            } else {
                return e;
            }
        }
    }

    /** The generator expression that is a call's sole argument spans the call's parentheses, as in CPython. */
    private void fixGeneratorArgumentSpan(List<Expr> args, Token open) {
        if (args.size() == 1 && args.get(0) instanceof Expr.GeneratorExp g && !parenthesized.contains(g)) {
            args.set(0, new Expr.GeneratorExp(g.element(), g.generators(), spanFrom(open)));
        }
    }

    /** Call arguments up to the closing parenthesis; a generator expression may be the sole argument. */
    private void callArguments(List<Expr> args, List<Keyword> keywords, boolean allowGenerator) {
        boolean sawKeyword = false;
        boolean sawDoubleStar = false;
        String misplacedPositional = null;
        while (!atOp(")")) {
            Token start = peek();
            if (atOp("*")) {
                advance();
                Expr value = expression();
                Expr starred = new Expr.Starred(value, spanFrom(start));
                if (sawDoubleStar) {
                    throw errorAt(starred.span(), "iterable argument unpacking follows keyword argument unpacking");
                }
                args.add(starred);
            } else if (atOp("**")) {
                advance();
                Expr value = expression();
                keywords.add(new Keyword(null, value, spanFrom(start)));
                sawDoubleStar = true;
            } else if (atName() && peek(1).isOp("=")) {
                Token name = advance();
                advance();
                Expr value = expression();
                keywords.add(new Keyword(name.text(), value, spanFrom(start)));
                sawKeyword = true;
            } else if ((atKeyword("True") || atKeyword("False") || atKeyword("None")) && peek(1).isOp("=")) {
                throw errorAt(peek(), "cannot assign to " + peek().text());
            } else {
                Expr value = namedExpression(false);
                if (atKeyword("for")) {
                    if (!allowGenerator) {
                        throw invalidSyntax();
                    }
                    List<Comprehension> generators = comprehensionClauses();
                    value = new Expr.GeneratorExp(value, generators, spanFrom(start));
                    if (!args.isEmpty() || !keywords.isEmpty() || !atOp(")")) {
                        if (acceptOp(",") && atOp(")")) {
                            // f(x for x in y,) is accepted by CPython.
                            args.add(value);
                            continue;
                        }
                        throw errorAt(value.span(), "Generator expression must be parenthesized");
                    }
                    args.add(value);
                    continue;
                }
                if (atOp("=")) {
                    Token eq = peek();
                    throw errorAt(new Span(value.span().line(), value.span().col(), eq.endLine(), eq.endCol()),
                                    "expression cannot contain assignment, perhaps you meant \"==\"?");
                }
                if (misplacedPositional == null && sawDoubleStar) {
                    misplacedPositional = "positional argument follows keyword argument unpacking";
                } else if (misplacedPositional == null && sawKeyword) {
                    misplacedPositional = "positional argument follows keyword argument";
                }
                args.add(value);
            }
            if (!acceptOp(",")) {
                break;
            }
        }
        if (misplacedPositional != null) {
            // CPython reports it once the whole argument list is read.
            throw errorAt(peek(), misplacedPositional);
        }
    }

    /** The index of a subscript: one slice or expression, or a tuple of them. */
    private Expr slices() {
        Token start = peek();
        Expr first = slice();
        if (!atOp(",")) {
            // a[*b] indexes with the tuple (*b,).
            return first instanceof Expr.Starred ? new Expr.TupleExpr(List.of(first), spanFrom(start)) : first;
        }
        List<Expr> elements = new ArrayList<>();
        elements.add(first);
        while (acceptOp(",")) {
            if (atOp("]")) {
                break;
            }
            elements.add(slice());
        }
        return new Expr.TupleExpr(elements, spanFrom(start));
    }

    private Expr slice() {
        Token start = peek();
        if (atOp("*")) {
            return starNamedExpression();
        }
        Expr lower = null;
        if (!atOp(":")) {
            lower = namedExpression();
            if (!atOp(":")) {
                return lower;
            }
        }
        advance();
        Expr upper = atOp(":") || atOp(",") || atOp("]") ? null : expression();
        Expr step = null;
        if (acceptOp(":")) {
            step = atOp(",") || atOp("]") ? null : expression();
        }
        return new Expr.Slice(lower, upper, step, spanFrom(start));
    }

    private Expr atom() {
        Token t = peek();
        switch (t.kind()) {
            case NAME -> {
                if (!isKeyword(t)) {
                    advance();
                    return new Expr.Name(t.text(), spanOf(t));
                }
                switch (t.text()) {
                    case "True", "False" -> {
                        advance();
                        return new Expr.BoolLiteral(t.text().equals("True"), spanOf(t));
                    }
                    case "None" -> {
                        advance();
                        return new Expr.NoneLiteral(spanOf(t));
                    }
                    default -> throw invalidSyntax();
                }
            }
            case NUMBER -> {
                advance();
                if (t.value() instanceof Double d) {
                    return new Expr.FloatLiteral(d, spanOf(t));
                }
                return new Expr.IntLiteral(t.value(), spanOf(t));
            }
            case STRING -> {
                List<Token> parts = new ArrayList<>();
                while (at(TokenKind.STRING)) {
                    parts.add(advance());
                }
                return StringLiterals.concatenate(this, parts);
            }
            case OP -> {
                switch (t.text()) {
                    case "(" -> {
                        return parenthesizedAtom();
                    }
                    case "[" -> {
                        return listAtom();
                    }
                    case "{" -> {
                        return braceAtom();
                    }
                    case "..." -> {
                        advance();
                        return new Expr.EllipsisLiteral(spanOf(t));
                    }
                    default -> throw invalidSyntax();
                }
            }
            default -> throw invalidSyntax();
        }
    }

    private Expr parenthesizedAtom() {
        Token open = advance();
        bracketLevel++;
        try {
            if (acceptOp(")")) {
                return new Expr.TupleExpr(new ArrayList<>(), spanFrom(open));
            }
            if (atKeyword("yield")) {
                Expr y = yieldExpression();
                expectOp(")");
                parenthesized.add(y);
                return y;
            }
            Expr first = starNamedExpression();
            if (atKeyword("for")) {
                if (first instanceof Expr.Starred) {
                    throw errorAt(first.span(), "iterable unpacking cannot be used in comprehension");
                }
                List<Comprehension> generators = comprehensionClauses();
                expectOp(")");
                Expr g = new Expr.GeneratorExp(first, generators, spanFrom(open));
                parenthesized.add(g);
                return g;
            }
            if (acceptOp(")")) {
                parenthesized.add(first);
                return first;
            }
            if (!atOp(",")) {
                throw invalidSyntax();
            }
            List<Expr> elements = new ArrayList<>();
            elements.add(first);
            while (acceptOp(",")) {
                if (atOp(")")) {
                    break;
                }
                elements.add(starNamedExpression());
            }
            expectOp(")");
            Expr tuple = new Expr.TupleExpr(elements, spanFrom(open));
            parenthesized.add(tuple);
            return tuple;
        } finally {
            bracketLevel--;
        }
    }

    private Expr listAtom() {
        Token open = advance();
        bracketLevel++;
        try {
            List<Expr> elements = new ArrayList<>();
            if (acceptOp("]")) {
                return new Expr.ListExpr(elements, spanFrom(open));
            }
            Expr first = starNamedExpression();
            if (atKeyword("for")) {
                if (first instanceof Expr.Starred) {
                    throw errorAt(first.span(), "iterable unpacking cannot be used in comprehension");
                }
                List<Comprehension> generators = comprehensionClauses();
                expectOp("]");
                return new Expr.ListComp(first, generators, spanFrom(open));
            }
            elements.add(first);
            while (acceptOp(",")) {
                if (atOp("]")) {
                    break;
                }
                elements.add(starNamedExpression());
            }
            expectOp("]");
            return new Expr.ListExpr(elements, spanFrom(open));
        } finally {
            bracketLevel--;
        }
    }

    private Expr braceAtom() {
        Token open = advance();
        bracketLevel++;
        try {
            if (acceptOp("}")) {
                return new Expr.DictExpr(new ArrayList<>(), new ArrayList<>(), spanFrom(open));
            }
            if (atOp("**")) {
                return dictDisplay(open, null, null);
            }
            Expr first = starNamedExpression();
            if (atOp(":") && !(first instanceof Expr.Starred)) {
                Expr value = dictValue();
                if (atKeyword("for")) {
                    List<Comprehension> generators = comprehensionClauses();
                    expectOp("}");
                    return new Expr.DictComp(first, value, generators, spanFrom(open));
                }
                return dictDisplay(open, first, value);
            }
            if (atKeyword("for")) {
                if (first instanceof Expr.Starred) {
                    throw errorAt(first.span(), "iterable unpacking cannot be used in comprehension");
                }
                List<Comprehension> generators = comprehensionClauses();
                expectOp("}");
                return new Expr.SetComp(first, generators, spanFrom(open));
            }
            List<Expr> elements = new ArrayList<>();
            elements.add(first);
            while (acceptOp(",")) {
                if (atOp("}")) {
                    break;
                }
                elements.add(starNamedExpression());
            }
            expectOp("}");
            return new Expr.SetExpr(elements, spanFrom(open));
        } finally {
            bracketLevel--;
        }
    }

    /** The rest of a dict display; firstKey/firstValue is the pair already read, if any. */
    private Expr dictDisplay(Token open, Expr firstKey, Expr firstValue) {
        List<Expr> keys = new ArrayList<>();
        List<Expr> values = new ArrayList<>();
        boolean more = true;
        if (firstKey != null) {
            keys.add(firstKey);
            values.add(firstValue);
            more = acceptOp(",");
        }
        while (more && !atOp("}")) {
            if (acceptOp("**")) {
                keys.add(null);
                values.add(bitwiseOr());
            } else {
                Expr key = expression();
                if (!atOp(":")) {
                    Span s = key.span();
                    throw errorAt(new Span(s.endLine(), s.endCol() - 1, s.endLine(), s.endCol() - 1),
                                    "':' expected after dictionary key");
                }
                keys.add(key);
                values.add(dictValue());
            }
            more = acceptOp(",");
        }
        expectOp("}");
        return new Expr.DictExpr(keys, values, spanFrom(open));
    }

    /** The ':' and value of a dict entry. */
    private Expr dictValue() {
        Token colon = advance();
        if (atOp("*")) {
            throw errorAt(peek(), "cannot use a starred expression in a dictionary value");
        }
        if (atOp("}") || atOp(",")) {
            throw errorAt(colon, "expression expected after dictionary key and ':'");
        }
        return expression();
    }

    private List<Comprehension> comprehensionClauses() {
        List<Comprehension> generators = new ArrayList<>();
        while (atKeyword("for")) {
            Token start = advance();
            Expr target = targetList();
            expectKeyword("in");
            Expr iter = disjunction();
            List<Expr> ifs = new ArrayList<>();
            while (acceptKeyword("if")) {
                ifs.add(disjunction());
            }
            generators.add(new Comprehension(target, iter, ifs, spanFrom(start)));
        }
        if (atKeyword("async")) {
            throw invalidSyntax();
        }
        return generators;
    }

    private Expr yieldExpression() {
        Token start = advance();
        if (acceptKeyword("from")) {
            Expr value = expression();
            return new Expr.YieldFrom(value, spanFrom(start));
        }
        Expr value = atExpressionStart() || atOp("*") ? starExpressions() : null;
        return new Expr.Yield(value, spanFrom(start));
    }
}
