package dev.krait.ast;

/** {@code name [as asName]} in an import; name may be dotted ("os.path"); asName may be null. */
public record Alias(String name, String asName, Span span) implements Node {
}
