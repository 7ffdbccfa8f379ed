package dev.krait.ops;

import java.util.Map;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.krait.runtime.BuiltinClasses;
import dev.krait.runtime.KraitContext;
import dev.krait.runtime.PBaseException;
import dev.krait.runtime.PModule;
import dev.krait.runtime.PRaise;
import dev.krait.runtime.PTuple;

/**
 * The semantics of the import statements, for the modules the context knows (builtin modules); shared by the AST
 * engine's ImportNode and the bytecode engine's IMPORT_NAME / IMPORT_FROM / IMPORT_STAR.
 */
public final class Imports {
    private Imports() {
    }

    /** The module called {@code name}, or ModuleNotFoundError. */
    @TruffleBoundary
    public static PModule find(KraitContext context, String name) {
        PModule m = context.modules.get(name);
        if (m == null) {
            PBaseException exc = new PBaseException(BuiltinClasses.MODULE_NOT_FOUND_ERROR, PTuple.of("No module named '" + name + "'"));
            exc.setAttribute("name", name);
            throw PRaise.raise(exc, null);
        }
        return m;
    }

    /** {@code from moduleName import name}. */
    @TruffleBoundary
    public static Object fromModule(PModule m, String name, String moduleName) {
        Object v = Attributes.lookup(m, name);
        if (v == null) {
            throw PRaise.error(null, BuiltinClasses.IMPORT_ERROR, "cannot import name '%s' from '%s' (unknown location)", name, moduleName);
        }
        return v;
    }

    /** {@code from m import *}: the public names of {@code from} become globals of {@code into}. */
    @TruffleBoundary
    public static void importAll(PModule from, PModule into) {
        for (Map.Entry<String, Object> e : from.boundNames().entrySet()) {
            if (!e.getKey().startsWith("_")) {
                into.set(e.getKey(), e.getValue());
            }
        }
    }
}
