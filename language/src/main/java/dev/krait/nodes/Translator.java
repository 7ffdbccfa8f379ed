package dev.krait.nodes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Set;
import java.util.Map;

import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.frame.FrameDescriptor;
import com.oracle.truffle.api.frame.FrameSlotKind;
import com.oracle.truffle.api.nodes.DirectCallNode;
import com.oracle.truffle.api.source.Source;

import dev.krait.KraitLanguage;
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
import dev.krait.nodes.call.CallExprNode;
import dev.krait.nodes.call.ClassDefNode;
import dev.krait.nodes.call.SuperNode;
import dev.krait.nodes.control.WithNode;
import dev.krait.nodes.generator.GeneratorBodyRootNode;
import dev.krait.nodes.generator.GeneratorNodes;
import dev.krait.nodes.variables.ClassNameNodes;
import dev.krait.nodes.call.DecorateNode;
import dev.krait.nodes.call.MakeFunctionNode;
import dev.krait.nodes.control.BlockNode;
import dev.krait.nodes.control.ForNode;
import dev.krait.nodes.control.IfNode;
import dev.krait.nodes.control.RaiseNode;
import dev.krait.nodes.control.SimpleControlNodes;
import dev.krait.nodes.control.TryExceptNode;
import dev.krait.nodes.control.TryFinallyNode;
import dev.krait.nodes.control.WhileNode;
import dev.krait.nodes.expression.AccessNodes;
import dev.krait.nodes.expression.ComprehensionNodes;
import dev.krait.nodes.expression.DisplayNodes;
import dev.krait.nodes.expression.FStringNodes;
import dev.krait.nodes.expression.FrameNamesNode;
import dev.krait.nodes.expression.LiteralNodes;
import dev.krait.nodes.expression.OperatorNodes;
import dev.krait.nodes.statement.AssertNode;
import dev.krait.nodes.statement.AssignNode;
import dev.krait.nodes.statement.AugAssignNodes;
import dev.krait.nodes.statement.DeleteNode;
import dev.krait.nodes.statement.ExprStmtNode;
import dev.krait.nodes.statement.ImportNode;
import dev.krait.nodes.statement.Targets;
import dev.krait.nodes.variables.CellNodes;
import dev.krait.nodes.variables.ReadGlobalNode;
import dev.krait.nodes.variables.ReadLocalNode;
import dev.krait.nodes.variables.WriteGlobalNode;
import dev.krait.nodes.variables.WriteLocalNode;
import dev.krait.parser.PythonSyntaxError;
import dev.krait.runtime.FunctionCode;
import dev.krait.runtime.PEllipsis;
import dev.krait.runtime.PModule;
import dev.krait.runtime.PNone;
import dev.krait.runtime.Signature;
import dev.krait.scope.Scope;
import dev.krait.scope.ScopeAnalyzer;
import dev.krait.scope.ScopeTable;
import dev.krait.scope.SymbolKind;

/** Builds the self-specializing AST (nodes) from the syntax tree after scope analysis. */
public final class Translator {
    private final KraitLanguage language;
    private final Source source;
    private final ScopeTable scopes;
    private final PModule module;
    private final String[] sourceLines;
    private FunctionState state;
    private boolean interactive;
    /** The yield state slots created while translating the current statement (in generator bodies). */
    private List<Integer> yieldSlots = new ArrayList<>();
    /** True while translating a generator statement that contains a yield: its other operands keep their values. */
    private boolean cacheOperands;

    /** The frame layout of the code being translated. */
    private static final class FunctionState {
        final Scope scope;
        final FrameDescriptor.Builder descriptor = FrameDescriptor.newBuilder();
        final Map<String, Integer> slots = new HashMap<>();
        /** In a generator body: the slot holding the generator object (statements containing yield get resumable nodes). */
        int generatorSlot = -1;
        /** In a class body: the slot holding the class namespace. */
        int namespaceSlot = -1;
        /** In a function: the slot a return in tail position writes its value to (-1 elsewhere). */
        int returnSlot = -1;
        /** The return statements in tail position: they end the function without a control-flow exception. */
        final Set<Stmt.Return> tailReturns = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

        FunctionState(Scope scope) {
            this.scope = scope;
        }

        boolean inGenerator() {
            return generatorSlot >= 0;
        }

        int intSlot() {
            return descriptor.addSlot(FrameSlotKind.Int, null, null);
        }

        int newSlot(String name) {
            return descriptor.addSlot(FrameSlotKind.Illegal, name, null);
        }

        int tempSlot() {
            return descriptor.addSlot(FrameSlotKind.Object, null, null);
        }
    }

    public Translator(KraitLanguage language, Source source, ScopeTable scopes, PModule module) {
        this.language = language;
        this.source = source;
        this.scopes = scopes;
        this.module = module;
        this.sourceLines = source.getCharacters().toString().split("\n", -1);
    }

    /** Interactive input: expression statements at module level display their values (CPython's "single" mode). */
    public ModuleBodyRootNode translateInteractive(Module tree) {
        interactive = true;
        return translateModule(tree);
    }

    public ModuleBodyRootNode translateModule(Module tree) {
        state = new FunctionState(scopes.module);
        StmtNode body = at(new RootBodyNode(block(withAnnotationsDict(tree.body()))), tree.span());
        return new ModuleBodyRootNode(language, state.descriptor.build(), source, body, module);
    }

    // ------------------------------------------------------------------ helpers

    private <T extends KraitNode> T at(T node, Span span) {
        int endCol = Math.max(span.endCol(), 1);
        node.setPosition(span.line(), span.col() + 1, span.endLine(), endCol);
        return node;
    }

    private PythonSyntaxError error(String message, Span span) {
        String text = span.line() - 1 < sourceLines.length ? sourceLines[span.line() - 1] + "\n" : null;
        return new PythonSyntaxError(message, source.getName(), span.line(), span.col() + 1, text);
    }

    private StmtNode block(List<Stmt> body) {
        StmtNode[] nodes = new StmtNode[body.size()];
        for (int i = 0; i < nodes.length; i++) {
            nodes[i] = statement(body.get(i));
        }
        if (state.inGenerator() && containsYield(body)) {
            return new GeneratorNodes.GenBlockNode(nodes, state.intSlot());
        }
        return new BlockNode(nodes);
    }

    /**
     * Marks the returns in tail position of a function body, which then end the call by writing the return slot
     * instead of throwing (a throw per call is what a call costs most in the interpreter). {@code if c: ... return x}
     * followed by more statements is the same as {@code if c: ... return x else: <the rest>}, so the rest is moved
     * into the else branch and its returns are in tail position too.
     */
    private List<Stmt> withTailReturns(List<Stmt> body) {
        List<Stmt> result = new ArrayList<>(body);
        for (int i = 0; i < result.size() - 1; i++) {
            if (result.get(i) instanceof Stmt.If s && s.orElse().isEmpty() && !s.body().isEmpty() && s.body().get(s.body().size() - 1) instanceof Stmt.Return) {
                List<Stmt> rest = new ArrayList<>(result.subList(i + 1, result.size()));
                result.subList(i, result.size()).clear();
                result.add(new Stmt.If(s.test(), s.body(), rest, s.span()));
                break;
            }
        }
        if (result.isEmpty()) {
            return result;
        }
        Stmt last = result.get(result.size() - 1);
        if (last instanceof Stmt.Return r) {
            state.tailReturns.add(r);
        } else if (last instanceof Stmt.If s) {
            result.set(result.size() - 1, new Stmt.If(s.test(), withTailReturns(s.body()), withTailReturns(s.orElse()), s.span()));
        }
        return result;
    }

    private StmtNode blockOrNull(List<Stmt> body) {
        return body.isEmpty() ? null : block(body);
    }

    private ExprNode[] expressions(List<Expr> list) {
        ExprNode[] nodes = new ExprNode[list.size()];
        for (int i = 0; i < nodes.length; i++) {
            nodes[i] = expr(list.get(i));
        }
        return nodes;
    }

    // ------------------------------------------------------------------ statements

    private StmtNode statement(Stmt s) {
        if (state.inGenerator() && containsYield(s)) {
            List<Integer> outer = yieldSlots;
            boolean outerCaching = cacheOperands;
            yieldSlots = new ArrayList<>();
            cacheOperands = true;
            try {
                StmtNode resumable = resumableStatement(s);
                StmtNode node = at(resumable != null ? resumable : plainStatement(s), s.span());
                if (yieldSlots.isEmpty()) {
                    return node;
                }
                return at(new GeneratorNodes.ResetYieldsNode(node, yieldSlots.stream().mapToInt(Integer::intValue).toArray()), s.span());
            } finally {
                yieldSlots = outer;
                cacheOperands = outerCaching;
            }
        }
        boolean outerCaching = cacheOperands;
        cacheOperands = false;
        try {
            return at(plainStatement(s), s.span());
        } finally {
            cacheOperands = outerCaching;
        }
    }

    private StmtNode plainStatement(Stmt s) {
        return switch (s) {
            case Stmt.ExprStmt e -> interactive && state.scope.kind == Scope.Kind.MODULE ? new ExprStmtNode.PrintExprNode(expr(e.value()))
                            : new ExprStmtNode(expr(e.value()));
            case Stmt.Assign a -> {
                TargetNode[] targets = new TargetNode[a.targets().size()];
                for (int i = 0; i < targets.length; i++) {
                    targets[i] = target(a.targets().get(i));
                }
                yield new AssignNode(expr(a.value()), targets);
            }
            case Stmt.AugAssign a -> augAssign(a);
            case Stmt.AnnAssign a -> annotatedAssignment(a);
            case Stmt.FunctionDef f -> new AssignNode(functionDefinition(f), new TargetNode[]{nameTarget(f.name(), f.span())});
            case Stmt.ClassDef c -> new AssignNode(classDefinition(c), new TargetNode[]{nameTarget(c.name(), c.span())});
            case Stmt.Return r -> state.tailReturns.contains(r)
                            ? new SimpleControlNodes.TailReturnNode(r.value() == null ? null : expr(r.value()), state.returnSlot)
                            : new SimpleControlNodes.ReturnNode(r.value() == null ? null : expr(r.value()));
            case Stmt.Delete d -> {
                StmtNode[] dels = new StmtNode[d.targets().size()];
                for (int i = 0; i < dels.length; i++) {
                    dels[i] = delete(d.targets().get(i));
                }
                yield dels.length == 1 ? dels[0] : new BlockNode(dels);
            }
            case Stmt.If i -> new IfNode(condition(i.test()), block(i.body()), blockOrNull(i.orElse()));
            case Stmt.While w -> new WhileNode(condition(w.test()), block(w.body()), blockOrNull(w.orElse()));
            case Stmt.For f -> new ForNode(target(f.target()), expr(f.iter()), block(f.body()), blockOrNull(f.orElse()), state.tempSlot());
            case Stmt.Break b -> new SimpleControlNodes.BreakNode();
            case Stmt.Continue c -> new SimpleControlNodes.ContinueNode();
            case Stmt.Pass p -> new SimpleControlNodes.PassNode();
            case Stmt.Raise r -> new RaiseNode(r.exc() == null ? null : expr(r.exc()), r.cause() == null ? null : expr(r.cause()));
            case Stmt.Try t -> tryStatement(t);
            case Stmt.Assert a -> new AssertNode(expr(a.test()), a.msg() == null ? null : expr(a.msg()));
            case Stmt.Import i -> importStatement(i);
            case Stmt.ImportFrom i -> importFrom(i);
            case Stmt.Global g -> new SimpleControlNodes.PassNode();
            case Stmt.Nonlocal n -> new SimpleControlNodes.PassNode();
            case Stmt.With w -> withStatement(w.items(), 0, w.body(), -1);
        };
    }

    private StmtNode augAssign(Stmt.AugAssign a) {
        ExprNode value = expr(a.value());
        return switch (a.target()) {
            case Expr.Name n -> new AugAssignNodes.AugAssignName(at(readName(n.id()), n.span()), nameTarget(n.id(), n.span()), a.op(), value);
            case Expr.Subscript s -> new AugAssignNodes.AugAssignSubscript(expr(s.value()), expr(s.index()), a.op(), value);
            case Expr.Attribute at -> new AugAssignNodes.AugAssignAttribute(expr(at.value()), at.attr(), a.op(), value);
            default -> throw error("'" + "expression" + "' is an illegal expression for augmented assignment", a.target().span());
        };
    }

    private StmtNode tryStatement(Stmt.Try t) {
        StmtNode body = block(t.body());
        if (!t.handlers().isEmpty()) {
            TryExceptNode.Handler[] handlers = new TryExceptNode.Handler[t.handlers().size()];
            for (int i = 0; i < handlers.length; i++) {
                ExceptHandler h = t.handlers().get(i);
                TargetNode name = h.name() == null ? null : nameTarget(h.name(), h.span());
                StmtNode clear = h.name() == null ? null : clearName(h.name());
                handlers[i] = new TryExceptNode.Handler(h.type() == null ? null : expr(h.type()), name, block(h.body()), clear);
            }
            body = at(new TryExceptNode(body, handlers, blockOrNull(t.orElse())), t.span());
        }
        if (!t.finalBody().isEmpty()) {
            body = at(new TryFinallyNode(body, block(t.finalBody())), t.span());
        }
        return body;
    }

    private StmtNode importStatement(Stmt.Import i) {
        StmtNode[] nodes = new StmtNode[i.names().size()];
        for (int k = 0; k < nodes.length; k++) {
            Alias a = i.names().get(k);
            String bound = a.asName() != null ? a.asName() : a.name().split("\\.")[0];
            nodes[k] = at(new ImportNode(a.name(), 0, a.asName() != null, null, module, nameTarget(bound, a.span())), a.span());
        }
        return nodes.length == 1 ? nodes[0] : new BlockNode(nodes);
    }

    private StmtNode importFrom(Stmt.ImportFrom i) {
        List<StmtNode> nodes = new ArrayList<>();
        String moduleName = i.module() == null ? "" : i.module();
        for (Alias a : i.names()) {
            String bound = a.asName() != null ? a.asName() : a.name();
            nodes.add(at(new ImportNode(moduleName, i.level(), true, a.name(), module, a.name().equals("*") ? null : nameTarget(bound, a.span())), a.span()));
        }
        return nodes.size() == 1 ? nodes.get(0) : new BlockNode(nodes.toArray(new StmtNode[0]));
    }

    // ------------------------------------------------------------------ names

    private SymbolKind kindOf(String id) {
        if (state.scope.kind == Scope.Kind.MODULE) {
            return SymbolKind.GLOBAL_IMPLICIT;
        }
        return state.scope.kindOf(id);
    }

    private int slotOf(String id) {
        Integer slot = state.slots.get(id);
        if (slot == null) {
            throw new IllegalStateException("no slot for " + id + " in " + state.scope);
        }
        return slot;
    }

    private ExprNode readName(String id) {
        if (state.scope.kind == Scope.Kind.CLASS) {
            return readClassScopeName(id);
        }
        return switch (kindOf(id)) {
            case LOCAL -> ReadLocalNode.create(slotOf(id), id);
            case CELL -> new CellNodes.ReadCellNode(slotOf(id), id, false);
            case FREE -> new CellNodes.ReadCellNode(slotOf(id), id, true);
            case GLOBAL_EXPLICIT, GLOBAL_IMPLICIT -> ReadGlobalNode.create(id, module);
        };
    }

    /** Class bodies look names up in the namespace first (CPython's LOAD_NAME / LOAD_CLASSDEREF). */
    private ExprNode readClassScopeName(String id) {
        return switch (kindOf(id)) {
            case GLOBAL_EXPLICIT -> ReadGlobalNode.create(id, module);
            case CELL -> new CellNodes.ReadCellNode(slotOf(id), id, false);
            case FREE -> new ClassNameNodes.ReadClassNameNode(id, state.namespaceSlot, new CellNodes.ReadCellNode(slotOf(id), id, true));
            case LOCAL, GLOBAL_IMPLICIT -> new ClassNameNodes.ReadClassNameNode(id, state.namespaceSlot, ReadGlobalNode.create(id, module));
        };
    }

    private TargetNode nameTarget(String id, Span span) {
        if (state.scope.kind == Scope.Kind.CLASS && (kindOf(id) == SymbolKind.LOCAL || kindOf(id) == SymbolKind.GLOBAL_IMPLICIT)) {
            return at(new ClassNameNodes.WriteClassNameNode(id, state.namespaceSlot), span);
        }
        TargetNode t = switch (kindOf(id)) {
            case LOCAL -> WriteLocalNode.create(slotOf(id));
            case CELL, FREE -> new CellNodes.WriteCellNode(slotOf(id));
            case GLOBAL_EXPLICIT, GLOBAL_IMPLICIT -> new WriteGlobalNode(id, module);
        };
        return at(t, span);
    }

    private StmtNode deleteName(String id, boolean quiet) {
        if (state.scope.kind == Scope.Kind.CLASS && (kindOf(id) == SymbolKind.LOCAL || kindOf(id) == SymbolKind.GLOBAL_IMPLICIT)) {
            return new ClassNameNodes.DeleteClassNameNode(id, state.namespaceSlot, quiet);
        }
        return switch (kindOf(id)) {
            case LOCAL -> quiet ? new DeleteNode.ClearLocal(slotOf(id)) : new DeleteNode.DeleteLocal(slotOf(id), id);
            case CELL -> new DeleteNode.DeleteCell(slotOf(id), id, false, quiet);
            case FREE -> new DeleteNode.DeleteCell(slotOf(id), id, true, quiet);
            case GLOBAL_EXPLICIT, GLOBAL_IMPLICIT -> new DeleteNode.DeleteGlobal(id, module, quiet);
        };
    }

    private StmtNode clearName(String id) {
        return deleteName(id, true);
    }

    private StmtNode delete(Expr target) {
        StmtNode node = switch (target) {
            case Expr.Name n -> deleteName(n.id(), false);
            case Expr.Subscript s -> new DeleteNode.DeleteItem(expr(s.value()), expr(s.index()));
            case Expr.Attribute a -> new DeleteNode.DeleteAttribute(expr(a.value()), a.attr());
            case Expr.TupleExpr t -> block(t.elements().stream().map(e -> (Stmt) new Stmt.Delete(List.of(e), e.span())).toList());
            case Expr.ListExpr l -> block(l.elements().stream().map(e -> (Stmt) new Stmt.Delete(List.of(e), e.span())).toList());
            default -> throw error("cannot delete expression", target.span());
        };
        return at(node, target.span());
    }

    private TargetNode target(Expr t) {
        TargetNode node = switch (t) {
            case Expr.Name n -> nameTarget(n.id(), n.span());
            case Expr.Attribute a -> new Targets.AttributeTarget(expr(a.value()), a.attr().intern());
            case Expr.Subscript s -> new Targets.SubscriptTarget(expr(s.value()), expr(s.index()));
            case Expr.TupleExpr tuple -> unpackTarget(tuple.elements(), t.span());
            case Expr.ListExpr list -> unpackTarget(list.elements(), t.span());
            case Expr.Starred s -> throw error("starred assignment target must be in a list or tuple", s.span());
            default -> throw error("cannot assign to expression", t.span());
        };
        return at(node, t.span());
    }

    private TargetNode unpackTarget(List<Expr> elements, Span span) {
        TargetNode[] targets = new TargetNode[elements.size()];
        int star = -1;
        for (int i = 0; i < targets.length; i++) {
            Expr e = elements.get(i);
            if (e instanceof Expr.Starred s) {
                if (star >= 0) {
                    throw error("multiple starred expressions in assignment", s.span());
                }
                star = i;
                targets[i] = target(s.value());
            } else {
                targets[i] = target(e);
            }
        }
        return new Targets.UnpackTarget(targets, star);
    }

    // ------------------------------------------------------------------ expressions

    /**
     * In a generator statement that contains a yield, every operand keeps its value once computed (the statement is
     * re-run on resume; completed parts must not run again). Sub-expressions without yields are cached as a whole.
     */
    private ExprNode expr(Expr e) {
        if (!cacheOperands || isSideEffectFree(e) || e instanceof Expr.Yield || e instanceof Expr.YieldFrom) {
            return translateExpr(e);
        }
        boolean hasYield = containsYield(e);
        cacheOperands = hasYield;
        ExprNode operand;
        try {
            operand = translateExpr(e);
        } finally {
            cacheOperands = true;
        }
        int cacheState = state.intSlot();
        yieldSlots.add(cacheState);
        return at(new GeneratorNodes.CachedOperandNode(operand, cacheState, state.tempSlot()), e.span());
    }

    /** Literals and names give the same value when evaluated again within one statement. */
    private static boolean isSideEffectFree(Expr e) {
        return e instanceof Expr.Name || e instanceof Expr.IntLiteral || e instanceof Expr.FloatLiteral || e instanceof Expr.StrLiteral
                        || e instanceof Expr.BoolLiteral || e instanceof Expr.NoneLiteral || e instanceof Expr.BytesLiteral
                        || e instanceof Expr.EllipsisLiteral || e instanceof Expr.Lambda;
    }

    private ExprNode translateExpr(Expr e) {
        ExprNode node = switch (e) {
            case Expr.IntLiteral i -> i.value() instanceof Long l ? new LiteralNodes.LongLiteral(l) : new LiteralNodes.ObjectLiteral(i.value());
            case Expr.FloatLiteral f -> new LiteralNodes.DoubleLiteral(f.value());
            case Expr.StrLiteral s -> new LiteralNodes.ObjectLiteral(s.value());
            case Expr.BytesLiteral b -> new LiteralNodes.ObjectLiteral(b.value());
            case Expr.BoolLiteral b -> new LiteralNodes.ObjectLiteral(b.value());
            case Expr.NoneLiteral n -> new LiteralNodes.ObjectLiteral(PNone.NONE);
            case Expr.EllipsisLiteral x -> new LiteralNodes.ObjectLiteral(PEllipsis.INSTANCE);
            case Expr.FString f -> fstring(f);
            case Expr.FormattedValue f -> new FStringNodes.FormattedValueNode(expr(f.value()), f.conversion(), f.formatSpec() == null ? null : expr(f.formatSpec()));
            case Expr.Name n -> readName(n.id());
            case Expr.BinOp b -> new OperatorNodes.BinaryNode(expr(b.left()), b.op(), expr(b.right()));
            case Expr.UnaryOp u -> switch (u.op()) {
                case NOT -> new OperatorNodes.NotNode(expr(u.operand()));
                case NEG -> negative(u);
                default -> new OperatorNodes.UnaryNode(u.op(), expr(u.operand()));
            };
            case Expr.BoolOp b -> new OperatorNodes.BoolOpNode(b.isAnd(), expressions(b.values()));
            case Expr.Compare c -> compare(c);
            case Expr.IfExp i -> new OperatorNodes.IfExpNode(condition(i.test()), expr(i.body()), expr(i.orElse()));
            case Expr.Lambda l -> makeFunction(l, "<lambda>", l.args(), List.of(new Stmt.Return(l.body(), l.body().span())), null);
            case Expr.Call c -> call(c);
            case Expr.Attribute a -> new AccessNodes.AttributeNode(expr(a.value()), a.attr().intern());
            case Expr.Subscript s -> new AccessNodes.SubscriptNode(expr(s.value()), expr(s.index()));
            case Expr.Slice s -> new AccessNodes.SliceNode(s.lower() == null ? null : expr(s.lower()), s.upper() == null ? null : expr(s.upper()),
                            s.step() == null ? null : expr(s.step()));
            case Expr.Starred s -> new DisplayNodes.StarredNode(expr(s.value()));
            case Expr.ListExpr l -> new DisplayNodes.ListDisplay(expressions(l.elements()), hasStar(l.elements()));
            case Expr.TupleExpr t -> new DisplayNodes.TupleDisplay(expressions(t.elements()), hasStar(t.elements()));
            case Expr.SetExpr s -> new DisplayNodes.SetDisplay(expressions(s.elements()), hasStar(s.elements()));
            case Expr.DictExpr d -> {
                ExprNode[] keys = new ExprNode[d.keys().size()];
                for (int i = 0; i < keys.length; i++) {
                    keys[i] = d.keys().get(i) == null ? null : expr(d.keys().get(i));
                }
                yield new DisplayNodes.DictDisplay(keys, expressions(d.values()));
            }
            case Expr.ListComp c -> comprehension(c, c.generators(), ComprehensionNodes.Kind.LIST, c.element(), null);
            case Expr.SetComp c -> comprehension(c, c.generators(), ComprehensionNodes.Kind.SET, c.element(), null);
            case Expr.DictComp c -> comprehension(c, c.generators(), ComprehensionNodes.Kind.DICT, c.key(), c.value());
            case Expr.GeneratorExp c -> generatorExpression(c, c.generators(), c.element());
            case Expr.Yield y -> {
                int yieldState = state.intSlot();
                yieldSlots.add(yieldState);
                yield new GeneratorNodes.YieldNode(y.value() == null ? null : expr(y.value()), yieldState, state.tempSlot(), state.generatorSlot);
            }
            case Expr.YieldFrom y -> new GeneratorNodes.YieldFromNode(expr(y.value()), state.intSlot(), state.generatorSlot, state.tempSlot());
            case Expr.NamedExpr n -> new AccessNodes.NamedExprNode(nameTarget(n.target().id(), n.target().span()), expr(n.value()));
        };
        return at(node, e.span());
    }

    /** An expression whose truth is all that is used: and/or test each operand once. */
    private ExprNode condition(Expr test) {
        if (test instanceof Expr.BoolOp b && !cacheOperands) {
            ExprNode[] values = new ExprNode[b.values().size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = condition(b.values().get(i));
            }
            return at(new OperatorNodes.TruthBoolOpNode(b.isAnd(), values), test.span());
        }
        if (test instanceof Expr.UnaryOp u && u.op() == dev.krait.ast.UnaryOperator.NOT && !cacheOperands) {
            return at(new OperatorNodes.NotNode(condition(u.operand())), test.span());
        }
        return expr(test);
    }

    /** -5 is a constant (so -9223372036854775808 stays a long); other negations are operators. */
    private ExprNode negative(Expr.UnaryOp u) {
        if (u.operand() instanceof Expr.IntLiteral i) {
            Object v = dev.krait.ops.Arithmetic.negate(i.value());
            return v instanceof Long l ? new LiteralNodes.LongLiteral(l) : new LiteralNodes.ObjectLiteral(v);
        }
        if (u.operand() instanceof Expr.FloatLiteral f) {
            return new LiteralNodes.DoubleLiteral(-f.value());
        }
        return new OperatorNodes.UnaryNode(u.op(), expr(u.operand()));
    }

    private static boolean hasStar(List<Expr> elements) {
        for (Expr e : elements) {
            if (e instanceof Expr.Starred) {
                return true;
            }
        }
        return false;
    }

    private ExprNode fstring(Expr.FString f) {
        ExprNode[] parts = expressions(f.parts());
        if (parts.length == 1 && f.parts().get(0) instanceof Expr.StrLiteral) {
            return parts[0];
        }
        return new FStringNodes.JoinNode(parts);
    }

    private ExprNode compare(Expr.Compare c) {
        if (c.ops().size() == 1) {
            return new OperatorNodes.CompareOneNode(expr(c.left()), c.ops().get(0), expr(c.comparators().get(0)));
        }
        ExprNode[] operands = new ExprNode[c.ops().size() + 1];
        operands[0] = expr(c.left());
        for (int i = 0; i < c.comparators().size(); i++) {
            operands[i + 1] = expr(c.comparators().get(i));
        }
        return new OperatorNodes.ChainedCompareNode(operands, c.ops().toArray(new dev.krait.ast.CompareOperator[0]));
    }

    private ExprNode call(Expr.Call c) {
        if (c.func() instanceof Expr.Name n && n.id().equals("super") && c.args().isEmpty() && c.keywords().isEmpty()
                        && kindOf("super") == SymbolKind.GLOBAL_IMPLICIT && state.scope.freevars.contains("__class__")) {
            if (state.scope.varnames.isEmpty() || state.scope.kind != Scope.Kind.FUNCTION) {
                throw error("super(): no arguments", c.span());
            }
            return new SuperNode(readName("__class__"), readName(state.scope.varnames.get(0)));
        }
        if (c.func() instanceof Expr.Name n && c.args().isEmpty() && c.keywords().isEmpty() && kindOf(n.id()) == SymbolKind.GLOBAL_IMPLICIT
                        && (n.id().equals("locals") || n.id().equals("vars") || n.id().equals("dir") || n.id().equals("globals"))) {
            return frameNames(n.id());
        }
        ExprNode[] args = expressions(c.args());
        String[] kwNames = new String[c.keywords().size()];
        ExprNode[] kwValues = new ExprNode[kwNames.length];
        for (int i = 0; i < kwNames.length; i++) {
            Keyword k = c.keywords().get(i);
            kwNames[i] = k.name();
            kwValues[i] = expr(k.value());
        }
        if (c.func() instanceof Expr.Attribute a) {
            return new CallExprNode(expr(a.value()), a.attr().intern(), args, kwNames, kwValues).withMethodPosition(at(new PositionNode(), a.span()));
        }
        return new CallExprNode(expr(c.func()), null, args, kwNames, kwValues);
    }

    private ExprNode frameNames(String function) {
        FrameNamesNode.Kind kind = switch (function) {
            case "globals" -> FrameNamesNode.Kind.GLOBALS;
            case "dir" -> FrameNamesNode.Kind.DIR;
            default -> FrameNamesNode.Kind.LOCALS;
        };
        if (state.scope.kind == Scope.Kind.MODULE) {
            return new FrameNamesNode(kind, module, null, null, null, -1);
        }
        if (state.scope.kind == Scope.Kind.CLASS) {
            return new FrameNamesNode(kind, module, null, null, null, state.namespaceSlot);
        }
        List<String> names = new ArrayList<>();
        for (String v : state.scope.varnames) {
            if (!v.startsWith(".")) {
                names.add(v);
            }
        }
        for (String c : state.scope.cellvars) {
            if (!names.contains(c)) {
                names.add(c);
            }
        }
        for (String f : state.scope.freevars) {
            if (!names.contains(f)) {
                names.add(f);
            }
        }
        int[] slots = new int[names.size()];
        boolean[] cells = new boolean[names.size()];
        for (int i = 0; i < slots.length; i++) {
            slots[i] = slotOf(names.get(i));
            SymbolKind k = kindOf(names.get(i));
            cells[i] = k == SymbolKind.CELL || k == SymbolKind.FREE;
        }
        return new FrameNamesNode(kind, module, names.toArray(new String[0]), slots, cells, -1);
    }

    // ------------------------------------------------------------------ functions

    private ExprNode functionDefinition(Stmt.FunctionDef f) {
        Object doc = PNone.NONE;
        if (!f.body().isEmpty() && f.body().get(0) instanceof Stmt.ExprStmt e && e.value() instanceof Expr.StrLiteral s) {
            doc = s.value();
        }
        ExprNode make = makeFunction(f, f.name(), f.args(), f.body(), doc);
        if (f.decorators().isEmpty()) {
            return make;
        }
        return at(new DecorateNode(expressions(f.decorators()), make), f.span());
    }

    private MakeFunctionNode makeFunction(Node node, String name, Arguments args, List<Stmt> body, Object doc) {
        ExprNode[] defaults = expressions(args.defaults());
        ExprNode[] kwDefaults = new ExprNode[args.kwDefaults().size()];
        for (int i = 0; i < kwDefaults.length; i++) {
            Expr d = args.kwDefaults().get(i);
            kwDefaults[i] = d == null ? null : expr(d);
        }
        Scope scope = scopes.scopeOf(node);
        int[] closureSlots = closureSlots(scope);
        FunctionCode code = compileFunction(scope, name, args, body, node.span());
        return new MakeFunctionNode(code, module, defaults, kwDefaults, closureSlots, doc == null ? PNone.NONE : doc);
    }

    /** The slots in the current frame holding the cells that become {@code scope}'s closure. */
    private int[] closureSlots(Scope scope) {
        int[] slots = new int[scope.freevars.size()];
        for (int i = 0; i < slots.length; i++) {
            slots[i] = slotOf(scope.freevars.get(i));
        }
        return slots;
    }

    private FunctionCode compileFunction(Scope scope, String name, Arguments args, List<Stmt> body, Span span) {
        FunctionState outer = state;
        state = new FunctionState(scope);
        try {
            List<Arguments.Arg> params = ScopeAnalyzer.allParameters(args);
            TargetNode[] writers = new TargetNode[params.size()];
            int[] parameterCells = new int[params.size()];
            allocateSlots(scope);
            for (int i = 0; i < writers.length; i++) {
                String p = params.get(i).name();
                if (scope.kindOf(p) == SymbolKind.CELL) {
                    parameterCells[i] = slotOf(p);
                } else {
                    parameterCells[i] = -1;
                    writers[i] = WriteLocalNode.create(slotOf(p));
                }
            }
            List<Integer> localCells = new ArrayList<>();
            for (String c : scope.cellvars) {
                if (!scope.varnames.subList(0, params.size()).contains(c)) {
                    localCells.add(slotOf(c));
                }
            }
            int[] freeSlots = new int[scope.freevars.size()];
            for (int i = 0; i < freeSlots.length; i++) {
                freeSlots[i] = slotOf(scope.freevars.get(i));
            }
            String qualname = scope.qualname;
            RootCallTarget generatorBody = null;
            StmtNode bodyNode;
            if (scope.isGenerator) {
                state.generatorSlot = state.tempSlot();
                StmtNode generatorStatements = at(new RootBodyNode(block(body)), span);
                generatorBody = new GeneratorBodyRootNode(language, source, name, generatorStatements, state.generatorSlot).getCallTarget();
                bodyNode = null;
            } else {
                state.returnSlot = state.tempSlot();
                bodyNode = at(new RootBodyNode(block(withTailReturns(body))), span);
            }
            FunctionRootNode root = new FunctionRootNode(language, state.descriptor.build(), source, name, bodyNode, writers, parameterCells,
                            localCells.stream().mapToInt(Integer::intValue).toArray(), freeSlots, generatorBody, qualname, state.returnSlot);
            Signature signature = signatureOf(args);
            return new FunctionCode(name, qualname, signature, root.getCallTarget(), scope.isGenerator, source.getName(), span.line());
        } finally {
            state = outer;
        }
    }

    private void allocateSlots(Scope scope) {
        for (String v : scope.varnames) {
            state.slots.put(v, state.newSlot(v));
        }
        for (String c : scope.cellvars) {
            if (!state.slots.containsKey(c)) {
                state.slots.put(c, state.newSlot(c));
            }
        }
        for (String f : scope.freevars) {
            state.slots.put(f, state.newSlot(f));
        }
    }

    /** The Signature of a def or lambda; shared with the bytecode compiler. */
    public static Signature signatureOf(Arguments args) {
        List<String> positional = new ArrayList<>();
        for (Arguments.Arg a : args.posOnly()) {
            positional.add(a.name());
        }
        for (Arguments.Arg a : args.args()) {
            positional.add(a.name());
        }
        String[] kwOnly = args.kwOnly().stream().map(Arguments.Arg::name).toArray(String[]::new);
        return new Signature(positional.toArray(new String[0]), args.posOnly().size(), kwOnly,
                        args.vararg() == null ? null : args.vararg().name(), args.kwarg() == null ? null : args.kwarg().name());
    }

    // ------------------------------------------------------------------ comprehensions

    private ExprNode comprehension(Expr node, List<Comprehension> generators, ComprehensionNodes.Kind kind, Expr element, Expr value) {
        Scope scope = scopes.scopeOf(node);
        ExprNode firstIterable = expr(generators.get(0).iter());
        int[] closureSlots = closureSlots(scope);
        FunctionState outer = state;
        state = new FunctionState(scope);
        FunctionCode code;
        try {
            allocateSlots(scope);
            List<Integer> localCells = new ArrayList<>();
            for (String c : scope.cellvars) {
                if (!c.equals(".0")) {
                    localCells.add(slotOf(c));
                }
            }
            int[] freeSlots = new int[scope.freevars.size()];
            for (int i = 0; i < freeSlots.length; i++) {
                freeSlots[i] = slotOf(scope.freevars.get(i));
            }
            int resultSlot = state.tempSlot();
            StmtNode inner = at(new ComprehensionNodes.CollectNode(resultSlot, kind, expr(element), value == null ? null : expr(value)), element.span());
            for (int i = generators.size() - 1; i >= 0; i--) {
                Comprehension g = generators.get(i);
                for (int k = g.ifs().size() - 1; k >= 0; k--) {
                    Expr test = g.ifs().get(k);
                    inner = at(new IfNode(expr(test), inner, null), test.span());
                }
                ExprNode iterable = i == 0 ? at(ReadLocalNode.create(slotOf(".0"), ".0"), g.iter().span()) : expr(g.iter());
                inner = at(new ForNode(target(g.target()), iterable, inner, null, state.tempSlot()), g.span());
            }
            // The function returns what the result slot holds when the loops end.
            StmtNode body = at(new RootBodyNode(new BlockNode(new StmtNode[]{new ComprehensionNodes.InitResultNode(resultSlot, kind), inner})),
                            node.span());
            TargetNode[] writers = {WriteLocalNode.create(slotOf(".0"))};
            FunctionRootNode root = new FunctionRootNode(language, state.descriptor.build(), source, scope.name, body, writers, new int[]{-1},
                            localCells.stream().mapToInt(Integer::intValue).toArray(), freeSlots, null, scope.qualname, resultSlot);
            code = new FunctionCode(scope.name, scope.qualname, new Signature(new String[]{".0"}, 1, new String[0], null, null), root.getCallTarget(),
                            false, source.getName(), node.span().line());
        } finally {
            state = outer;
        }
        MakeFunctionNode make = new MakeFunctionNode(code, module, new ExprNode[0], new ExprNode[0], closureSlots, PNone.NONE);
        return new ComprehensionNodes.ComprehensionNode(firstIterable, make, DirectCallNode.create(code.callTarget));
    }

    /**
     * A generator expression is a generator function of one argument (the first iterable's iterator) whose body is
     * the comprehension's loops around {@code yield element}.
     */
    private ExprNode generatorExpression(Expr node, List<Comprehension> generators, Expr element) {
        Scope scope = scopes.scopeOf(node);
        ExprNode firstIterable = expr(generators.get(0).iter());
        Stmt body = new Stmt.ExprStmt(new Expr.Yield(element, element.span()), element.span());
        for (int i = generators.size() - 1; i >= 0; i--) {
            Comprehension g = generators.get(i);
            for (int k = g.ifs().size() - 1; k >= 0; k--) {
                Expr test = g.ifs().get(k);
                body = new Stmt.If(test, List.of(body), List.of(), test.span());
            }
            Expr iterable = i == 0 ? new Expr.Name(".0", g.iter().span()) : g.iter();
            body = new Stmt.For(g.target(), iterable, List.of(body), List.of(), g.span());
        }
        Arguments args = new Arguments(List.of(), List.of(new Arguments.Arg(".0", null, node.span())), null, List.of(), List.of(), null, List.of());
        int[] closureSlots = closureSlots(scope);
        FunctionCode code = compileFunction(scope, scope.name, args, List.of(body), node.span());
        MakeFunctionNode make = new MakeFunctionNode(code, module, new ExprNode[0], new ExprNode[0], closureSlots, PNone.NONE);
        return new ComprehensionNodes.ComprehensionNode(firstIterable, make, DirectCallNode.create(code.callTarget));
    }

    // ------------------------------------------------------------------ annotations

    /**
     * {@code x: T = v}: in a module or class body a simple name's annotation is evaluated and stored in
     * {@code __annotations__} (CPython's SETUP_ANNOTATIONS), which dataclasses and typing read; in functions
     * annotations are not evaluated.
     */
    private StmtNode annotatedAssignment(Stmt.AnnAssign a) {
        StmtNode assign = a.value() == null ? null : new AssignNode(expr(a.value()), new TargetNode[]{target(a.target())});
        boolean recorded = a.simple() && a.target() instanceof Expr.Name && state.scope.kind != Scope.Kind.FUNCTION
                        && state.scope.kind != Scope.Kind.COMPREHENSION;
        if (!recorded) {
            return assign == null ? new SimpleControlNodes.PassNode() : assign;
        }
        Span span = a.span();
        Expr.Subscript slot = new Expr.Subscript(new Expr.Name("__annotations__", span), new Expr.StrLiteral(((Expr.Name) a.target()).id(), span), span);
        StmtNode record = statement(new Stmt.Assign(List.of(slot), a.annotation(), span));
        return assign == null ? record : new BlockNode(new StmtNode[]{assign, record});
    }

    /** A body that annotates names starts by creating its __annotations__ dict. */
    private static List<Stmt> withAnnotationsDict(List<Stmt> body) {
        if (!dev.krait.ast.Annotations.annotatesNames(body)) {
            return body;
        }
        Span span = body.get(0).span();
        List<Stmt> out = new ArrayList<>();
        out.add(new Stmt.Assign(List.of(new Expr.Name("__annotations__", span)), new Expr.DictExpr(List.of(), List.of(), span), span));
        out.addAll(body);
        return out;
    }

    // ------------------------------------------------------------------ classes

    private ExprNode classDefinition(Stmt.ClassDef c) {
        Scope scope = scopes.scopeOf(c);
        ExprNode[] bases = expressions(c.bases());
        int[] closureSlots = closureSlots(scope);
        Object doc = null;
        if (!c.body().isEmpty() && c.body().get(0) instanceof Stmt.ExprStmt e && e.value() instanceof Expr.StrLiteral str) {
            doc = str.value();
        }
        FunctionState outer = state;
        state = new FunctionState(scope);
        FunctionCode code;
        try {
            allocateSlots(scope);
            state.namespaceSlot = state.tempSlot();
            List<Integer> localCells = new ArrayList<>();
            for (String cell : scope.cellvars) {
                localCells.add(slotOf(cell));
            }
            int[] freeSlots = new int[scope.freevars.size()];
            for (int i = 0; i < freeSlots.length; i++) {
                freeSlots[i] = slotOf(scope.freevars.get(i));
            }
            List<StmtNode> statements = new ArrayList<>();
            for (Stmt st : withAnnotationsDict(c.body())) {
                statements.add(statement(st));
            }
            if (scope.needsClassCell()) {
                statements.add(new ClassNameNodes.StoreClassCellNode(slotOf("__class__"), state.namespaceSlot));
            }
            StmtNode body = at(new RootBodyNode(new BlockNode(statements.toArray(new StmtNode[0]))), c.span());
            TargetNode[] writers = {WriteLocalNode.create(state.namespaceSlot)};
            FunctionRootNode root = new FunctionRootNode(language, state.descriptor.build(), source, c.name(), body, writers, new int[]{-1},
                            localCells.stream().mapToInt(Integer::intValue).toArray(), freeSlots, null, scope.qualname, -1);
            code = new FunctionCode(c.name(), scope.qualname, new Signature(new String[]{"__namespace__"}, 1, new String[0], null, null),
                            root.getCallTarget(), false, source.getName(), c.span().line());
        } finally {
            state = outer;
        }
        MakeFunctionNode make = new MakeFunctionNode(code, module, new ExprNode[0], new ExprNode[0], closureSlots, PNone.NONE);
        ExprNode metaclass = null;
        List<String> keywordNames = new ArrayList<>();
        List<ExprNode> keywordValues = new ArrayList<>();
        for (Keyword k : c.keywords()) {
            if ("metaclass".equals(k.name())) {
                metaclass = expr(k.value());
            } else if (k.name() != null) {
                keywordNames.add(k.name());
                keywordValues.add(expr(k.value()));
            }
        }
        ExprNode cls = at(new ClassDefNode(c.name(), scope.qualname, module, doc, bases, metaclass, keywordNames.toArray(new String[0]),
                        keywordValues.toArray(new ExprNode[0]), make, DirectCallNode.create(code.callTarget)), c.span());
        if (c.decorators().isEmpty()) {
            return cls;
        }
        return at(new DecorateNode(expressions(c.decorators()), cls), c.span());
    }

    // ------------------------------------------------------------------ with

    private StmtNode withStatement(List<dev.krait.ast.WithItem> items, int index, List<Stmt> body, int stateSlot) {
        dev.krait.ast.WithItem item = items.get(index);
        StmtNode inner = index + 1 < items.size() ? withStatement(items, index + 1, body, stateSlot < 0 ? -1 : state.intSlot()) : block(body);
        TargetNode target = item.target() == null ? null : target(item.target());
        return at(new WithNode(expr(item.contextExpr()), target, inner, state.tempSlot(), stateSlot), item.span());
    }

    // ------------------------------------------------------------------ generators

    /** The resumable form of a statement that contains a yield, or null when the plain form resumes correctly. */
    private StmtNode resumableStatement(Stmt s) {
        return switch (s) {
            case Stmt.If i -> new GeneratorNodes.GenIfNode(expr(i.test()), block(i.body()), blockOrNull(i.orElse()), state.intSlot());
            case Stmt.While w -> new GeneratorNodes.GenWhileNode(loopCondition(w.test()), block(w.body()), blockOrNull(w.orElse()), state.intSlot());
            case Stmt.For f -> new GeneratorNodes.GenForNode(target(f.target()), expr(f.iter()), block(f.body()), blockOrNull(f.orElse()),
                            state.intSlot(), state.tempSlot());
            case Stmt.Try t -> resumableTry(t);
            case Stmt.With w -> withStatement(w.items(), 0, w.body(), state.intSlot());
            default -> null;
        };
    }

    /** A while condition in a generator: its own yields are reset after every evaluation. */
    private ExprNode loopCondition(Expr test) {
        int before = yieldSlots.size();
        ExprNode condition = expr(test);
        if (yieldSlots.size() == before) {
            return condition;
        }
        List<Integer> own = new ArrayList<>(yieldSlots.subList(before, yieldSlots.size()));
        yieldSlots.subList(before, yieldSlots.size()).clear();
        return at(new GeneratorNodes.ResetYieldsExprNode(condition, own.stream().mapToInt(Integer::intValue).toArray()), test.span());
    }

    private StmtNode resumableTry(Stmt.Try t) {
        StmtNode body = block(t.body());
        if (!t.handlers().isEmpty()) {
            TryExceptNode.Handler[] handlers = new TryExceptNode.Handler[t.handlers().size()];
            for (int i = 0; i < handlers.length; i++) {
                ExceptHandler h = t.handlers().get(i);
                TargetNode name = h.name() == null ? null : nameTarget(h.name(), h.span());
                StmtNode clear = h.name() == null ? null : clearName(h.name());
                handlers[i] = new TryExceptNode.Handler(h.type() == null ? null : expr(h.type()), name, block(h.body()), clear);
            }
            body = at(new GeneratorNodes.GenTryExceptNode(body, handlers, blockOrNull(t.orElse()), state.intSlot(), state.tempSlot()), t.span());
        }
        if (!t.finalBody().isEmpty()) {
            body = at(new GeneratorNodes.GenTryFinallyNode(body, block(t.finalBody()), state.intSlot(), state.tempSlot()), t.span());
        }
        return body;
    }

    private final java.util.IdentityHashMap<Object, Boolean> yieldCache = new java.util.IdentityHashMap<>();

    /** True when the node contains a yield that belongs to the current function (not to nested functions or classes). */
    private boolean containsYield(Object node) {
        if (node instanceof Expr.Yield || node instanceof Expr.YieldFrom) {
            return true;
        }
        if (node instanceof Stmt.FunctionDef || node instanceof Expr.Lambda || node instanceof Stmt.ClassDef || node instanceof Expr.ListComp
                        || node instanceof Expr.SetComp || node instanceof Expr.DictComp || node instanceof Expr.GeneratorExp) {
            return false;
        }
        if (node instanceof List<?> list) {
            for (Object o : list) {
                if (containsYield(o)) {
                    return true;
                }
            }
            return false;
        }
        if (node instanceof Record record) {
            Boolean cached = yieldCache.get(record);
            if (cached != null) {
                return cached;
            }
            boolean found = false;
            for (java.lang.reflect.RecordComponent c : record.getClass().getRecordComponents()) {
                try {
                    if (containsYield(c.getAccessor().invoke(record))) {
                        found = true;
                        break;
                    }
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
            yieldCache.put(record, found);
            return found;
        }
        return false;
    }
}
