package dev.krait.ast;

import java.util.List;

/** A whole source file. */
public record Module(List<Stmt> body, Span span) implements Node {
}
