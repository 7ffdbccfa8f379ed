package dev.krait.ast;

import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** Questions about annotations both engines ask while compiling a module or class body. */
public final class Annotations {
    private Annotations() {
    }

    /**
     * True when the body (not counting nested functions and classes) annotates a simple name, so that it must start
     * by creating {@code __annotations__} (CPython's SETUP_ANNOTATIONS).
     */
    @TruffleBoundary
    public static boolean annotatesNames(List<Stmt> body) {
        for (Stmt st : body) {
            boolean found = switch (st) {
                case Stmt.AnnAssign a -> a.simple() && a.target() instanceof Expr.Name;
                case Stmt.If i -> annotatesNames(i.body()) || annotatesNames(i.orElse());
                case Stmt.While w -> annotatesNames(w.body()) || annotatesNames(w.orElse());
                case Stmt.For f -> annotatesNames(f.body()) || annotatesNames(f.orElse());
                case Stmt.With w -> annotatesNames(w.body());
                case Stmt.Try t -> annotatesNames(t.body()) || annotatesNames(t.orElse()) || annotatesNames(t.finalBody())
                                || t.handlers().stream().anyMatch(h -> annotatesNames(h.body()));
                default -> false;
            };
            if (found) {
                return true;
            }
        }
        return false;
    }
}
