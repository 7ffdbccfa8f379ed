package dev.krait.scope;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.krait.ast.Node;

/** One scope of the program (module, function or lambda, class body, comprehension) after analysis. */
public final class Scope {
    public enum Kind {
        MODULE, FUNCTION, CLASS, COMPREHENSION
    }

    public final Kind kind;
    public final String name;
    public final Scope parent;
    /** The syntax-tree node that opens this scope (Module, FunctionDef, Lambda, ClassDef or a comprehension). */
    public final Node node;
    public final List<Scope> children = new ArrayList<>();

    /** Parameters first (positional, keyword-only, *args, **kwargs), then other locals in order of first binding. */
    public final List<String> varnames = new ArrayList<>();
    public final List<String> cellvars = new ArrayList<>();
    public final List<String> freevars = new ArrayList<>();
    public boolean isGenerator;
    /** The qualified name, as {@code __qualname__}: "f.<locals>.g", "C.m", "<lambda>". */
    public String qualname;

    // Collected by the first pass.
    final Set<String> bound = new LinkedHashSet<>();
    final Set<String> used = new LinkedHashSet<>();
    final Set<String> params = new LinkedHashSet<>();
    final Set<String> globals = new LinkedHashSet<>();
    final Set<String> nonlocals = new LinkedHashSet<>();
    final Map<String, dev.krait.ast.Span> nonlocalSpans = new LinkedHashMap<>();
    final Map<String, SymbolKind> symbols = new LinkedHashMap<>();
    boolean needsClassCell;

    Scope(Kind kind, String name, Scope parent, Node node) {
        this.kind = kind;
        this.name = name;
        this.parent = parent;
        this.node = node;
        if (parent != null) {
            parent.children.add(this);
        }
    }

    public SymbolKind kindOf(String id) {
        SymbolKind kind = symbols.get(id);
        if (kind != null) {
            return kind;
        }
        return SymbolKind.GLOBAL_IMPLICIT;
    }

    /** True for scopes whose locals live in frame slots (functions, lambdas, comprehensions). */
    public boolean isFunctionLike() {
        return kind == Kind.FUNCTION || kind == Kind.COMPREHENSION;
    }

    /** A class body whose methods use {@code super()} or {@code __class__} gets a {@code __class__} cell. */
    public boolean needsClassCell() {
        return needsClassCell;
    }

    @Override
    public String toString() {
        return kind + " " + name + " " + symbols;
    }
}
