package dev.krait.scope;

import java.util.IdentityHashMap;

import dev.krait.ast.Node;

/** The result of scope analysis: the scope opened by each scope-opening node (keyed by identity). */
public final class ScopeTable {
    public final Scope module;
    private final IdentityHashMap<Node, Scope> byNode;

    ScopeTable(Scope module, IdentityHashMap<Node, Scope> byNode) {
        this.module = module;
        this.byNode = byNode;
    }

    public Scope scopeOf(Node node) {
        Scope scope = byNode.get(node);
        if (scope == null) {
            throw new IllegalArgumentException("no scope for " + node.getClass().getSimpleName());
        }
        return scope;
    }
}
