package dev.krait.ast;

/** {@code name=value} in a call or class header; name is null for {@code **value}. */
public record Keyword(String name, Expr value, Span span) implements Node {
}
