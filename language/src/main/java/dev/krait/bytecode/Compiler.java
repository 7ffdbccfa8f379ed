package dev.krait.bytecode;

import java.nio.ByteBuffer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.oracle.truffle.api.source.Source;

import dev.krait.KraitLanguage;
import dev.krait.ast.Alias;
import dev.krait.ast.Arguments;
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
import dev.krait.bytecode.Assembler.Label;
import dev.krait.nodes.Translator;
import dev.krait.ops.Arithmetic;
import dev.krait.parser.PythonSyntaxError;
import dev.krait.runtime.FunctionCode;
import dev.krait.runtime.PEllipsis;
import dev.krait.runtime.PNone;
import dev.krait.runtime.PTuple;
import dev.krait.runtime.Signature;
import dev.krait.scope.Scope;
import dev.krait.scope.ScopeAnalyzer;
import dev.krait.scope.ScopeTable;
import dev.krait.scope.SymbolKind;

import static dev.krait.bytecode.Opcode.*;

/**
 * Compiles the syntax tree (after scope analysis) into code objects, following CPython 3.11's compile.c in shape:
 * the same instruction sequences for each construct, comprehensions as nested functions, exception handling through
 * an exception table with the same handler layout (SETUP_FINALLY / SETUP_CLEANUP regions, PUSH_EXC_INFO,
 * POP_EXCEPT, RERAISE), and break/continue/return leaving try, except and finally blocks by emitting the unwinding
 * code inline ("frame blocks").
 */
public final class Compiler {
    private final KraitLanguage language;
    private final Source source;
    private final String filename;
    private final ScopeTable scopes;
    private final String[] sourceLines;
    private Unit unit;
    private Assembler asm;
    private boolean interactive;

    /** What an enclosing statement needs done when break, continue or return leaves it. */
    private enum BlockKind {
        WHILE_LOOP, FOR_LOOP, TRY_EXCEPT, FINALLY_TRY, FINALLY_END, EXCEPTION_HANDLER, HANDLER_CLEANUP, POP_VALUE, WITH
    }

    /** datum: the finally body (FINALLY_TRY) or the except clause's name (HANDLER_CLEANUP). */
    private record Block(BlockKind kind, Label continueTarget, Label breakTarget, Object datum) {
    }

    /** The code object being compiled. */
    private static final class Unit {
        final Scope scope;
        final CodeObject.Kind kind;
        final String name;
        final String qualname;
        final int firstLine;
        final Assembler asm = new Assembler();
        final List<Object> consts = new ArrayList<>();
        final Map<Object, Integer> constIndex = new HashMap<>();
        final List<String> names = new ArrayList<>();
        final Map<String, Integer> nameIndex = new HashMap<>();
        final List<String> localsPlus = new ArrayList<>();
        final Map<String, Integer> localIndex = new HashMap<>();
        final Deque<Block> blocks = new ArrayDeque<>();
        int varnameCount;
        List<String> cellvars = List.of();
        List<String> freevars = List.of();
        int parameterCount;

        Unit(Scope scope, CodeObject.Kind kind, String name, String qualname, int firstLine) {
            this.scope = scope;
            this.kind = kind;
            this.name = name;
            this.qualname = qualname;
            this.firstLine = firstLine;
        }
    }

    private Compiler(KraitLanguage language, Source source, ScopeTable scopes) {
        this.language = language;
        this.source = source;
        this.filename = source.getName();
        this.scopes = scopes;
        this.sourceLines = source.getCharacters().toString().split("\n", -1);
    }

    /** Compiles a module; nested code objects (functions, lambdas, comprehensions, class bodies) are among the constants. */
    public static CodeObject compileModule(KraitLanguage language, Source source, ScopeTable scopes, Module tree) {
        return new Compiler(language, source, scopes).module(tree);
    }

    /** Interactive input, as CPython's "single" mode: module-level expression statements end in PRINT_EXPR. */
    public static CodeObject compileInteractive(KraitLanguage language, Source source, ScopeTable scopes, Module tree) {
        Compiler compiler = new Compiler(language, source, scopes);
        compiler.interactive = true;
        return compiler.module(tree);
    }

    // ------------------------------------------------------------------ units

    private void enter(Unit u) {
        unit = u;
        asm = u.asm;
    }

    private CodeObject module(Module tree) {
        enter(new Unit(scopes.module, CodeObject.Kind.MODULE, "<module>", "<module>", 1));
        // As in CPython, the module's RESUME has line 0.
        asm.position = new Span(0, 0, 1, 0);
        asm.emit(RESUME, 0);
        if (dev.krait.ast.Annotations.annotatesNames(tree.body())) {
            asm.position = tree.body().get(0).span();
            asm.emit(SETUP_ANNOTATIONS);
        }
        statements(tree.body());
        returnNoneAtEnd();
        return finish(PNone.NONE, false);
    }

    /** Lays out the frame as 3.11 does: varnames (without captured non-parameters), then cells, then free variables. */
    private void layoutLocals(Unit u, int parameterCount) {
        Scope scope = u.scope;
        List<String> params = scope.varnames.subList(0, parameterCount);
        for (String v : scope.varnames) {
            if (params.contains(v) || !scope.cellvars.contains(v)) {
                addLocal(u, v);
            }
        }
        u.varnameCount = u.localsPlus.size();
        for (String c : scope.cellvars) {
            if (!u.localIndex.containsKey(c)) {
                addLocal(u, c);
            }
        }
        for (String f : scope.freevars) {
            addLocal(u, f);
        }
        u.cellvars = List.copyOf(scope.cellvars);
        u.freevars = List.copyOf(scope.freevars);
        u.parameterCount = parameterCount;
    }

    private static void addLocal(Unit u, String name) {
        u.localIndex.put(name, u.localsPlus.size());
        u.localsPlus.add(name);
    }

    /**
     * MAKE_CELL for each cell, COPY_FREE_VARS, then RESUME: the start of every function's code in 3.11. A generator
     * returns its generator object at RETURN_GENERATOR; the first resume continues after it.
     */
    private void prologue(boolean generator) {
        asm.position = null;
        for (String c : unit.cellvars) {
            asm.emit(MAKE_CELL, unit.localIndex.get(c));
        }
        if (!unit.freevars.isEmpty()) {
            asm.emit(COPY_FREE_VARS, unit.freevars.size());
        }
        if (generator) {
            asm.position = new Span(unit.firstLine, 0, unit.firstLine, 0);
            asm.emit(RETURN_GENERATOR);
            asm.emit(POP_TOP);
        }
        asm.position = new Span(unit.firstLine, 0, unit.firstLine, 0);
        asm.emit(RESUME, 0);
    }

    private void returnNoneAtEnd() {
        if (asm.isReachable()) {
            loadConst(PNone.NONE);
            asm.emit(RETURN_VALUE);
        }
    }

    private CodeObject finish(Object docstring, boolean isGenerator) {
        Assembler.Assembled a = asm.assemble();
        Unit u = unit;
        Object[] consts = u.consts.toArray();
        String[][] keywordNames = new String[consts.length][];
        for (int i = 0; i < consts.length; i++) {
            if (consts[i] instanceof KeywordNames k) {
                keywordNames[i] = k.names;
                consts[i] = k.tuple;
            }
        }
        return new CodeObject(u.kind, u.name, u.qualname, filename, u.firstLine, a.code(), a.positions(), a.methodPositions(), consts, keywordNames,
                        u.names.toArray(new String[0]), u.localsPlus.toArray(new String[0]), u.varnameCount,
                        u.cellvars.toArray(new String[0]), u.freevars.toArray(new String[0]), u.parameterCount, a.exceptionTable(),
                        a.maxDepth(), docstring, isGenerator);
    }

    // ------------------------------------------------------------------ tables

    /** A tuple of keyword names for KW_NAMES: stored as a tuple, with the Java strings kept for CALL. */
    private record KeywordNames(PTuple tuple, String[] names) {
    }

    private int constIndex(Object value) {
        Object key = constKey(value);
        Integer index = unit.constIndex.get(key);
        if (index == null) {
            index = unit.consts.size();
            unit.consts.add(value);
            unit.constIndex.put(key, index);
        }
        return index;
    }

    /** Constants are shared when equal and of the same type (1, 1.0 and True stay apart, as do 0.0 and -0.0). */
    private static Object constKey(Object value) {
        if (value instanceof byte[] b) {
            return List.of(byte[].class, ByteBuffer.wrap(b));
        }
        if (value instanceof KeywordNames k) {
            return List.of(KeywordNames.class, List.of(k.names));
        }
        if (value instanceof CodeObject) {
            return value;
        }
        return List.of(value.getClass(), value);
    }

    private void loadConst(Object value) {
        asm.emit(LOAD_CONST, constIndex(value));
    }

    private int nameIndex(String name) {
        Integer index = unit.nameIndex.get(name);
        if (index == null) {
            index = unit.names.size();
            unit.names.add(name);
            unit.nameIndex.put(name, index);
        }
        return index;
    }

    private PythonSyntaxError error(String message, Span span) {
        String text = span.line() - 1 < sourceLines.length ? sourceLines[span.line() - 1] + "\n" : null;
        return new PythonSyntaxError(message, filename, span.line(), span.col() + 1, text);
    }

    // ------------------------------------------------------------------ names

    private enum Access {
        LOAD, STORE, DELETE
    }

    private SymbolKind kindOf(String id) {
        if (unit.kind == CodeObject.Kind.MODULE) {
            return SymbolKind.GLOBAL_IMPLICIT;
        }
        return unit.scope.kindOf(id);
    }

    /** True when loading {@code id} is LOAD_GLOBAL (so a call can fold its NULL into it, as 3.11 does). */
    private boolean loadsAsGlobal(String id) {
        SymbolKind kind = kindOf(id);
        boolean global = kind == SymbolKind.GLOBAL_EXPLICIT || kind == SymbolKind.GLOBAL_IMPLICIT;
        return global && unit.kind != CodeObject.Kind.MODULE && !(unit.kind == CodeObject.Kind.CLASS && kind == SymbolKind.GLOBAL_IMPLICIT);
    }

    private int localIndex(String id) {
        Integer index = unit.localIndex.get(id);
        if (index == null) {
            throw new IllegalStateException("no local slot for " + id + " in " + unit.scope);
        }
        return index;
    }

    private void nameOp(String id, Access access) {
        if (unit.kind == CodeObject.Kind.CLASS) {
            classNameOp(id, access);
            return;
        }
        switch (kindOf(id)) {
            case LOCAL -> asm.emit(switch (access) {
                case LOAD -> LOAD_FAST;
                case STORE -> STORE_FAST;
                case DELETE -> DELETE_FAST;
            }, localIndex(id));
            case CELL, FREE -> asm.emit(switch (access) {
                case LOAD -> LOAD_DEREF;
                case STORE -> STORE_DEREF;
                case DELETE -> DELETE_DEREF;
            }, localIndex(id));
            case GLOBAL_EXPLICIT, GLOBAL_IMPLICIT -> {
                if (unit.kind == CodeObject.Kind.MODULE) {
                    asm.emit(switch (access) {
                        case LOAD -> LOAD_NAME;
                        case STORE -> STORE_NAME;
                        case DELETE -> DELETE_NAME;
                    }, nameIndex(id));
                } else {
                    switch (access) {
                        case LOAD -> asm.emit(LOAD_GLOBAL, nameIndex(id) << 1);
                        case STORE -> asm.emit(STORE_GLOBAL, nameIndex(id));
                        case DELETE -> asm.emit(DELETE_GLOBAL, nameIndex(id));
                    }
                }
            }
        }
    }

    /**
     * Names in a class body: its own names (and implicit globals) go through the namespace with the NAME opcodes;
     * a free variable is read from the namespace first (LOAD_CLASSDEREF); explicit globals and cells as elsewhere.
     */
    private void classNameOp(String id, Access access) {
        SymbolKind kind = kindOf(id);
        switch (kind) {
            case LOCAL, GLOBAL_IMPLICIT -> asm.emit(switch (access) {
                case LOAD -> LOAD_NAME;
                case STORE -> STORE_NAME;
                case DELETE -> DELETE_NAME;
            }, nameIndex(id));
            case GLOBAL_EXPLICIT -> asm.emit(switch (access) {
                case LOAD -> LOAD_GLOBAL;
                case STORE -> STORE_GLOBAL;
                case DELETE -> DELETE_GLOBAL;
            }, access == Access.LOAD ? nameIndex(id) << 1 : nameIndex(id));
            case CELL, FREE -> asm.emit(switch (access) {
                case LOAD -> kind == SymbolKind.FREE ? LOAD_CLASSDEREF : LOAD_DEREF;
                case STORE -> STORE_DEREF;
                case DELETE -> DELETE_DEREF;
            }, localIndex(id));
        }
    }

    // ------------------------------------------------------------------ statements

    private void statements(List<Stmt> body) {
        for (Stmt s : body) {
            statement(s);
        }
    }

    private void statement(Stmt s) {
        asm.position = s.span();
        switch (s) {
            case Stmt.ExprStmt e -> {
                if (interactive && unit.kind == CodeObject.Kind.MODULE) {
                    expr(e.value());
                    asm.emit(PRINT_EXPR);
                } else if (!isConstant(e.value())) {
                    expr(e.value());
                    asm.emit(POP_TOP);
                }
            }
            case Stmt.Assign a -> {
                expr(a.value());
                for (int i = 0; i < a.targets().size(); i++) {
                    if (i < a.targets().size() - 1) {
                        asm.emit(COPY, 1);
                    }
                    store(a.targets().get(i));
                }
            }
            case Stmt.AugAssign a -> augAssign(a);
            case Stmt.AnnAssign a -> {
                if (a.value() != null) {
                    expr(a.value());
                    store(a.target());
                }
                // In a module or class body a simple name's annotation goes into __annotations__; functions skip it.
                if (a.simple() && a.target() instanceof Expr.Name n && unit.scope.kind != Scope.Kind.FUNCTION
                                && unit.scope.kind != Scope.Kind.COMPREHENSION) {
                    expr(a.annotation());
                    nameOp("__annotations__", Access.LOAD);
                    loadConst(n.id());
                    asm.emit(STORE_SUBSCR);
                }
            }
            case Stmt.FunctionDef f -> functionDefinition(f);
            case Stmt.ClassDef c -> classDefinition(c);
            case Stmt.Return r -> returnStatement(r);
            case Stmt.Delete d -> {
                for (Expr t : d.targets()) {
                    delete(t);
                }
            }
            case Stmt.If i -> {
                Label orElse = new Label();
                Label end = new Label();
                jumpIf(i.test(), false, i.orElse().isEmpty() ? end : orElse);
                statements(i.body());
                if (!i.orElse().isEmpty()) {
                    asm.position = null;
                    asm.emitJump(JUMP, end);
                    asm.bind(orElse);
                    statements(i.orElse());
                }
                asm.bind(end);
            }
            case Stmt.While w -> whileStatement(w);
            case Stmt.For f -> forStatement(f);
            case Stmt.Break b -> breakStatement();
            case Stmt.Continue c -> continueStatement();
            case Stmt.Pass p -> {
            }
            case Stmt.Raise r -> {
                int n = 0;
                if (r.exc() != null) {
                    expr(r.exc());
                    n++;
                    if (r.cause() != null) {
                        expr(r.cause());
                        n++;
                    }
                }
                asm.emit(RAISE_VARARGS, n);
            }
            case Stmt.Try t -> {
                if (!t.finalBody().isEmpty()) {
                    tryFinally(t);
                } else {
                    tryExcept(t);
                }
            }
            case Stmt.Assert a -> {
                Label end = new Label();
                jumpIf(a.test(), true, end);
                asm.emit(LOAD_ASSERTION_ERROR);
                if (a.msg() != null) {
                    expr(a.msg());
                    asm.emit(CALL, 0);
                }
                asm.emit(RAISE_VARARGS, 1);
                asm.bind(end);
            }
            case Stmt.Import i -> {
                for (Alias a : i.names()) {
                    importAlias(a);
                }
            }
            case Stmt.ImportFrom i -> importFrom(i);
            case Stmt.Global g -> {
            }
            case Stmt.Nonlocal n -> {
            }
            case Stmt.With w -> withStatement(w, 0);
        }
    }

    private static boolean isConstant(Expr e) {
        return e instanceof Expr.IntLiteral || e instanceof Expr.FloatLiteral || e instanceof Expr.StrLiteral || e instanceof Expr.BytesLiteral
                        || e instanceof Expr.BoolLiteral || e instanceof Expr.NoneLiteral || e instanceof Expr.EllipsisLiteral;
    }

    /** {@code import a.b.c} binds {@code a}; {@code import a.b.c as d} walks down to {@code c} with IMPORT_FROM (3.11). */
    private void importAlias(Alias a) {
        loadConst(0L);
        loadConst(PNone.NONE);
        asm.emit(IMPORT_NAME, nameIndex(a.name()));
        String[] parts = a.name().split("\\.");
        if (a.asName() == null) {
            nameOp(parts[0], Access.STORE);
            return;
        }
        for (int k = 1; k < parts.length; k++) {
            asm.emit(IMPORT_FROM, nameIndex(parts[k]));
            asm.emit(SWAP, 2);
            asm.emit(POP_TOP);
        }
        nameOp(a.asName(), Access.STORE);
    }

    private void importFrom(Stmt.ImportFrom i) {
        String moduleName = i.module() == null ? "" : i.module();
        Object[] fromList = i.names().stream().map(Alias::name).toArray();
        loadConst((long) i.level());
        loadConst(new PTuple(fromList));
        asm.emit(IMPORT_NAME, nameIndex(moduleName));
        if (i.names().size() == 1 && i.names().get(0).name().equals("*")) {
            asm.emit(IMPORT_STAR);
            return;
        }
        for (Alias a : i.names()) {
            asm.emit(IMPORT_FROM, nameIndex(a.name()));
            nameOp(a.asName() != null ? a.asName() : a.name(), Access.STORE);
        }
        asm.emit(POP_TOP);
    }

    private void augAssign(Stmt.AugAssign a) {
        int op = binaryOpArg(a.op()) + INPLACE_OFFSET;
        switch (a.target()) {
            case Expr.Name n -> {
                asm.position = n.span();
                nameOp(n.id(), Access.LOAD);
                expr(a.value());
                asm.position = a.span();
                asm.emit(BINARY_OP, op);
                asm.position = n.span();
                nameOp(n.id(), Access.STORE);
            }
            case Expr.Attribute at -> {
                // As 3.11: the target's parts at the target, the operation at the whole statement.
                expr(at.value());
                asm.position = at.span();
                asm.emit(COPY, 1);
                asm.emit(LOAD_ATTR, nameIndex(at.attr()));
                expr(a.value());
                asm.position = a.span();
                asm.emit(BINARY_OP, op);
                asm.position = at.span();
                asm.emit(SWAP, 2);
                asm.emit(STORE_ATTR, nameIndex(at.attr()));
            }
            case Expr.Subscript s -> {
                expr(s.value());
                expr(s.index());
                asm.position = s.span();
                asm.emit(COPY, 2);
                asm.emit(COPY, 2);
                asm.emit(BINARY_SUBSCR);
                expr(a.value());
                asm.position = a.span();
                asm.emit(BINARY_OP, op);
                asm.position = s.span();
                asm.emit(SWAP, 3);
                asm.emit(SWAP, 2);
                asm.emit(STORE_SUBSCR);
            }
            default -> throw error("'expression' is an illegal expression for augmented assignment", a.target().span());
        }
    }

    private void store(Expr target) {
        Span saved = asm.position;
        asm.position = target.span();
        switch (target) {
            case Expr.Name n -> nameOp(n.id(), Access.STORE);
            case Expr.Attribute a -> {
                expr(a.value());
                asm.emit(STORE_ATTR, nameIndex(a.attr()));
            }
            case Expr.Subscript s -> {
                expr(s.value());
                expr(s.index());
                asm.emit(STORE_SUBSCR);
            }
            case Expr.TupleExpr t -> unpack(t.elements());
            case Expr.ListExpr l -> unpack(l.elements());
            case Expr.Starred s -> throw error("starred assignment target must be in a list or tuple", s.span());
            default -> throw error("cannot assign to expression", target.span());
        }
        asm.position = saved;
    }

    private void unpack(List<Expr> elements) {
        int star = -1;
        for (int i = 0; i < elements.size(); i++) {
            if (elements.get(i) instanceof Expr.Starred s) {
                if (star >= 0) {
                    throw error("multiple starred expressions in assignment", s.span());
                }
                star = i;
            }
        }
        if (star < 0) {
            asm.emit(UNPACK_SEQUENCE, elements.size());
        } else {
            asm.emit(UNPACK_EX, star | (elements.size() - star - 1) << 8);
        }
        for (Expr e : elements) {
            store(e instanceof Expr.Starred s ? s.value() : e);
        }
    }

    private void delete(Expr target) {
        Span saved = asm.position;
        asm.position = target.span();
        switch (target) {
            case Expr.Name n -> nameOp(n.id(), Access.DELETE);
            case Expr.Subscript s -> {
                expr(s.value());
                expr(s.index());
                asm.emit(DELETE_SUBSCR);
            }
            case Expr.Attribute a -> {
                expr(a.value());
                asm.emit(DELETE_ATTR, nameIndex(a.attr()));
            }
            case Expr.TupleExpr t -> t.elements().forEach(this::delete);
            case Expr.ListExpr l -> l.elements().forEach(this::delete);
            default -> throw error("cannot delete expression", target.span());
        }
        asm.position = saved;
    }

    // ------------------------------------------------------------------ loops

    private static boolean isTrueConstant(Expr e) {
        return (e instanceof Expr.BoolLiteral b && b.value()) || (e instanceof Expr.IntLiteral i && !Long.valueOf(0).equals(i.value()));
    }

    /** 3.11's shape: the test before the loop, and again at the bottom jumping back to the body. */
    private void whileStatement(Stmt.While w) {
        Label top = new Label();
        Label body = new Label();
        Label orElse = new Label();
        Label end = new Label();
        boolean forever = isTrueConstant(w.test());
        asm.bind(top);
        if (!forever) {
            jumpIf(w.test(), false, orElse);
        }
        asm.bind(body);
        unit.blocks.push(new Block(BlockKind.WHILE_LOOP, top, end, null));
        statements(w.body());
        unit.blocks.pop();
        if (forever) {
            asm.position = null;
            asm.emitJump(JUMP, body);
        } else {
            jumpIf(w.test(), true, body);
        }
        asm.bind(orElse);
        statements(w.orElse());
        asm.bind(end);
    }

    private void forStatement(Stmt.For f) {
        Label start = new Label();
        Label cleanup = new Label();
        Label end = new Label();
        expr(f.iter());
        asm.emit(GET_ITER);
        asm.bind(start);
        asm.position = f.span();
        asm.emitJump(FOR_ITER, cleanup);
        store(f.target());
        unit.blocks.push(new Block(BlockKind.FOR_LOOP, start, end, null));
        statements(f.body());
        unit.blocks.pop();
        asm.position = null;
        asm.emitJump(JUMP, start);
        asm.bind(cleanup);
        statements(f.orElse());
        asm.bind(end);
    }

    private void breakStatement() {
        Span position = asm.position;
        Assembler.HandlerStack handlers = asm.handlers();
        Block loop = unwindBlocks(false, true);
        unwindBlock(loop, false);
        asm.position = position;
        asm.emitJump(JUMP, loop.breakTarget());
        asm.setHandlers(handlers);
    }

    private void continueStatement() {
        Span position = asm.position;
        Assembler.HandlerStack handlers = asm.handlers();
        Block loop = unwindBlocks(false, true);
        asm.position = position;
        asm.emitJump(JUMP, loop.continueTarget());
        asm.setHandlers(handlers);
    }

    private void returnStatement(Stmt.Return r) {
        Span position = asm.position;
        Assembler.HandlerStack handlers = asm.handlers();
        boolean preserve = r.value() != null && !isConstant(r.value());
        if (preserve) {
            expr(r.value());
        }
        unwindBlocks(preserve, false);
        asm.position = position;
        if (!preserve) {
            if (r.value() != null) {
                expr(r.value());
            } else {
                loadConst(PNone.NONE);
            }
        }
        asm.emit(RETURN_VALUE);
        asm.setHandlers(handlers);
    }

    /**
     * Emits the code that leaves the enclosing blocks, innermost first, up to the innermost loop (when
     * {@code toLoop}, which is returned without being left) or all of them. Each block is taken off the stack while
     * its exit code is compiled (a finally body compiled inline must not see its own try), then put back.
     */
    private Block unwindBlocks(boolean preserveTop, boolean toLoop) {
        if (unit.blocks.isEmpty()) {
            return null;
        }
        Block top = unit.blocks.peek();
        if (toLoop && (top.kind() == BlockKind.WHILE_LOOP || top.kind() == BlockKind.FOR_LOOP)) {
            return top;
        }
        unit.blocks.pop();
        try {
            unwindBlock(top, preserveTop);
            return unwindBlocks(preserveTop, toLoop);
        } finally {
            unit.blocks.push(top);
        }
    }

    private void unwindBlock(Block b, boolean preserveTop) {
        switch (b.kind()) {
            case WHILE_LOOP, EXCEPTION_HANDLER -> {
            }
            case FOR_LOOP -> {
                if (preserveTop) {
                    asm.emit(SWAP, 2);
                }
                asm.emit(POP_TOP);
            }
            case TRY_EXCEPT -> asm.popHandler();
            case FINALLY_TRY -> {
                asm.popHandler();
                if (preserveTop) {
                    unit.blocks.push(new Block(BlockKind.POP_VALUE, null, null, null));
                }
                @SuppressWarnings("unchecked")
                List<Stmt> finalBody = (List<Stmt>) b.datum();
                statements(finalBody);
                if (preserveTop) {
                    unit.blocks.pop();
                }
                asm.position = null;
            }
            case FINALLY_END -> {
                if (preserveTop) {
                    asm.emit(SWAP, 2);
                }
                asm.emit(POP_TOP);
                if (preserveTop) {
                    asm.emit(SWAP, 2);
                }
                asm.popHandler();
                asm.emit(POP_EXCEPT);
            }
            case HANDLER_CLEANUP -> {
                String name = (String) b.datum();
                if (name != null) {
                    asm.popHandler();
                }
                if (preserveTop) {
                    asm.emit(SWAP, 2);
                }
                asm.popHandler();
                asm.emit(POP_EXCEPT);
                if (name != null) {
                    clearName(name);
                }
            }
            case POP_VALUE -> {
                if (preserveTop) {
                    asm.emit(SWAP, 2);
                }
                asm.emit(POP_TOP);
            }
            case WITH -> {
                asm.popHandler();
                if (preserveTop) {
                    asm.emit(SWAP, 2);
                }
                callExitWithNones();
                asm.emit(POP_TOP);
            }
        }
    }

    // ------------------------------------------------------------------ with

    /**
     * {@code with a as x, b: body}, one item at a time (3.11's shape): BEFORE_WITH leaves the bound {@code __exit__}
     * under {@code __enter__()}'s result; the handler protects from the target's assignment on and, on an exception,
     * calls {@code __exit__(type, exc, tb)} (WITH_EXCEPT_START), re-raising unless it returns true.
     */
    private void withStatement(Stmt.With w, int index) {
        dev.krait.ast.WithItem item = w.items().get(index);
        Label handler = new Label();
        Label cleanup = new Label();
        Label suppressed = new Label();
        Label exit = new Label();
        asm.position = w.span();
        expr(item.contextExpr());
        asm.emit(BEFORE_WITH);
        asm.pushHandler(handler, true, asm.depth() - 1);
        unit.blocks.push(new Block(BlockKind.WITH, null, null, null));
        if (item.target() != null) {
            store(item.target());
        } else {
            asm.emit(POP_TOP);
        }
        if (index + 1 < w.items().size()) {
            withStatement(w, index + 1);
        } else {
            statements(w.body());
        }
        unit.blocks.pop();
        asm.position = null;
        asm.popHandler();
        asm.position = w.span();
        callExitWithNones();
        asm.emit(POP_TOP);
        asm.emitJump(JUMP, exit);

        asm.bind(handler);
        Assembler.Handler cleanupHandler = asm.pushHandler(cleanup, true);
        asm.emit(PUSH_EXC_INFO);
        asm.emit(WITH_EXCEPT_START);
        asm.position = null;
        asm.emitJump(POP_JUMP_IF_TRUE, suppressed);
        asm.emit(RERAISE, 2);
        asm.setHandlers(cleanupHandler.outer);
        asm.bind(cleanup);
        popExceptAndReraise();
        asm.bind(suppressed);
        asm.emit(POP_TOP);
        asm.popHandler();
        asm.emit(POP_EXCEPT);
        asm.emit(POP_TOP);
        asm.emit(POP_TOP);
        asm.bind(exit);
    }

    /** {@code __exit__(None, None, None)}: [exit] None None None, CALL 2 calls exit with the three Nones (3.11). */
    private void callExitWithNones() {
        loadConst(PNone.NONE);
        loadConst(PNone.NONE);
        loadConst(PNone.NONE);
        asm.emit(CALL, 2);
    }

    // ------------------------------------------------------------------ try

    /**
     * try/except/else. The body's handler pushes the exception and runs the clauses in turn; a clause's body is
     * protected by a cleanup handler that restores the previously handled exception (POP_EXCEPT) before
     * re-raising. {@code except E as e} clears {@code e} on every way out, as CPython does.
     */
    private void tryExcept(Stmt.Try t) {
        Label handlerStart = new Label();
        Label cleanup = new Label();
        Label end = new Label();
        asm.pushHandler(handlerStart, false);
        unit.blocks.push(new Block(BlockKind.TRY_EXCEPT, null, null, null));
        statements(t.body());
        unit.blocks.pop();
        asm.popHandler();
        statements(t.orElse());
        asm.position = null;
        asm.emitJump(JUMP, end);

        asm.bind(handlerStart);
        Assembler.Handler cleanupHandler = asm.pushHandler(cleanup, true);
        asm.emit(PUSH_EXC_INFO);
        unit.blocks.push(new Block(BlockKind.EXCEPTION_HANDLER, null, null, null));
        for (int i = 0; i < t.handlers().size(); i++) {
            ExceptHandler h = t.handlers().get(i);
            asm.position = h.span();
            Label next = new Label();
            if (h.type() != null) {
                expr(h.type());
                asm.emit(CHECK_EXC_MATCH);
                asm.emitJump(POP_JUMP_IF_FALSE, next);
            }
            if (h.name() != null) {
                Label cleanupEnd = new Label();
                nameOp(h.name(), Access.STORE);
                asm.pushHandler(cleanupEnd, true);
                unit.blocks.push(new Block(BlockKind.HANDLER_CLEANUP, null, null, h.name()));
                statements(h.body());
                unit.blocks.pop();
                asm.position = null;
                asm.popHandler();
                asm.popHandler();
                asm.emit(POP_EXCEPT);
                clearName(h.name());
                asm.emitJump(JUMP, end);

                asm.bind(cleanupEnd);
                clearName(h.name());
                asm.emit(RERAISE, 1);
            } else {
                asm.emit(POP_TOP);
                unit.blocks.push(new Block(BlockKind.HANDLER_CLEANUP, null, null, null));
                statements(h.body());
                unit.blocks.pop();
                asm.position = null;
                asm.popHandler();
                asm.emit(POP_EXCEPT);
                asm.emitJump(JUMP, end);
            }
            // The next clause is reached only from this clause's failed match, inside the cleanup region.
            asm.setHandlers(new Assembler.HandlerStack(cleanupHandler, cleanupHandler.outer));
            asm.bind(next);
        }
        unit.blocks.pop();
        asm.position = null;
        asm.emit(RERAISE, 0);
        asm.setHandlers(cleanupHandler.outer);
        asm.bind(cleanup);
        popExceptAndReraise();
        asm.bind(end);
    }

    /** try/finally (with or without except clauses): the finally body is compiled for the normal and the exceptional way out. */
    private void tryFinally(Stmt.Try t) {
        Label finallyHandler = new Label();
        Label cleanup = new Label();
        Label exit = new Label();
        asm.pushHandler(finallyHandler, false);
        unit.blocks.push(new Block(BlockKind.FINALLY_TRY, null, null, t.finalBody()));
        if (!t.handlers().isEmpty()) {
            tryExcept(t);
        } else {
            statements(t.body());
        }
        unit.blocks.pop();
        asm.popHandler();
        statements(t.finalBody());
        asm.position = null;
        asm.emitJump(JUMP, exit);

        asm.bind(finallyHandler);
        Assembler.Handler cleanupHandler = asm.pushHandler(cleanup, true);
        asm.emit(PUSH_EXC_INFO);
        unit.blocks.push(new Block(BlockKind.FINALLY_END, null, null, null));
        statements(t.finalBody());
        unit.blocks.pop();
        asm.position = null;
        asm.emit(RERAISE, 0);
        asm.setHandlers(cleanupHandler.outer);
        asm.bind(cleanup);
        popExceptAndReraise();
        asm.bind(exit);
    }

    /** The cleanup handler: restore the exception that was being handled before, then re-raise. */
    private void popExceptAndReraise() {
        asm.position = null;
        asm.emit(COPY, 3);
        asm.emit(POP_EXCEPT);
        asm.emit(RERAISE, 1);
    }

    /** {@code name = None; del name}: the end of {@code except ... as name}. */
    private void clearName(String name) {
        loadConst(PNone.NONE);
        nameOp(name, Access.STORE);
        nameOp(name, Access.DELETE);
    }

    // ------------------------------------------------------------------ functions

    private void functionDefinition(Stmt.FunctionDef f) {
        for (Expr d : f.decorators()) {
            expr(d);
        }
        Object doc = PNone.NONE;
        if (!f.body().isEmpty() && f.body().get(0) instanceof Stmt.ExprStmt e && e.value() instanceof Expr.StrLiteral s) {
            doc = s.value();
        }
        asm.position = f.span();
        makeFunction(f, f.name(), f.args(), f.body(), null, doc);
        // Decorators apply innermost first; CALL 0 with [decorator, function] on the stack calls decorator(function).
        for (int i = f.decorators().size() - 1; i >= 0; i--) {
            asm.position = f.decorators().get(i).span();
            asm.emit(CALL, 0);
        }
        asm.position = f.span();
        nameOp(f.name(), Access.STORE);
    }

    private void makeFunction(Node node, String name, Arguments args, List<Stmt> body, Expr lambdaBody, Object doc) {
        int flags = 0;
        if (!args.defaults().isEmpty()) {
            for (Expr d : args.defaults()) {
                expr(d);
            }
            asm.emit(BUILD_TUPLE, args.defaults().size());
            flags |= MF_DEFAULTS;
        }
        List<String> kwNames = new ArrayList<>();
        for (int i = 0; i < args.kwOnly().size(); i++) {
            Expr d = args.kwDefaults().get(i);
            if (d != null) {
                expr(d);
                kwNames.add(args.kwOnly().get(i).name());
            }
        }
        if (!kwNames.isEmpty()) {
            loadConst(new PTuple(kwNames.toArray()));
            asm.emit(BUILD_CONST_KEY_MAP, kwNames.size());
            flags |= MF_KWDEFAULTS;
        }
        Scope scope = scopes.scopeOf(node);
        CodeObject code = compileFunction(scope, name, args, body, lambdaBody, doc, node.span().line());
        makeClosure(scope, code, flags);
    }

    /** LOAD_CLOSURE for each free variable of the new code, then MAKE_FUNCTION. */
    private void makeClosure(Scope scope, CodeObject code, int flags) {
        if (!scope.freevars.isEmpty()) {
            for (String free : scope.freevars) {
                asm.emit(LOAD_CLOSURE, localIndex(free));
            }
            asm.emit(BUILD_TUPLE, scope.freevars.size());
            flags |= MF_CLOSURE;
        }
        loadConst(code);
        asm.emit(MAKE_FUNCTION, flags);
    }

    private CodeObject compileFunction(Scope scope, String name, Arguments args, List<Stmt> body, Expr lambdaBody, Object doc, int firstLine) {
        Unit outer = unit;
        Unit inner = new Unit(scope, CodeObject.Kind.FUNCTION, name, scope.qualname, firstLine);
        layoutLocals(inner, ScopeAnalyzer.allParameters(args).size());
        enter(inner);
        try {
            prologue(scope.isGenerator);
            if (lambdaBody != null) {
                expr(lambdaBody);
                asm.emit(RETURN_VALUE);
            } else {
                statements(body);
                returnNoneAtEnd();
            }
            CodeObject code = finish(doc, scope.isGenerator);
            Signature signature = Translator.signatureOf(args);
            makeCallTargets(code, new FunctionCode(name, scope.qualname, signature, new BytecodeRootNode(language, source, code).getCallTarget(),
                            scope.isGenerator, filename, firstLine));
            return code;
        } finally {
            enter(outer);
        }
    }

    private void makeCallTargets(CodeObject code, FunctionCode functionCode) {
        code.functionCode = functionCode;
        if (code.isGenerator) {
            code.generatorBody = new BytecodeGeneratorRootNode(language, source, code).getCallTarget();
        }
    }

    // ------------------------------------------------------------------ classes

    /**
     * {@code class C(bases, metaclass=M): body}: as 3.11, a call of the class builder (LOAD_BUILD_CLASS) with the
     * body's function, the name, the bases and the keywords. The body runs on the namespace it receives; if a method
     * uses {@code super()} or {@code __class__}, it hands the {@code __class__} cell over as {@code __classcell__}.
     */
    private void classDefinition(Stmt.ClassDef c) {
        for (Expr d : c.decorators()) {
            expr(d);
        }
        asm.position = c.span();
        asm.emit(PUSH_NULL);
        asm.emit(LOAD_BUILD_CLASS);
        Scope scope = scopes.scopeOf(c);
        Object doc = null;
        if (!c.body().isEmpty() && c.body().get(0) instanceof Stmt.ExprStmt e && e.value() instanceof Expr.StrLiteral str) {
            doc = str.value();
        }
        Unit outer = unit;
        Unit inner = new Unit(scope, CodeObject.Kind.CLASS, c.name(), scope.qualname, c.span().line());
        layoutLocals(inner, 0);
        CodeObject code;
        enter(inner);
        try {
            prologue(false);
            if (dev.krait.ast.Annotations.annotatesNames(c.body())) {
                asm.position = new Span(c.span().line(), c.span().col(), c.span().line(), c.span().col());
                asm.emit(SETUP_ANNOTATIONS);
            }
            statements(c.body());
            if (scope.needsClassCell()) {
                asm.position = null;
                asm.emit(LOAD_CLOSURE, localIndex("__class__"));
                asm.emit(STORE_NAME, nameIndex("__classcell__"));
            }
            returnNoneAtEnd();
            code = finish(doc, false);
            makeCallTargets(code, new FunctionCode(c.name(), scope.qualname, new Signature(new String[]{"__namespace__"}, 1, new String[0], null, null),
                            new BytecodeRootNode(language, source, code).getCallTarget(), false, filename, c.span().line()));
        } finally {
            enter(outer);
        }
        asm.position = c.span();
        makeClosure(scope, code, 0);
        loadConst(c.name());
        callArguments(2, c.bases(), c.keywords(), null);
        for (int i = c.decorators().size() - 1; i >= 0; i--) {
            asm.position = c.decorators().get(i).span();
            asm.emit(CALL, 0);
        }
        asm.position = c.span();
        nameOp(c.name(), Access.STORE);
    }

    // ------------------------------------------------------------------ comprehensions

    private enum Collection {
        LIST, SET, DICT, GENERATOR
    }

    /** As in 3.11: a nested function taking the first iterator as {@code .0}, called right away. */
    private void comprehension(Expr node, List<Comprehension> generators, Collection kind, Expr element, Expr value) {
        Scope scope = scopes.scopeOf(node);
        Unit outer = unit;
        Unit inner = new Unit(scope, CodeObject.Kind.COMPREHENSION, scope.name, scope.qualname, node.span().line());
        layoutLocals(inner, 1);
        CodeObject code;
        enter(inner);
        boolean generator = kind == Collection.GENERATOR;
        try {
            prologue(generator);
            asm.position = node.span();
            switch (kind) {
                case LIST -> asm.emit(BUILD_LIST, 0);
                case SET -> asm.emit(BUILD_SET, 0);
                case DICT -> asm.emit(BUILD_MAP, 0);
                case GENERATOR -> {
                }
            }
            asm.emit(LOAD_FAST, localIndex(".0"));
            comprehensionLoop(generators, 0, kind, element, value, node.span());
            asm.position = node.span();
            if (generator) {
                loadConst(PNone.NONE);
            }
            asm.emit(RETURN_VALUE);
            code = finish(PNone.NONE, generator);
            makeCallTargets(code, new FunctionCode(scope.name, scope.qualname, new Signature(new String[]{".0"}, 1, new String[0], null, null),
                            new BytecodeRootNode(language, source, code).getCallTarget(), generator, filename, node.span().line()));
        } finally {
            enter(outer);
        }
        makeClosure(scope, code, 0);
        expr(generators.get(0).iter());
        asm.emit(GET_ITER);
        asm.emit(CALL, 0);
    }

    /** The loops of a comprehension; their control instructions have the whole comprehension's position, as in 3.11. */
    private void comprehensionLoop(List<Comprehension> generators, int index, Collection kind, Expr element, Expr value, Span span) {
        Comprehension g = generators.get(index);
        Label start = new Label();
        Label anchor = new Label();
        asm.position = span;
        if (index > 0) {
            expr(g.iter());
            asm.emit(GET_ITER);
        }
        asm.bind(start);
        asm.emitJump(FOR_ITER, anchor);
        store(g.target());
        for (Expr test : g.ifs()) {
            jumpIf(test, false, start);
        }
        if (index + 1 < generators.size()) {
            comprehensionLoop(generators, index + 1, kind, element, value, span);
        } else {
            // The collection sits below one iterator per generator.
            int depth = generators.size() + 1;
            asm.position = span;
            expr(element);
            switch (kind) {
                case GENERATOR -> {
                    asm.emit(YIELD_VALUE);
                    asm.emit(RESUME, 1);
                    asm.emit(POP_TOP);
                }
                case LIST -> asm.emit(LIST_APPEND, depth);
                case SET -> asm.emit(SET_ADD, depth);
                case DICT -> {
                    expr(value);
                    asm.emit(MAP_ADD, depth);
                }
            }
        }
        asm.position = span;
        asm.emitJump(JUMP, start);
        asm.bind(anchor);
    }

    // ------------------------------------------------------------------ expressions

    private void expr(Expr e) {
        Span saved = asm.position;
        asm.position = e.span();
        switch (e) {
            case Expr.IntLiteral i -> loadConst(i.value());
            case Expr.FloatLiteral f -> loadConst(f.value());
            case Expr.StrLiteral s -> loadConst(s.value());
            case Expr.BytesLiteral b -> loadConst(b.value());
            case Expr.BoolLiteral b -> loadConst(b.value());
            case Expr.NoneLiteral n -> loadConst(PNone.NONE);
            case Expr.EllipsisLiteral x -> loadConst(PEllipsis.INSTANCE);
            case Expr.FString f -> fstring(f);
            case Expr.FormattedValue f -> formattedValue(f);
            case Expr.Name n -> nameOp(n.id(), Access.LOAD);
            case Expr.BinOp b -> {
                expr(b.left());
                expr(b.right());
                asm.emit(BINARY_OP, binaryOpArg(b.op()));
            }
            case Expr.UnaryOp u -> unary(u);
            case Expr.BoolOp b -> {
                Label end = new Label();
                int last = b.values().size() - 1;
                for (int i = 0; i < last; i++) {
                    expr(b.values().get(i));
                    asm.emitJump(b.isAnd() ? JUMP_IF_FALSE_OR_POP : JUMP_IF_TRUE_OR_POP, end);
                }
                expr(b.values().get(last));
                asm.bind(end);
            }
            case Expr.Compare c -> compare(c);
            case Expr.IfExp i -> {
                Label orElse = new Label();
                Label end = new Label();
                jumpIf(i.test(), false, orElse);
                expr(i.body());
                asm.emitJump(JUMP, end);
                asm.bind(orElse);
                expr(i.orElse());
                asm.bind(end);
            }
            case Expr.Lambda l -> makeFunction(l, "<lambda>", l.args(), null, l.body(), PNone.NONE);
            case Expr.Call c -> call(c);
            case Expr.Attribute a -> {
                expr(a.value());
                asm.emit(LOAD_ATTR, nameIndex(a.attr()));
            }
            case Expr.Subscript s -> {
                expr(s.value());
                expr(s.index());
                asm.emit(BINARY_SUBSCR);
            }
            case Expr.Slice s -> {
                loadOrNone(s.lower());
                loadOrNone(s.upper());
                if (s.step() != null) {
                    expr(s.step());
                }
                asm.emit(BUILD_SLICE, s.step() != null ? 3 : 2);
            }
            case Expr.Starred s -> throw error("can't use starred expression here", s.span());
            case Expr.ListExpr l -> sequence(l.elements(), 0, BUILD_LIST, LIST_APPEND, LIST_EXTEND, false);
            case Expr.TupleExpr t -> sequence(t.elements(), 0, BUILD_LIST, LIST_APPEND, LIST_EXTEND, true);
            case Expr.SetExpr s -> sequence(s.elements(), 0, BUILD_SET, SET_ADD, SET_UPDATE, false);
            case Expr.DictExpr d -> dict(d);
            case Expr.ListComp c -> comprehension(c, c.generators(), Collection.LIST, c.element(), null);
            case Expr.SetComp c -> comprehension(c, c.generators(), Collection.SET, c.element(), null);
            case Expr.DictComp c -> comprehension(c, c.generators(), Collection.DICT, c.key(), c.value());
            case Expr.GeneratorExp c -> comprehension(c, c.generators(), Collection.GENERATOR, c.element(), null);
            case Expr.Yield y -> {
                loadOrNone(y.value());
                asm.emit(YIELD_VALUE);
                asm.emit(RESUME, 1);
            }
            case Expr.YieldFrom y -> {
                // SEND passes sent values (and thrown exceptions) to the delegate until it returns.
                Label send = new Label();
                Label done = new Label();
                expr(y.value());
                asm.emit(GET_YIELD_FROM_ITER);
                loadConst(PNone.NONE);
                asm.bind(send);
                asm.emitJump(SEND, done);
                asm.emit(YIELD_VALUE);
                asm.emit(RESUME, 2);
                asm.emitJump(JUMP_BACKWARD_NO_INTERRUPT, send);
                asm.bind(done);
            }
            case Expr.NamedExpr n -> {
                expr(n.value());
                asm.emit(COPY, 1);
                nameOp(n.target().id(), Access.STORE);
            }
        }
        asm.position = saved;
    }

    private void loadOrNone(Expr e) {
        if (e == null) {
            loadConst(PNone.NONE);
        } else {
            expr(e);
        }
    }

    /** -5 and -2.5 are constants (so -9223372036854775808 stays a long), as in the AST engine. */
    private void unary(Expr.UnaryOp u) {
        switch (u.op()) {
            case NOT -> {
                expr(u.operand());
                asm.emit(UNARY_NOT);
            }
            case NEG -> {
                if (u.operand() instanceof Expr.IntLiteral i) {
                    loadConst(Arithmetic.negate(i.value()));
                } else if (u.operand() instanceof Expr.FloatLiteral f) {
                    loadConst(-f.value());
                } else {
                    expr(u.operand());
                    asm.emit(UNARY_NEGATIVE);
                }
            }
            case POS -> {
                expr(u.operand());
                asm.emit(UNARY_POSITIVE);
            }
            case INVERT -> {
                expr(u.operand());
                asm.emit(UNARY_INVERT);
            }
        }
    }

    /** BINARY_OP's argument: CPython's NB_* numbering; the in-place forms are 13 higher. */
    static final Operator[] NB_OPERATORS = {Operator.ADD, Operator.BITAND, Operator.FLOORDIV, Operator.LSHIFT, Operator.MATMUL, Operator.MUL,
                    Operator.MOD, Operator.BITOR, Operator.POW, Operator.RSHIFT, Operator.SUB, Operator.TRUEDIV, Operator.BITXOR};
    static final int INPLACE_OFFSET = 13;

    private static int binaryOpArg(Operator op) {
        for (int i = 0; i < NB_OPERATORS.length; i++) {
            if (NB_OPERATORS[i] == op) {
                return i;
            }
        }
        throw new IllegalArgumentException(op.toString());
    }

    /** COMPARE_OP's argument: CPython's cmp_op order. */
    static final CompareOperator[] COMPARE_OPERATORS = {CompareOperator.LT, CompareOperator.LE, CompareOperator.EQ, CompareOperator.NE,
                    CompareOperator.GT, CompareOperator.GE};

    private void compareOp(CompareOperator op) {
        switch (op) {
            case IS -> asm.emit(IS_OP, 0);
            case IS_NOT -> asm.emit(IS_OP, 1);
            case IN -> asm.emit(CONTAINS_OP, 0);
            case NOT_IN -> asm.emit(CONTAINS_OP, 1);
            default -> asm.emit(COMPARE_OP, java.util.Arrays.asList(COMPARE_OPERATORS).indexOf(op));
        }
    }

    /** {@code a < b < c}: each operand once; the first false comparison is the result. */
    private void compare(Expr.Compare c) {
        expr(c.left());
        int n = c.ops().size();
        if (n == 1) {
            expr(c.comparators().get(0));
            compareOp(c.ops().get(0));
            return;
        }
        Label cleanup = new Label();
        Label end = new Label();
        for (int i = 0; i < n - 1; i++) {
            expr(c.comparators().get(i));
            asm.emit(SWAP, 2);
            asm.emit(COPY, 2);
            compareOp(c.ops().get(i));
            asm.emitJump(JUMP_IF_FALSE_OR_POP, cleanup);
        }
        expr(c.comparators().get(n - 1));
        compareOp(c.ops().get(n - 1));
        asm.emitJump(JUMP, end);
        asm.bind(cleanup);
        asm.emit(SWAP, 2);
        asm.emit(POP_TOP);
        asm.bind(end);
    }

    /**
     * Jumps to {@code target} when the truth of {@code e} is {@code cond}, without building and/or/not values. As in
     * 3.11, a comparison leaves its position in place for the instructions that follow (so a failing assert points at
     * its comparison); other tests jump at the enclosing statement's position.
     */
    private void jumpIf(Expr e, boolean cond, Label target) {
        switch (e) {
            case Expr.UnaryOp u when u.op() == dev.krait.ast.UnaryOperator.NOT -> jumpIf(u.operand(), !cond, target);
            case Expr.BoolOp b -> {
                boolean isOr = !b.isAnd();
                Label next = isOr == cond ? target : new Label();
                int last = b.values().size() - 1;
                for (int i = 0; i < last; i++) {
                    jumpIf(b.values().get(i), isOr, next);
                }
                jumpIf(b.values().get(last), cond, target);
                if (next != target) {
                    asm.bind(next);
                }
            }
            case Expr.Compare c -> {
                asm.position = c.span();
                expr(c.left());
                int n = c.ops().size();
                if (n == 1) {
                    expr(c.comparators().get(0));
                    compareOp(c.ops().get(0));
                    asm.emitJump(cond ? POP_JUMP_IF_TRUE : POP_JUMP_IF_FALSE, target);
                    return;
                }
                Label cleanup = new Label();
                for (int i = 0; i < n - 1; i++) {
                    expr(c.comparators().get(i));
                    asm.emit(SWAP, 2);
                    asm.emit(COPY, 2);
                    compareOp(c.ops().get(i));
                    asm.emitJump(POP_JUMP_IF_FALSE, cleanup);
                }
                expr(c.comparators().get(n - 1));
                compareOp(c.ops().get(n - 1));
                asm.emitJump(cond ? POP_JUMP_IF_TRUE : POP_JUMP_IF_FALSE, target);
                Label end = new Label();
                asm.emitJump(JUMP, end);
                asm.bind(cleanup);
                asm.emit(POP_TOP);
                if (!cond) {
                    asm.emitJump(JUMP, target);
                }
                asm.bind(end);
            }
            default -> {
                expr(e);
                asm.emitJump(cond ? POP_JUMP_IF_TRUE : POP_JUMP_IF_FALSE, target);
            }
        }
    }

    /** A replacement field: FORMAT_VALUE has the whole f-string's position (as 3.11), the value its own. */
    private void formattedValue(Expr.FormattedValue f) {
        expr(f.value());
        int flags = switch (f.conversion()) {
            case 's' -> FVC_STR;
            case 'r' -> FVC_REPR;
            case 'a' -> FVC_ASCII;
            default -> 0;
        };
        if (f.formatSpec() != null) {
            expr(f.formatSpec());
            flags |= FVS_HAVE_SPEC;
        }
        asm.emit(FORMAT_VALUE, flags);
    }

    private void fstring(Expr.FString f) {
        if (f.parts().isEmpty()) {
            loadConst("");
            return;
        }
        for (Expr part : f.parts()) {
            if (part instanceof Expr.FormattedValue v) {
                formattedValue(v);
            } else {
                expr(part);
            }
        }
        if (f.parts().size() > 1) {
            asm.emit(BUILD_STRING, f.parts().size());
        }
    }

    /**
     * A list, tuple or set display (and the positional arguments of a call with {@code *}, after {@code pushed} ones
     * already on the stack): without starred items the elements and one BUILD; with them, a collection grown item by
     * item (a tuple is built as a list first).
     */
    private void sequence(List<Expr> elements, int pushed, int build, int add, int extend, boolean tuple) {
        boolean starred = elements.stream().anyMatch(x -> x instanceof Expr.Starred);
        if (!starred) {
            for (Expr x : elements) {
                expr(x);
            }
            asm.emit(tuple ? BUILD_TUPLE : build, pushed + elements.size());
            return;
        }
        boolean built = false;
        for (int i = 0; i < elements.size(); i++) {
            Expr x = elements.get(i);
            if (x instanceof Expr.Starred s) {
                if (!built) {
                    asm.emit(build, pushed + i);
                    built = true;
                }
                expr(s.value());
                asm.emit(extend, 1);
            } else {
                expr(x);
                if (built) {
                    asm.emit(add, 1);
                }
            }
        }
        if (tuple) {
            asm.emit(LIST_TO_TUPLE);
        }
    }

    private void dict(Expr.DictExpr d) {
        boolean haveDict = false;
        int pending = 0;
        for (int i = 0; i < d.keys().size(); i++) {
            Expr key = d.keys().get(i);
            if (key == null) {
                if (pending > 0) {
                    asm.emit(BUILD_MAP, pending);
                    if (haveDict) {
                        asm.emit(DICT_UPDATE, 1);
                    }
                    haveDict = true;
                    pending = 0;
                }
                if (!haveDict) {
                    asm.emit(BUILD_MAP, 0);
                    haveDict = true;
                }
                expr(d.values().get(i));
                asm.emit(DICT_UPDATE, 1);
            } else {
                expr(key);
                expr(d.values().get(i));
                pending++;
            }
        }
        if (pending > 0 || !haveDict) {
            asm.emit(BUILD_MAP, pending);
            if (haveDict) {
                asm.emit(DICT_UPDATE, 1);
            }
        }
    }

    // ------------------------------------------------------------------ calls

    /**
     * A call. The callable goes on the stack below a NULL (3.11's layout); {@code obj.m(...)} uses LOAD_METHOD, which
     * leaves the method's name below the receiver so that CALL calls it without a bound method. Keyword names go
     * to KW_NAMES. With {@code *} or {@code **} the arguments are collected into a tuple and a dict for
     * CALL_FUNCTION_EX.
     */
    private void call(Expr.Call c) {
        if (c.func() instanceof Expr.Name n && c.args().isEmpty() && c.keywords().isEmpty()
                        && (unit.scope.kind == Scope.Kind.MODULE || unit.scope.kindOf(n.id()) == dev.krait.scope.SymbolKind.GLOBAL_IMPLICIT)
                        && (n.id().equals("locals") || n.id().equals("vars") || n.id().equals("dir") || n.id().equals("globals"))) {
            // They read the calling frame: as the AST engine's FrameNamesNode does.
            asm.emit(LOAD_FRAME_NAMES, n.id().equals("globals") ? 1 : n.id().equals("dir") ? 2 : 0);
            return;
        }
        if (isZeroArgumentSuper(c)) {
            // super() is super(__class__, <first argument>), read where the AST engine's SuperNode reads them.
            if (unit.scope.varnames.isEmpty() || unit.scope.kind != Scope.Kind.FUNCTION) {
                throw error("super(): no arguments", c.span());
            }
            nameOpForCall((Expr.Name) c.func());
            nameOp("__class__", Access.LOAD);
            nameOp(unit.scope.varnames.get(0), Access.LOAD);
            asm.emit(CALL, 2);
            return;
        }
        Span methodPosition = null;
        if (c.func() instanceof Expr.Attribute a) {
            methodPosition = a.span();
            expr(a.value());
            Span saved = asm.position;
            asm.position = a.span();
            asm.emit(LOAD_METHOD, nameIndex(a.attr()));
            asm.position = saved;
        } else if (c.func() instanceof Expr.Name n) {
            nameOpForCall(n);
        } else {
            asm.emit(PUSH_NULL);
            expr(c.func());
        }
        callArguments(0, c.args(), c.keywords(), methodPosition);
    }

    private boolean isZeroArgumentSuper(Expr.Call c) {
        return c.func() instanceof Expr.Name n && n.id().equals("super") && c.args().isEmpty() && c.keywords().isEmpty()
                        && kindOf("super") == SymbolKind.GLOBAL_IMPLICIT && unit.scope.freevars.contains("__class__");
    }

    /** The callee and its NULL: a global folds them into LOAD_GLOBAL (NULL + name). */
    private void nameOpForCall(Expr.Name n) {
        if (loadsAsGlobal(n.id())) {
            Span saved = asm.position;
            asm.position = n.span();
            asm.emit(LOAD_GLOBAL, nameIndex(n.id()) << 1 | 1);
            asm.position = saved;
        } else {
            asm.emit(PUSH_NULL);
            expr(n);
        }
    }

    /**
     * The arguments of a call whose callable (and {@code pushed} leading positional arguments) are on the stack,
     * then CALL, or CALL_FUNCTION_EX when there are {@code *} or {@code **} arguments.
     */
    private void callArguments(int pushed, List<Expr> args, List<Keyword> keywords, Span methodPosition) {
        boolean simple = args.stream().noneMatch(a -> a instanceof Expr.Starred) && keywords.stream().allMatch(k -> k.name() != null);
        if (simple) {
            for (Expr a : args) {
                expr(a);
            }
            for (Keyword k : keywords) {
                expr(k.value());
            }
            if (!keywords.isEmpty()) {
                String[] names = keywords.stream().map(Keyword::name).toArray(String[]::new);
                asm.emit(KW_NAMES, constIndex(new KeywordNames(new PTuple(names.clone()), names)));
            }
            asm.emitCall(CALL, pushed + args.size() + keywords.size(), methodPosition);
            return;
        }
        if (pushed == 0 && args.size() == 1 && args.get(0) instanceof Expr.Starred s) {
            expr(s.value());
        } else {
            sequence(args, pushed, BUILD_LIST, LIST_APPEND, LIST_EXTEND, true);
        }
        boolean haveDict = false;
        if (!keywords.isEmpty()) {
            int pending = 0;
            for (Keyword k : keywords) {
                if (k.name() == null) {
                    if (pending > 0) {
                        asm.emit(BUILD_MAP, pending);
                        if (haveDict) {
                            asm.emit(DICT_MERGE, 1);
                        }
                        haveDict = true;
                        pending = 0;
                    }
                    if (!haveDict) {
                        asm.emit(BUILD_MAP, 0);
                        haveDict = true;
                    }
                    expr(k.value());
                    asm.emit(DICT_MERGE, 1);
                } else {
                    loadConst(k.name());
                    expr(k.value());
                    pending++;
                }
            }
            if (pending > 0) {
                asm.emit(BUILD_MAP, pending);
                if (haveDict) {
                    asm.emit(DICT_MERGE, 1);
                }
                haveDict = true;
            }
        }
        asm.emitCall(CALL_FUNCTION_EX, haveDict ? 1 : 0, methodPosition);
    }
}
