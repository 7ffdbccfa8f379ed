package dev.krait.ast;

import java.util.List;

/** Statements. Optional children are {@code null} when absent; lists are never null. */
public sealed interface Stmt extends Node {

    record ExprStmt(Expr value, Span span) implements Stmt {
    }

    /** {@code t1 = t2 = value}: one or more targets. */
    record Assign(List<Expr> targets, Expr value, Span span) implements Stmt {
    }

    record AugAssign(Expr target, Operator op, Expr value, Span span) implements Stmt {
    }

    /** {@code target: annotation [= value]}; simple is true for a plain name target without parentheses. */
    record AnnAssign(Expr target, Expr annotation, Expr value, boolean simple, Span span) implements Stmt {
    }

    record FunctionDef(String name, Arguments args, List<Stmt> body, List<Expr> decorators, Expr returns,
                    Span span) implements Stmt {
    }

    record ClassDef(String name, List<Expr> bases, List<Keyword> keywords, List<Stmt> body, List<Expr> decorators,
                    Span span) implements Stmt {
    }

    record Return(Expr value, Span span) implements Stmt {
    }

    record Delete(List<Expr> targets, Span span) implements Stmt {
    }

    record If(Expr test, List<Stmt> body, List<Stmt> orElse, Span span) implements Stmt {
    }

    record While(Expr test, List<Stmt> body, List<Stmt> orElse, Span span) implements Stmt {
    }

    record For(Expr target, Expr iter, List<Stmt> body, List<Stmt> orElse, Span span) implements Stmt {
    }

    record Break(Span span) implements Stmt {
    }

    record Continue(Span span) implements Stmt {
    }

    record Pass(Span span) implements Stmt {
    }

    /** {@code raise [exc [from cause]]}. */
    record Raise(Expr exc, Expr cause, Span span) implements Stmt {
    }

    record Try(List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orElse, List<Stmt> finalBody,
                    Span span) implements Stmt {
    }

    record Assert(Expr test, Expr msg, Span span) implements Stmt {
    }

    record Import(List<Alias> names, Span span) implements Stmt {
    }

    /** {@code from [.]*module import names}; module is null for {@code from . import x}; {@code *} is one alias "*". */
    record ImportFrom(String module, List<Alias> names, int level, Span span) implements Stmt {
    }

    record Global(List<String> names, Span span) implements Stmt {
    }

    record Nonlocal(List<String> names, Span span) implements Stmt {
    }

    record With(List<WithItem> items, List<Stmt> body, Span span) implements Stmt {
    }
}
