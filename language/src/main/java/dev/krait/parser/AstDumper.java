package dev.krait.parser;

import dev.krait.ast.Alias;
import dev.krait.ast.Arguments;
import dev.krait.ast.CompareOperator;
import dev.krait.ast.Comprehension;
import dev.krait.ast.ExceptHandler;
import dev.krait.ast.Expr;
import dev.krait.ast.Keyword;
import dev.krait.ast.Module;
import dev.krait.ast.Operator;
import dev.krait.ast.Span;
import dev.krait.ast.Stmt;
import dev.krait.ast.UnaryOperator;
import dev.krait.ast.WithItem;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;

/**
 * Prints a syntax tree exactly as CPython 3.11's {@code ast.dump(tree)} does (optionally with
 * {@code include_attributes=True}), so that parses can be compared with CPython's. The tree has no expression
 * contexts; they are inferred from where an expression stands (assignment and for targets are Store, del targets
 * Del).
 */
public final class AstDumper {
    private enum Ctx {
        LOAD, STORE, DEL
    }

    private final boolean includeAttributes;
    private final StringBuilder out = new StringBuilder();

    private AstDumper(boolean includeAttributes) {
        this.includeAttributes = includeAttributes;
    }

    public static String dump(Module module, boolean includeAttributes) {
        AstDumper d = new AstDumper(includeAttributes);
        d.out.append("Module(body=");
        d.statements(module.body());
        d.out.append(", type_ignores=[])");
        return d.out.toString();
    }

    /** As {@code ast.dump(ast.parse(source, mode='eval'))}. */
    public static String dumpExpression(Expr body, boolean includeAttributes) {
        AstDumper d = new AstDumper(includeAttributes);
        d.out.append("Expression(body=");
        d.expr(body, Ctx.LOAD);
        d.out.append(')');
        return d.out.toString();
    }

    // ---- building blocks: a node is "Name(field=..., field=...)" ----

    private boolean firstField;

    private void open(String name) {
        out.append(name).append('(');
        firstField = true;
    }

    private void field(String name) {
        if (!firstField) {
            out.append(", ");
        }
        firstField = false;
        out.append(name).append('=');
    }

    private void close(Span span) {
        if (includeAttributes && span != null) {
            field("lineno");
            out.append(span.line());
            field("col_offset");
            out.append(span.col());
            field("end_lineno");
            out.append(span.endLine());
            field("end_col_offset");
            out.append(span.endCol());
        }
        out.append(')');
        firstField = false;
    }

    private void optionalExpr(String name, Expr e, Ctx ctx) {
        if (e != null) {
            field(name);
            expr(e, ctx);
        }
    }

    private void exprField(String name, Expr e, Ctx ctx) {
        field(name);
        expr(e, ctx);
    }

    private void exprList(String name, List<Expr> list, Ctx ctx) {
        field(name);
        exprList(list, ctx);
    }

    private void exprList(List<Expr> list, Ctx ctx) {
        out.append('[');
        for (int i = 0; i < list.size(); i++) {
            if (i > 0) {
                out.append(", ");
            }
            if (list.get(i) == null) {
                out.append("None");
            } else {
                expr(list.get(i), ctx);
            }
        }
        out.append(']');
        firstField = false;
    }

    private void statements(String name, List<Stmt> body) {
        field(name);
        statements(body);
    }

    private void statements(List<Stmt> body) {
        out.append('[');
        for (int i = 0; i < body.size(); i++) {
            if (i > 0) {
                out.append(", ");
            }
            statement(body.get(i));
        }
        out.append(']');
        firstField = false;
    }

    private void stringField(String name, String value) {
        if (value != null) {
            field(name);
            out.append(pythonRepr(value));
        }
    }

    private void raw(String name, String text) {
        field(name);
        out.append(text);
    }

    private void ctx(Ctx ctx) {
        raw("ctx", switch (ctx) {
            case LOAD -> "Load()";
            case STORE -> "Store()";
            case DEL -> "Del()";
        });
    }

    // ---- statements ----

    private void statement(Stmt s) {
        switch (s) {
            case Stmt.ExprStmt e -> {
                open("Expr");
                exprField("value", e.value(), Ctx.LOAD);
            }
            case Stmt.Assign a -> {
                open("Assign");
                exprList("targets", a.targets(), Ctx.STORE);
                exprField("value", a.value(), Ctx.LOAD);
            }
            case Stmt.AugAssign a -> {
                open("AugAssign");
                exprField("target", a.target(), Ctx.STORE);
                raw("op", operatorName(a.op()) + "()");
                exprField("value", a.value(), Ctx.LOAD);
            }
            case Stmt.AnnAssign a -> {
                open("AnnAssign");
                exprField("target", a.target(), Ctx.STORE);
                exprField("annotation", a.annotation(), Ctx.LOAD);
                optionalExpr("value", a.value(), Ctx.LOAD);
                raw("simple", a.simple() ? "1" : "0");
            }
            case Stmt.FunctionDef f -> {
                open("FunctionDef");
                stringField("name", f.name());
                field("args");
                arguments(f.args());
                statements("body", f.body());
                exprList("decorator_list", f.decorators(), Ctx.LOAD);
                optionalExpr("returns", f.returns(), Ctx.LOAD);
            }
            case Stmt.ClassDef c -> {
                open("ClassDef");
                stringField("name", c.name());
                exprList("bases", c.bases(), Ctx.LOAD);
                field("keywords");
                keywords(c.keywords());
                statements("body", c.body());
                exprList("decorator_list", c.decorators(), Ctx.LOAD);
            }
            case Stmt.Return r -> {
                open("Return");
                optionalExpr("value", r.value(), Ctx.LOAD);
            }
            case Stmt.Delete d -> {
                open("Delete");
                exprList("targets", d.targets(), Ctx.DEL);
            }
            case Stmt.If i -> {
                open("If");
                exprField("test", i.test(), Ctx.LOAD);
                statements("body", i.body());
                statements("orelse", i.orElse());
            }
            case Stmt.While w -> {
                open("While");
                exprField("test", w.test(), Ctx.LOAD);
                statements("body", w.body());
                statements("orelse", w.orElse());
            }
            case Stmt.For f -> {
                open("For");
                exprField("target", f.target(), Ctx.STORE);
                exprField("iter", f.iter(), Ctx.LOAD);
                statements("body", f.body());
                statements("orelse", f.orElse());
            }
            case Stmt.Break b -> open("Break");
            case Stmt.Continue c -> open("Continue");
            case Stmt.Pass p -> open("Pass");
            case Stmt.Raise r -> {
                open("Raise");
                optionalExpr("exc", r.exc(), Ctx.LOAD);
                optionalExpr("cause", r.cause(), Ctx.LOAD);
            }
            case Stmt.Try t -> {
                open("Try");
                statements("body", t.body());
                field("handlers");
                out.append('[');
                for (int i = 0; i < t.handlers().size(); i++) {
                    if (i > 0) {
                        out.append(", ");
                    }
                    handler(t.handlers().get(i));
                }
                out.append(']');
                firstField = false;
                statements("orelse", t.orElse());
                statements("finalbody", t.finalBody());
            }
            case Stmt.Assert a -> {
                open("Assert");
                exprField("test", a.test(), Ctx.LOAD);
                optionalExpr("msg", a.msg(), Ctx.LOAD);
            }
            case Stmt.Import i -> {
                open("Import");
                aliases(i.names());
            }
            case Stmt.ImportFrom i -> {
                open("ImportFrom");
                stringField("module", i.module());
                aliases(i.names());
                raw("level", Integer.toString(i.level()));
            }
            case Stmt.Global g -> {
                open("Global");
                names(g.names());
            }
            case Stmt.Nonlocal n -> {
                open("Nonlocal");
                names(n.names());
            }
            case Stmt.With w -> {
                open("With");
                field("items");
                out.append('[');
                for (int i = 0; i < w.items().size(); i++) {
                    if (i > 0) {
                        out.append(", ");
                    }
                    WithItem item = w.items().get(i);
                    open("withitem");
                    exprField("context_expr", item.contextExpr(), Ctx.LOAD);
                    optionalExpr("optional_vars", item.target(), Ctx.STORE);
                    close(null);
                }
                out.append(']');
                firstField = false;
                statements("body", w.body());
            }
        }
        close(s.span());
    }

    private void names(List<String> names) {
        field("names");
        out.append('[');
        for (int i = 0; i < names.size(); i++) {
            if (i > 0) {
                out.append(", ");
            }
            out.append(pythonRepr(names.get(i)));
        }
        out.append(']');
        firstField = false;
    }

    private void aliases(List<Alias> names) {
        field("names");
        out.append('[');
        for (int i = 0; i < names.size(); i++) {
            if (i > 0) {
                out.append(", ");
            }
            Alias a = names.get(i);
            open("alias");
            stringField("name", a.name());
            stringField("asname", a.asName());
            close(a.span());
        }
        out.append(']');
        firstField = false;
    }

    private void handler(ExceptHandler h) {
        open("ExceptHandler");
        optionalExpr("type", h.type(), Ctx.LOAD);
        stringField("name", h.name());
        statements("body", h.body());
        close(h.span());
    }

    private void arguments(Arguments a) {
        open("arguments");
        args("posonlyargs", a.posOnly());
        args("args", a.args());
        if (a.vararg() != null) {
            field("vararg");
            arg(a.vararg());
        }
        args("kwonlyargs", a.kwOnly());
        exprList("kw_defaults", a.kwDefaults(), Ctx.LOAD);
        if (a.kwarg() != null) {
            field("kwarg");
            arg(a.kwarg());
        }
        exprList("defaults", a.defaults(), Ctx.LOAD);
        close(null);
    }

    private void args(String name, List<Arguments.Arg> list) {
        field(name);
        out.append('[');
        for (int i = 0; i < list.size(); i++) {
            if (i > 0) {
                out.append(", ");
            }
            arg(list.get(i));
        }
        out.append(']');
        firstField = false;
    }

    private void arg(Arguments.Arg a) {
        open("arg");
        stringField("arg", a.name());
        optionalExpr("annotation", a.annotation(), Ctx.LOAD);
        close(a.span());
    }

    private void keywords(List<Keyword> list) {
        out.append('[');
        for (int i = 0; i < list.size(); i++) {
            if (i > 0) {
                out.append(", ");
            }
            Keyword k = list.get(i);
            open("keyword");
            stringField("arg", k.name());
            exprField("value", k.value(), Ctx.LOAD);
            close(k.span());
        }
        out.append(']');
        firstField = false;
    }

    private void generators(List<Comprehension> list) {
        field("generators");
        out.append('[');
        for (int i = 0; i < list.size(); i++) {
            if (i > 0) {
                out.append(", ");
            }
            Comprehension c = list.get(i);
            open("comprehension");
            exprField("target", c.target(), Ctx.STORE);
            exprField("iter", c.iter(), Ctx.LOAD);
            exprList("ifs", c.ifs(), Ctx.LOAD);
            raw("is_async", "0");
            close(null);
        }
        out.append(']');
        firstField = false;
    }

    // ---- expressions ----

    private void constant(String valueRepr) {
        open("Constant");
        raw("value", valueRepr);
    }

    private void expr(Expr e, Ctx ctx) {
        switch (e) {
            case Expr.IntLiteral i -> constant(i.value().toString());
            case Expr.FloatLiteral f -> constant(floatRepr(f.value()));
            case Expr.StrLiteral s -> constant(pythonRepr(s.value()));
            case Expr.BytesLiteral b -> constant(bytesRepr(b.value()));
            case Expr.BoolLiteral b -> constant(b.value() ? "True" : "False");
            case Expr.NoneLiteral n -> constant("None");
            case Expr.EllipsisLiteral el -> constant("Ellipsis");
            case Expr.FString f -> {
                open("JoinedStr");
                exprList("values", f.parts(), Ctx.LOAD);
            }
            case Expr.FormattedValue f -> {
                open("FormattedValue");
                exprField("value", f.value(), Ctx.LOAD);
                raw("conversion", Integer.toString(f.conversion() == 0 ? -1 : f.conversion()));
                optionalExpr("format_spec", f.formatSpec(), Ctx.LOAD);
            }
            case Expr.Name n -> {
                open("Name");
                stringField("id", n.id());
                ctx(ctx);
            }
            case Expr.BinOp b -> {
                open("BinOp");
                exprField("left", b.left(), Ctx.LOAD);
                raw("op", operatorName(b.op()) + "()");
                exprField("right", b.right(), Ctx.LOAD);
            }
            case Expr.UnaryOp u -> {
                open("UnaryOp");
                raw("op", switch (u.op()) {
                    case NOT -> "Not()";
                    case NEG -> "USub()";
                    case POS -> "UAdd()";
                    case INVERT -> "Invert()";
                });
                exprField("operand", u.operand(), Ctx.LOAD);
            }
            case Expr.BoolOp b -> {
                open("BoolOp");
                raw("op", b.isAnd() ? "And()" : "Or()");
                exprList("values", b.values(), Ctx.LOAD);
            }
            case Expr.Compare c -> {
                open("Compare");
                exprField("left", c.left(), Ctx.LOAD);
                field("ops");
                out.append('[');
                for (int i = 0; i < c.ops().size(); i++) {
                    if (i > 0) {
                        out.append(", ");
                    }
                    out.append(compareName(c.ops().get(i))).append("()");
                }
                out.append(']');
                firstField = false;
                exprList("comparators", c.comparators(), Ctx.LOAD);
            }
            case Expr.IfExp i -> {
                open("IfExp");
                exprField("test", i.test(), Ctx.LOAD);
                exprField("body", i.body(), Ctx.LOAD);
                exprField("orelse", i.orElse(), Ctx.LOAD);
            }
            case Expr.Lambda l -> {
                open("Lambda");
                field("args");
                arguments(l.args());
                exprField("body", l.body(), Ctx.LOAD);
            }
            case Expr.Call c -> {
                open("Call");
                exprField("func", c.func(), Ctx.LOAD);
                exprList("args", c.args(), Ctx.LOAD);
                field("keywords");
                keywords(c.keywords());
            }
            case Expr.Attribute a -> {
                open("Attribute");
                exprField("value", a.value(), Ctx.LOAD);
                stringField("attr", a.attr());
                ctx(ctx);
            }
            case Expr.Subscript s -> {
                open("Subscript");
                exprField("value", s.value(), Ctx.LOAD);
                exprField("slice", s.index(), Ctx.LOAD);
                ctx(ctx);
            }
            case Expr.Slice s -> {
                open("Slice");
                optionalExpr("lower", s.lower(), Ctx.LOAD);
                optionalExpr("upper", s.upper(), Ctx.LOAD);
                optionalExpr("step", s.step(), Ctx.LOAD);
            }
            case Expr.Starred s -> {
                open("Starred");
                exprField("value", s.value(), ctx);
                ctx(ctx);
            }
            case Expr.ListExpr l -> {
                open("List");
                exprList("elts", l.elements(), ctx);
                ctx(ctx);
            }
            case Expr.TupleExpr t -> {
                open("Tuple");
                exprList("elts", t.elements(), ctx);
                ctx(ctx);
            }
            case Expr.SetExpr s -> {
                open("Set");
                exprList("elts", s.elements(), Ctx.LOAD);
            }
            case Expr.DictExpr d -> {
                open("Dict");
                exprList("keys", d.keys(), Ctx.LOAD);
                exprList("values", d.values(), Ctx.LOAD);
            }
            case Expr.ListComp l -> {
                open("ListComp");
                exprField("elt", l.element(), Ctx.LOAD);
                generators(l.generators());
            }
            case Expr.SetComp s -> {
                open("SetComp");
                exprField("elt", s.element(), Ctx.LOAD);
                generators(s.generators());
            }
            case Expr.DictComp d -> {
                open("DictComp");
                exprField("key", d.key(), Ctx.LOAD);
                exprField("value", d.value(), Ctx.LOAD);
                generators(d.generators());
            }
            case Expr.GeneratorExp g -> {
                open("GeneratorExp");
                exprField("elt", g.element(), Ctx.LOAD);
                generators(g.generators());
            }
            case Expr.Yield y -> {
                open("Yield");
                optionalExpr("value", y.value(), Ctx.LOAD);
            }
            case Expr.YieldFrom y -> {
                open("YieldFrom");
                exprField("value", y.value(), Ctx.LOAD);
            }
            case Expr.NamedExpr n -> {
                open("NamedExpr");
                exprField("target", n.target(), Ctx.STORE);
                exprField("value", n.value(), Ctx.LOAD);
            }
        }
        close(e.span());
    }

    private static String operatorName(Operator op) {
        return switch (op) {
            case ADD -> "Add";
            case SUB -> "Sub";
            case MUL -> "Mult";
            case MATMUL -> "MatMult";
            case TRUEDIV -> "Div";
            case FLOORDIV -> "FloorDiv";
            case MOD -> "Mod";
            case POW -> "Pow";
            case LSHIFT -> "LShift";
            case RSHIFT -> "RShift";
            case BITOR -> "BitOr";
            case BITXOR -> "BitXor";
            case BITAND -> "BitAnd";
        };
    }

    private static String compareName(CompareOperator op) {
        return switch (op) {
            case EQ -> "Eq";
            case NE -> "NotEq";
            case LT -> "Lt";
            case LE -> "LtE";
            case GT -> "Gt";
            case GE -> "GtE";
            case IS -> "Is";
            case IS_NOT -> "IsNot";
            case IN -> "In";
            case NOT_IN -> "NotIn";
        };
    }

    // ---- Python's repr of constants ----

    /** repr(float): the shortest round-tripping digits, in exponent form below 1e-4 and from 1e16 on. */
    static String floatRepr(double d) {
        if (Double.isNaN(d)) {
            return "nan";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "inf" : "-inf";
        }
        if (d == 0) {
            return (1 / d < 0) ? "-0.0" : "0.0";
        }
        BigDecimal exact = shortestRoundTrip(Math.abs(d));
        String digits = exact.unscaledValue().toString();
        int decimalPoint = digits.length() - exact.scale();
        StringBuilder sb = new StringBuilder(d < 0 ? "-" : "");
        if (decimalPoint > -4 && decimalPoint <= 16) {
            if (decimalPoint <= 0) {
                sb.append("0.").append("0".repeat(-decimalPoint)).append(digits);
            } else if (decimalPoint >= digits.length()) {
                sb.append(digits).append("0".repeat(decimalPoint - digits.length())).append(".0");
            } else {
                sb.append(digits, 0, decimalPoint).append('.').append(digits, decimalPoint, digits.length());
            }
        } else {
            sb.append(digits.charAt(0));
            if (digits.length() > 1) {
                sb.append('.').append(digits, 1, digits.length());
            }
            int exponent = decimalPoint - 1;
            sb.append('e').append(exponent < 0 ? '-' : '+');
            String e = Integer.toString(Math.abs(exponent));
            sb.append(e.length() < 2 ? "0" + e : e);
        }
        return sb.toString();
    }

    /** The decimal with the fewest digits that reads back as d, correctly rounded from d's exact value. */
    private static BigDecimal shortestRoundTrip(double d) {
        BigDecimal exact = new BigDecimal(d);
        for (int precision = 1; precision < 17; precision++) {
            BigDecimal candidate = exact.round(new MathContext(precision, RoundingMode.HALF_EVEN));
            if (candidate.doubleValue() == d) {
                return candidate.stripTrailingZeros();
            }
        }
        return exact.round(new MathContext(17, RoundingMode.HALF_EVEN)).stripTrailingZeros();
    }

    /** repr(str): single quotes unless the text has a single quote and no double quote. */
    static String pythonRepr(String s) {
        char quote = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder sb = new StringBuilder().append(quote);
        for (int i = 0; i < s.length();) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == quote || cp == '\\') {
                sb.append('\\').appendCodePoint(cp);
            } else if (cp == '\n') {
                sb.append("\\n");
            } else if (cp == '\r') {
                sb.append("\\r");
            } else if (cp == '\t') {
                sb.append("\\t");
            } else if (isPrintable(cp)) {
                sb.appendCodePoint(cp);
            } else if (cp < 0x100) {
                sb.append(String.format("\\x%02x", cp));
            } else if (cp < 0x10000) {
                sb.append(String.format("\\u%04x", cp));
            } else {
                sb.append(String.format("\\U%08x", cp));
            }
        }
        return sb.append(quote).toString();
    }

    private static boolean isPrintable(int cp) {
        if (cp < 0x80) {
            return cp >= 0x20 && cp < 0x7f;
        }
        return switch (Character.getType(cp)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE, Character.UNASSIGNED,
                            Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR, Character.SPACE_SEPARATOR -> false;
            default -> true;
        };
    }

    static String bytesRepr(byte[] bytes) {
        boolean hasSingle = false;
        boolean hasDouble = false;
        for (byte b : bytes) {
            hasSingle |= b == '\'';
            hasDouble |= b == '"';
        }
        char quote = hasSingle && !hasDouble ? '"' : '\'';
        StringBuilder sb = new StringBuilder("b").append(quote);
        for (byte b : bytes) {
            int c = b & 0xFF;
            if (c == quote || c == '\\') {
                sb.append('\\').append((char) c);
            } else if (c == '\n') {
                sb.append("\\n");
            } else if (c == '\r') {
                sb.append("\\r");
            } else if (c == '\t') {
                sb.append("\\t");
            } else if (c >= 0x20 && c < 0x7f) {
                sb.append((char) c);
            } else {
                sb.append(String.format("\\x%02x", c));
            }
        }
        return sb.append(quote).toString();
    }
}
