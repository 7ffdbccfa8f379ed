package dev.krait.ast;

import java.util.List;

/**
 * A parameter list, as CPython's {@code ast.arguments}: {@code defaults} belong to the last positional parameters
 * (posOnly + args); {@code kwDefaults} has one entry per keyword-only parameter, null where it has no default.
 */
public record Arguments(List<Arg> posOnly, List<Arg> args, Arg vararg, List<Arg> kwOnly, List<Expr> kwDefaults,
                Arg kwarg, List<Expr> defaults) {

    public static final Arguments EMPTY = new Arguments(List.of(), List.of(), null, List.of(), List.of(), null, List.of());

    /** One parameter; annotation may be null. */
    public record Arg(String name, Expr annotation, Span span) implements Node {
    }
}
