package dev.krait.ast;

import java.util.List;

/** {@code except [type [as name]]: body}; type and name may be null. */
public record ExceptHandler(Expr type, String name, List<Stmt> body, Span span) implements Node {
}
