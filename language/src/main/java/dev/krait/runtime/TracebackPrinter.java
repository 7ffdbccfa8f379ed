package dev.krait.runtime;

import java.io.PrintStream;
import java.util.IdentityHashMap;
import java.util.Map;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.krait.ops.Repr;
import dev.krait.parser.PythonSyntaxError;

/** Prints uncaught exceptions and syntax errors in CPython's shape. */
public final class TracebackPrinter {
    private TracebackPrinter() {
    }

    /** How many identical consecutive entries CPython prints before folding the rest. */
    private static final int REPEAT_LIMIT = 3;

    @TruffleBoundary
    public static void print(KraitContext context, PBaseException exc) {
        StringBuilder sb = new StringBuilder();
        format(context, exc, sb, new IdentityHashMap<>());
        PrintStream err = context.err;
        err.print(sb);
        err.flush();
    }

    private static void format(KraitContext context, PBaseException exc, StringBuilder sb, Map<PBaseException, Boolean> seen) {
        seen.put(exc, Boolean.TRUE);
        if (exc.cause != null && !seen.containsKey(exc.cause)) {
            format(context, exc.cause, sb, seen);
            sb.append("\nThe above exception was the direct cause of the following exception:\n\n");
        } else if (exc.context != null && !exc.suppressContext && !seen.containsKey(exc.context)) {
            format(context, exc.context, sb, seen);
            sb.append("\nDuring handling of the above exception, another exception occurred:\n\n");
        }
        if (exc.traceback != null) {
            sb.append("Traceback (most recent call last):\n");
            formatEntries(context, exc.traceback, sb);
        }
        formatExceptionOnly(exc, sb);
    }

    private static void formatEntries(KraitContext context, PBaseException.TracebackEntry first, StringBuilder sb) {
        PBaseException.TracebackEntry last = null;
        int repeats = 0;
        for (PBaseException.TracebackEntry e = first; e != null; e = e.next()) {
            if (last != null && e.filename().equals(last.filename()) && e.line() == last.line() && e.name().equals(last.name())) {
                repeats++;
            } else {
                flushRepeats(sb, repeats);
                repeats = 0;
            }
            last = e;
            if (repeats >= REPEAT_LIMIT) {
                continue;
            }
            sb.append("  File \"").append(e.filename()).append("\", line ").append(e.line()).append(", in ").append(e.name()).append('\n');
            String line = context.sourceLine(e.filename(), e.line());
            if (line != null && !line.isBlank()) {
                sb.append("    ").append(line.strip()).append('\n');
                appendErrorMarkers(sb, e, line);
            }
        }
        flushRepeats(sb, repeats);
    }

    /**
     * 3.11's markers under a traceback line: carets under the failing operation when it does not cover the whole
     * line; for a binary operation or subscript, ~ under the operands and ^ under the operator.
     */
    private static void appendErrorMarkers(StringBuilder sb, PBaseException.TracebackEntry e, String line) {
        if (e.column() < 0 || e.endColumn() < 0) {
            return;
        }
        String stripped = line.strip();
        int strippedChars = line.indexOf(stripped.isEmpty() ? "" : stripped.substring(0, 1));
        int start = e.column();
        int end;
        int[] anchors = null;
        if (e.endLine() == e.line()) {
            end = Math.min(e.endColumn(), line.length());
            if (start > end) {
                return;
            }
            anchors = anchors(line.substring(start, end));
        } else {
            end = strippedChars + stripped.length();
        }
        if (end - start < stripped.length() || (anchors != null && anchors[1] - anchors[0] > 0)) {
            sb.append("    ").append(" ".repeat(Math.max(0, start - strippedChars)));
            if (anchors != null) {
                sb.append("~".repeat(anchors[0])).append("^".repeat(anchors[1] - anchors[0])).append("~".repeat(Math.max(0, end - start - anchors[1])));
            } else {
                sb.append("^".repeat(end - start));
            }
            sb.append('\n');
        }
    }

    /** {left end, right start} of the operator (binary operation) or the brackets (subscript) in a segment, or null. */
    private static int[] anchors(String segment) {
        dev.krait.ast.Module tree;
        try {
            tree = dev.krait.parser.Parser.parse(segment, "<segment>");
        } catch (RuntimeException ex) {
            return null;
        }
        if (tree.body().size() != 1 || !(tree.body().get(0) instanceof dev.krait.ast.Stmt.ExprStmt stmt)) {
            return null;
        }
        if (stmt.value() instanceof dev.krait.ast.Expr.BinOp b && b.left().span().endLine() == 1 && b.right().span().line() == 1) {
            int operatorStart = b.left().span().endCol();
            String operator = segment.substring(operatorStart, b.right().span().col());
            int offset = operator.length() - operator.stripLeading().length();
            int left = operatorStart + offset;
            int right = left + 1;
            if (offset + 1 < operator.length() && !Character.isWhitespace(operator.charAt(offset + 1))) {
                right++;
            }
            while (left < segment.length() && (Character.isWhitespace(segment.charAt(left)) || segment.charAt(left) == ')' || segment.charAt(left) == '#')) {
                left++;
                right++;
            }
            return new int[]{left, right};
        }
        if (stmt.value() instanceof dev.krait.ast.Expr.Subscript sub && sub.value().span().endLine() == 1 && sub.index().span().endLine() == 1) {
            return new int[]{sub.value().span().endCol(), sub.index().span().endCol() + 1};
        }
        return null;
    }

    private static void flushRepeats(StringBuilder sb, int repeats) {
        if (repeats >= REPEAT_LIMIT) {
            int more = repeats - REPEAT_LIMIT + 1;
            sb.append("  [Previous line repeated ").append(more).append(" more time").append(more > 1 ? "s" : "").append("]\n");
        }
    }

    private static void formatExceptionOnly(PBaseException exc, StringBuilder sb) {
        PythonClass type = exc.getPythonClass();
        if (type.isSubclassOf(BuiltinClasses.SYNTAX_ERROR) && exc.getAttribute("lineno") != null) {
            formatSyntaxErrorBody(exc, sb);
        }
        String name = type.module == null || type.module.equals("builtins") || type.module.equals("__main__") ? type.name : type.module + "." + type.name;
        String message;
        try {
            Object msg = type.isSubclassOf(BuiltinClasses.SYNTAX_ERROR) ? exc.getAttribute("msg") : null;
            message = msg != null ? Repr.str(msg) : Repr.str(exc);
        } catch (PException e) {
            message = "<exception str() failed>";
        }
        sb.append(name);
        if (!message.isEmpty()) {
            sb.append(": ").append(message);
        }
        sb.append('\n');
        Object notes = exc.getAttribute("__notes__");
        if (notes instanceof PList list) {
            for (int i = 0; i < list.size(); i++) {
                Object note = list.get(i);
                sb.append(note instanceof String s ? s : Repr.repr(note)).append('\n');
            }
        }
    }

    /** The file/line/text/caret block, laid out as CPython's print_error_text does it. */
    private static void formatSyntaxErrorBody(PBaseException exc, StringBuilder sb) {
        Object filename = exc.getAttribute("filename");
        Object lineno = exc.getAttribute("lineno");
        Object text = exc.getAttribute("text");
        Object offset = exc.getAttribute("offset");
        Object endOffset = exc.getAttribute("end_offset");
        sb.append("  File \"").append(Repr.str(filename)).append("\", line ").append(Repr.str(lineno)).append('\n');
        if (!(text instanceof String line)) {
            return;
        }
        int indent = 0;
        while (indent < line.length() && (line.charAt(indent) == ' ' || line.charAt(indent) == '\t' || line.charAt(indent) == '\f')) {
            indent++;
        }
        String body = line.substring(indent);
        if (body.endsWith("\n")) {
            body = body.substring(0, body.length() - 1);
        }
        sb.append("    ").append(body).append('\n');
        if (!(offset instanceof Long off)) {
            return;
        }
        long start = off - 1 - indent;
        if (start < 0) {
            return;
        }
        start = Math.min(start, body.length());
        long carets = 1;
        boolean indentationError = exc.getPythonClass().isSubclassOf(BuiltinClasses.INDENTATION_ERROR);
        if (!indentationError && endOffset instanceof Long end && end > off) {
            carets = Math.max(1, Math.min(end - off, body.length() - start));
        }
        sb.append("    ").append(" ".repeat((int) start)).append("^".repeat((int) carets)).append('\n');
    }

    /** Converts a front-end syntax error into a Python SyntaxError object. */
    @TruffleBoundary
    public static PBaseException toPythonException(PythonSyntaxError e) {
        if (e.typeName.equals("RecursionError")) {
            // Compiling a too deeply nested program: no position, as in CPython.
            return new PBaseException(BuiltinClasses.RECURSION_ERROR, PTuple.of(e.getMessage()));
        } else if (e.typeName.equals("MemoryError")) {
            return new PBaseException(BuiltinClasses.MEMORY_ERROR, PTuple.EMPTY);
        }
        PythonClass type = switch (e.typeName) {
            case "IndentationError" -> BuiltinClasses.INDENTATION_ERROR;
            case "TabError" -> BuiltinClasses.TAB_ERROR;
            default -> BuiltinClasses.SYNTAX_ERROR;
        };
        Object text = e.lineText == null ? PNone.NONE : e.lineText;
        PBaseException exc = new PBaseException(type, PTuple.of(e.getMessage(),
                        PTuple.of(e.filename, (long) e.line, (long) e.offset, text, (long) e.line, (long) e.endOffset)));
        exc.setAttribute("msg", e.getMessage());
        exc.setAttribute("filename", e.filename);
        exc.setAttribute("lineno", (long) e.line);
        exc.setAttribute("offset", (long) e.offset);
        exc.setAttribute("end_offset", (long) e.endOffset);
        exc.setAttribute("text", text);
        return exc;
    }
}
