package dev.krait.ast;

/** {@code contextExpr [as target]} in a with statement; target may be null. */
public record WithItem(Expr contextExpr, Expr target, Span span) implements Node {
}
