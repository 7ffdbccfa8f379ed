package dev.krait.ast;

/** Every node of the syntax tree knows its source span. */
public interface Node {
    Span span();
}
