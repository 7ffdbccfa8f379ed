package dev.krait.scope;

import java.util.IdentityHashMap;
import java.util.List;

import dev.krait.ast.Alias;
import dev.krait.ast.Arguments;
import dev.krait.ast.Comprehension;
import dev.krait.ast.ExceptHandler;
import dev.krait.ast.Expr;
import dev.krait.ast.Keyword;
import dev.krait.ast.Module;
import dev.krait.ast.Node;
import dev.krait.ast.Span;
import dev.krait.ast.Stmt;
import dev.krait.ast.WithItem;
import dev.krait.parser.PythonSyntaxError;

/**
 * Scope analysis as CPython's symtable does it: a first pass collects, per scope, the names bound, used and declared
 * global/nonlocal; a second pass resolves each name to local, cell, free or global, marking the cells that inner
 * functions capture. It also reports the compile-time SyntaxErrors that need scope knowledge (return/yield outside
 * a function, break/continue outside a loop, misplaced global/nonlocal).
 */
public final class ScopeAnalyzer {
    private final String filename;
    private final String[] sourceLines;
    private final IdentityHashMap<Node, Scope> byNode = new IdentityHashMap<>();
    private Scope current;
    private int loopDepth;
    /** Statements and expressions being visited, nested: CPython's symtable refuses more than 3000. */
    private int depth;
    /** Loops, try and with blocks around the current statement of the current function (CPython's fblocks). */
    private int blockDepth;

    /** CPython's limit: sys.getrecursionlimit() (1000 by default) times COMPILER_STACK_FRAME_SCALE (3). */
    private static final int MAX_DEPTH = 3000;
    /** CPython's CO_MAXBLOCKS. */
    private static final int MAX_BLOCKS = 20;

    private ScopeAnalyzer(String source, String filename) {
        this.filename = filename;
        this.sourceLines = source.split("\n", -1);
    }

    public static ScopeTable analyze(Module module, String source, String filename) {
        try {
            return analyzeModule(module, source, filename);
        } catch (StackOverflowError e) {
            // A thread with a small stack: the same report as when the depth limit is reached.
            throw tooDeep(filename);
        }
    }

    private static PythonSyntaxError tooDeep(String filename) {
        return new PythonSyntaxError("RecursionError", "maximum recursion depth exceeded during compilation", filename, 0, 0, 0, null);
    }

    private static ScopeTable analyzeModule(Module module, String source, String filename) {
        ScopeAnalyzer analyzer = new ScopeAnalyzer(source, filename);
        Scope top = new Scope(Scope.Kind.MODULE, "<module>", null, module);
        top.qualname = "<module>";
        analyzer.byNode.put(module, top);
        analyzer.current = top;
        analyzer.statements(module.body());
        analyzer.resolve(top);
        return new ScopeTable(top, analyzer.byNode);
    }

    private PythonSyntaxError error(String message, Span span) {
        String text = span.line() - 1 < sourceLines.length ? sourceLines[span.line() - 1] + "\n" : null;
        return new PythonSyntaxError(message, filename, span.line(), span.col() + 1, text);
    }

    // ---------------------------------------------------------------- first pass: collect

    private void statements(List<Stmt> body) {
        for (Stmt s : body) {
            statement(s);
        }
    }

    private void bind(String id) {
        current.bound.add(id);
    }

    private void use(String id) {
        current.used.add(id);
    }

    private Scope open(Scope.Kind kind, String name, Node node) {
        Scope scope = new Scope(kind, name, current, node);
        String prefix = current.kind == Scope.Kind.MODULE ? "" : current.kind == Scope.Kind.CLASS ? current.qualname + "." : current.qualname + ".<locals>.";
        scope.qualname = prefix + name;
        byNode.put(node, scope);
        return scope;
    }

    private void statement(Stmt s) {
        enterNode();
        try {
            statementBody(s);
        } finally {
            depth--;
        }
    }

    private void enterNode() {
        if (++depth > MAX_DEPTH) {
            throw tooDeep(filename);
        }
    }

    /** Counts a block (loop, try, with) entered by {@code s}, as CPython's compiler_push_fblock. */
    private void enterBlock(Stmt s) {
        if (++blockDepth > MAX_BLOCKS) {
            String text = s.span().line() - 1 < sourceLines.length ? sourceLines[s.span().line() - 1] : "";
            throw new PythonSyntaxError("SyntaxError", "too many statically nested blocks", filename, s.span().line(), s.span().col() + 1,
                            text.length() + 1, text + "\n");
        }
    }

    private void statementBody(Stmt s) {
        switch (s) {
            case Stmt.ExprStmt e -> expr(e.value());
            case Stmt.Assign a -> {
                expr(a.value());
                for (Expr t : a.targets()) {
                    target(t);
                }
            }
            case Stmt.AugAssign a -> {
                expr(a.value());
                if (a.target() instanceof Expr.Name n) {
                    use(n.id());
                    bind(n.id());
                } else {
                    target(a.target());
                }
            }
            case Stmt.AnnAssign a -> {
                if (a.value() != null) {
                    expr(a.value());
                }
                if (current.kind != Scope.Kind.FUNCTION || !(a.target() instanceof Expr.Name)) {
                    expr(a.annotation());
                }
                if (a.target() instanceof Expr.Name n) {
                    if (current.globals.contains(n.id()) || current.nonlocals.contains(n.id())) {
                        throw error("annotated name '" + n.id() + "' can't be " + (current.globals.contains(n.id()) ? "global" : "nonlocal"), a.span());
                    }
                    bind(n.id());
                } else {
                    target(a.target());
                }
            }
            case Stmt.FunctionDef f -> {
                for (Expr d : f.decorators()) {
                    expr(d);
                }
                argumentDefaults(f.args());
                argumentAnnotations(f.args());
                if (f.returns() != null) {
                    expr(f.returns());
                }
                bind(f.name());
                function(f, f.name(), f.args(), () -> statements(f.body()));
            }
            case Stmt.ClassDef c -> {
                for (Expr d : c.decorators()) {
                    expr(d);
                }
                for (Expr b : c.bases()) {
                    expr(b);
                }
                for (Keyword k : c.keywords()) {
                    expr(k.value());
                }
                bind(c.name());
                Scope outer = current;
                int outerLoops = loopDepth;
                int outerBlocks = blockDepth;
                current = open(Scope.Kind.CLASS, c.name(), c);
                loopDepth = 0;
                blockDepth = 0;
                statements(c.body());
                current = outer;
                loopDepth = outerLoops;
                blockDepth = outerBlocks;
            }
            case Stmt.Return r -> {
                if (!current.isFunctionLike() || current.kind == Scope.Kind.COMPREHENSION) {
                    throw error("'return' outside function", r.span());
                }
                if (r.value() != null) {
                    expr(r.value());
                }
            }
            case Stmt.Delete d -> {
                for (Expr t : d.targets()) {
                    target(t);
                }
            }
            case Stmt.If i -> {
                expr(i.test());
                statements(i.body());
                statements(i.orElse());
            }
            case Stmt.While w -> {
                expr(w.test());
                loopDepth++;
                enterBlock(w);
                statements(w.body());
                blockDepth--;
                loopDepth--;
                statements(w.orElse());
            }
            case Stmt.For f -> {
                expr(f.iter());
                target(f.target());
                loopDepth++;
                enterBlock(f);
                statements(f.body());
                blockDepth--;
                loopDepth--;
                statements(f.orElse());
            }
            case Stmt.Break b -> {
                if (loopDepth == 0) {
                    throw error("'break' outside loop", b.span());
                }
            }
            case Stmt.Continue c -> {
                if (loopDepth == 0) {
                    throw error("'continue' not properly in loop", c.span());
                }
            }
            case Stmt.Pass p -> {
            }
            case Stmt.Raise r -> {
                if (r.exc() != null) {
                    expr(r.exc());
                }
                if (r.cause() != null) {
                    expr(r.cause());
                }
            }
            case Stmt.Try t -> {
                enterBlock(t);
                statements(t.body());
                blockDepth--;
                for (ExceptHandler h : t.handlers()) {
                    if (h.type() != null) {
                        expr(h.type());
                    }
                    if (h.name() != null) {
                        bind(h.name());
                    }
                    statements(h.body());
                }
                statements(t.orElse());
                statements(t.finalBody());
            }
            case Stmt.Assert a -> {
                expr(a.test());
                if (a.msg() != null) {
                    expr(a.msg());
                }
            }
            case Stmt.Import i -> {
                for (Alias a : i.names()) {
                    String id = a.asName() != null ? a.asName() : a.name().split("\\.")[0];
                    bind(id);
                }
            }
            case Stmt.ImportFrom i -> {
                for (Alias a : i.names()) {
                    if (a.name().equals("*")) {
                        if (current.kind != Scope.Kind.MODULE) {
                            throw error("import * only allowed at module level", i.span());
                        }
                        continue;
                    }
                    bind(a.asName() != null ? a.asName() : a.name());
                }
            }
            case Stmt.Global g -> {
                for (String id : g.names()) {
                    if (current.params.contains(id)) {
                        throw error("name '" + id + "' is parameter and global", g.span());
                    }
                    if (current.nonlocals.contains(id)) {
                        throw error("name '" + id + "' is nonlocal and global", g.span());
                    }
                    if (current.bound.contains(id)) {
                        throw error("name '" + id + "' is assigned to before global declaration", g.span());
                    }
                    if (current.used.contains(id)) {
                        throw error("name '" + id + "' is used prior to global declaration", g.span());
                    }
                    current.globals.add(id);
                }
            }
            case Stmt.Nonlocal n -> {
                if (current.kind == Scope.Kind.MODULE) {
                    throw error("nonlocal declaration not allowed at module level", n.span());
                }
                for (String id : n.names()) {
                    if (current.params.contains(id)) {
                        throw error("name '" + id + "' is parameter and nonlocal", n.span());
                    }
                    if (current.globals.contains(id)) {
                        throw error("name '" + id + "' is nonlocal and global", n.span());
                    }
                    if (current.bound.contains(id)) {
                        throw error("name '" + id + "' is assigned to before nonlocal declaration", n.span());
                    }
                    if (current.used.contains(id)) {
                        throw error("name '" + id + "' is used prior to nonlocal declaration", n.span());
                    }
                    current.nonlocals.add(id);
                    current.nonlocalSpans.put(id, n.span());
                }
            }
            case Stmt.With w -> {
                for (WithItem item : w.items()) {
                    expr(item.contextExpr());
                    if (item.target() != null) {
                        target(item.target());
                    }
                }
                enterBlock(w);
                statements(w.body());
                blockDepth--;
            }
        }
    }

    private void argumentDefaults(Arguments args) {
        for (Expr d : args.defaults()) {
            expr(d);
        }
        for (Expr d : args.kwDefaults()) {
            if (d != null) {
                expr(d);
            }
        }
    }

    private void argumentAnnotations(Arguments args) {
        for (Arguments.Arg a : allParameters(args)) {
            if (a.annotation() != null) {
                expr(a.annotation());
            }
        }
    }

    /** Parameters in CPython's co_varnames order: positional-only, positional, keyword-only, *args, **kwargs. */
    public static List<Arguments.Arg> allParameters(Arguments args) {
        List<Arguments.Arg> all = new java.util.ArrayList<>(args.posOnly());
        all.addAll(args.args());
        all.addAll(args.kwOnly());
        if (args.vararg() != null) {
            all.add(args.vararg());
        }
        if (args.kwarg() != null) {
            all.add(args.kwarg());
        }
        return all;
    }

    private void function(Node node, String name, Arguments args, Runnable body) {
        Scope outer = current;
        int outerLoops = loopDepth;
        int outerBlocks = blockDepth;
        current = open(Scope.Kind.FUNCTION, name, node);
        loopDepth = 0;
        blockDepth = 0;
        for (Arguments.Arg a : allParameters(args)) {
            if (!current.params.add(a.name())) {
                throw error("duplicate argument '" + a.name() + "' in function definition", a.span());
            }
            current.varnames.add(a.name());
            bind(a.name());
        }
        body.run();
        current = outer;
        loopDepth = outerLoops;
        blockDepth = outerBlocks;
    }

    private void target(Expr t) {
        switch (t) {
            case Expr.Name n -> bind(n.id());
            case Expr.TupleExpr tuple -> tuple.elements().forEach(this::target);
            case Expr.ListExpr list -> list.elements().forEach(this::target);
            case Expr.Starred s -> target(s.value());
            case Expr.Attribute a -> expr(a.value());
            case Expr.Subscript s -> {
                expr(s.value());
                expr(s.index());
            }
            default -> expr(t);
        }
    }

    private void expr(Expr e) {
        enterNode();
        try {
            exprBody(e);
        } finally {
            depth--;
        }
    }

    private void exprBody(Expr e) {
        switch (e) {
            case Expr.IntLiteral x -> {
            }
            case Expr.FloatLiteral x -> {
            }
            case Expr.StrLiteral x -> {
            }
            case Expr.BytesLiteral x -> {
            }
            case Expr.BoolLiteral x -> {
            }
            case Expr.NoneLiteral x -> {
            }
            case Expr.EllipsisLiteral x -> {
            }
            case Expr.FString f -> f.parts().forEach(this::expr);
            case Expr.FormattedValue f -> {
                expr(f.value());
                if (f.formatSpec() != null) {
                    expr(f.formatSpec());
                }
            }
            case Expr.Name n -> {
                use(n.id());
                if (n.id().equals("super") || n.id().equals("__class__")) {
                    markClassCellUse();
                }
            }
            case Expr.BinOp b -> {
                expr(b.left());
                expr(b.right());
            }
            case Expr.UnaryOp u -> expr(u.operand());
            case Expr.BoolOp b -> b.values().forEach(this::expr);
            case Expr.Compare c -> {
                expr(c.left());
                c.comparators().forEach(this::expr);
            }
            case Expr.IfExp i -> {
                expr(i.test());
                expr(i.body());
                expr(i.orElse());
            }
            case Expr.Lambda l -> {
                argumentDefaults(l.args());
                function(l, "<lambda>", l.args(), () -> expr(l.body()));
            }
            case Expr.Call c -> {
                expr(c.func());
                c.args().forEach(this::expr);
                for (Keyword k : c.keywords()) {
                    expr(k.value());
                }
            }
            case Expr.Attribute a -> expr(a.value());
            case Expr.Subscript s -> {
                expr(s.value());
                expr(s.index());
            }
            case Expr.Slice s -> {
                if (s.lower() != null) {
                    expr(s.lower());
                }
                if (s.upper() != null) {
                    expr(s.upper());
                }
                if (s.step() != null) {
                    expr(s.step());
                }
            }
            case Expr.Starred s -> expr(s.value());
            case Expr.ListExpr l -> l.elements().forEach(this::expr);
            case Expr.TupleExpr t -> t.elements().forEach(this::expr);
            case Expr.SetExpr s -> s.elements().forEach(this::expr);
            case Expr.DictExpr d -> {
                for (Expr k : d.keys()) {
                    if (k != null) {
                        expr(k);
                    }
                }
                d.values().forEach(this::expr);
            }
            case Expr.ListComp c -> comprehension(c, "<listcomp>", c.generators(), () -> expr(c.element()));
            case Expr.SetComp c -> comprehension(c, "<setcomp>", c.generators(), () -> expr(c.element()));
            case Expr.DictComp c -> comprehension(c, "<dictcomp>", c.generators(), () -> {
                expr(c.key());
                expr(c.value());
            });
            case Expr.GeneratorExp c -> comprehension(c, "<genexpr>", c.generators(), () -> expr(c.element()));
            case Expr.Yield y -> {
                yieldHere(y.span());
                if (y.value() != null) {
                    expr(y.value());
                }
            }
            case Expr.YieldFrom y -> {
                yieldHere(y.span());
                expr(y.value());
            }
            case Expr.NamedExpr n -> {
                expr(n.value());
                Scope target = current;
                while (target.kind == Scope.Kind.COMPREHENSION) {
                    target = target.parent;
                }
                if (target != current && target.kind == Scope.Kind.CLASS) {
                    throw error("assignment expression within a comprehension cannot be used in a class body", n.span());
                }
                target.bound.add(n.target().id());
                if (target != current) {
                    // The comprehension reaches the binding through a cell of the enclosing scope.
                    current.used.add(n.target().id());
                    if (target.kind == Scope.Kind.MODULE || target.globals.contains(n.target().id())) {
                        current.globals.add(n.target().id());
                    } else {
                        current.nonlocals.add(n.target().id());
                    }
                }
            }
        }
    }

    private void yieldHere(Span span) {
        if (current.kind == Scope.Kind.MODULE || current.kind == Scope.Kind.CLASS) {
            throw error("'yield' outside function", span);
        }
        current.isGenerator = true;
    }

    private void markClassCellUse() {
        Scope s = current;
        while (s != null && s.kind != Scope.Kind.CLASS) {
            if (s.kind == Scope.Kind.FUNCTION) {
                s.used.add("__class__");
            }
            s = s.parent;
        }
        if (s != null && current.kind != Scope.Kind.CLASS) {
            s.needsClassCell = true;
        }
    }

    /** A comprehension is a function scope; its first iterable is evaluated in the enclosing scope. */
    private void comprehension(Expr node, String name, List<Comprehension> generators, Runnable element) {
        expr(generators.get(0).iter());
        Scope outer = current;
        int outerLoops = loopDepth;
        current = open(Scope.Kind.COMPREHENSION, name, node);
        loopDepth = 0;
        current.isGenerator = node instanceof Expr.GeneratorExp;
        current.params.add(".0");
        current.varnames.add(".0");
        current.bound.add(".0");
        for (int i = 0; i < generators.size(); i++) {
            Comprehension g = generators.get(i);
            if (i > 0) {
                expr(g.iter());
            }
            target(g.target());
            g.ifs().forEach(this::expr);
        }
        element.run();
        current = outer;
        loopDepth = outerLoops;
    }

    // ---------------------------------------------------------------- second pass: resolve

    private void resolve(Scope scope) {
        for (String id : scope.globals) {
            scope.symbols.put(id, SymbolKind.GLOBAL_EXPLICIT);
        }
        for (String id : scope.nonlocals) {
            if (findBinding(scope.parent, id) == null) {
                throw error("no binding for nonlocal '" + id + "' found", scope.nonlocalSpans.getOrDefault(id, scope.node.span()));
            }
            scope.symbols.put(id, SymbolKind.FREE);
        }
        if (scope.kind != Scope.Kind.MODULE) {
            for (String id : scope.bound) {
                if (!scope.symbols.containsKey(id)) {
                    scope.symbols.put(id, SymbolKind.LOCAL);
                    if (scope.isFunctionLike() && !scope.varnames.contains(id)) {
                        scope.varnames.add(id);
                    }
                }
            }
        }
        if (scope.kind == Scope.Kind.CLASS && scope.needsClassCell) {
            scope.symbols.put("__class__", SymbolKind.CELL);
            scope.cellvars.add("__class__");
        }
        for (String id : scope.used) {
            if (scope.symbols.containsKey(id)) {
                continue;
            }
            if (scope.kind != Scope.Kind.MODULE && findBinding(scope.parent, id) != null) {
                scope.symbols.put(id, SymbolKind.FREE);
            } else if (scope.kind == Scope.Kind.MODULE && scope.bound.contains(id)) {
                continue;
            } else {
                scope.symbols.put(id, SymbolKind.GLOBAL_IMPLICIT);
            }
        }
        for (Scope child : scope.children) {
            resolve(child);
        }
        // Every free name of a child is free here too (passed through) unless this scope binds it (a cell).
        for (Scope child : scope.children) {
            for (String id : child.freevars) {
                captureFrom(scope, id);
            }
        }
        for (var entry : scope.symbols.entrySet()) {
            if (entry.getValue() == SymbolKind.FREE && !scope.freevars.contains(entry.getKey())) {
                scope.freevars.add(entry.getKey());
            }
        }
    }

    /** Called after a child's resolution: the child needs {@code id} from this scope or further out. */
    private static void captureFrom(Scope scope, String id) {
        SymbolKind kind = scope.symbols.get(id);
        if (scope.kind == Scope.Kind.CLASS) {
            if (id.equals("__class__") && scope.needsClassCell) {
                return;
            }
            // Class scopes are skipped by inner functions, but pass the free variable through (LOAD_CLASSDEREF).
            if (!scope.freevars.contains(id)) {
                scope.freevars.add(id);
            }
            if (kind == null) {
                scope.symbols.put(id, SymbolKind.FREE);
            }
            return;
        }
        if (kind == SymbolKind.LOCAL) {
            scope.symbols.put(id, SymbolKind.CELL);
            scope.cellvars.add(id);
        } else if (kind == null || kind == SymbolKind.GLOBAL_IMPLICIT) {
            scope.symbols.put(id, SymbolKind.FREE);
            if (!scope.freevars.contains(id)) {
                scope.freevars.add(id);
            }
        }
    }

    /** The nearest enclosing function scope that binds {@code id} (class scopes do not count). */
    private static Scope findBinding(Scope scope, String id) {
        for (Scope s = scope; s != null && s.kind != Scope.Kind.MODULE; s = s.parent) {
            if (s.kind == Scope.Kind.CLASS) {
                if (id.equals("__class__") && s.needsClassCell) {
                    return s;
                }
                continue;
            }
            if (s.globals.contains(id)) {
                return null;
            }
            if (s.bound.contains(id) || s.nonlocals.contains(id)) {
                return s;
            }
        }
        return null;
    }
}
