package dev.krait.nodes.statement;

import java.util.Map;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;

import dev.krait.nodes.StmtNode;
import dev.krait.nodes.TargetNode;
import dev.krait.ops.Attributes;
import dev.krait.runtime.BuiltinClasses;
import dev.krait.runtime.KraitContext;
import dev.krait.runtime.PBaseException;
import dev.krait.runtime.PModule;
import dev.krait.runtime.PRaise;
import dev.krait.runtime.PTuple;

/**
 * {@code import m}, {@code import m as n}, {@code from m import x} and {@code from m import *}, for the modules the
 * context knows (builtin modules); the module system for Python files arrives with the library issue.
 */
public final class ImportNode extends StmtNode {
    private final String moduleName;
    private final boolean bindModuleItself;
    /** The imported name for {@code from m import name}, "*" for a star import, null for {@code import m}. */
    private final String fromName;
    @Child private TargetNode target;

    public ImportNode(String moduleName, boolean bindModuleItself, String fromName, TargetNode target) {
        this.moduleName = moduleName;
        this.bindModuleItself = bindModuleItself;
        this.fromName = fromName;
        this.target = target;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        PModule m = find(KraitContext.get(this), moduleName);
        if (fromName == null) {
            target.assign(frame, m);
        } else if (fromName.equals("*")) {
            importAll(m, KraitContext.get(this).modules.get("__main__"));
        } else {
            target.assign(frame, fromModule(m, fromName, moduleName));
        }
    }

    @TruffleBoundary
    private static PModule find(KraitContext context, String name) {
        PModule m = context.modules.get(name);
        if (m == null) {
            m = dev.krait.builtins.BuiltinModules.create(name, context);
            if (m != null) {
                context.modules.put(name, m);
            }
        }
        if (m == null) {
            PBaseException exc = new PBaseException(BuiltinClasses.MODULE_NOT_FOUND_ERROR, PTuple.of("No module named '" + name + "'"));
            exc.setAttribute("name", name);
            throw PRaise.raise(exc, null);
        }
        return m;
    }

    @TruffleBoundary
    private static Object fromModule(PModule m, String name, String moduleName) {
        Object v = Attributes.lookup(m, name);
        if (v == null) {
            throw PRaise.error(null, BuiltinClasses.IMPORT_ERROR, "cannot import name '%s' from '%s' (unknown location)", name, moduleName);
        }
        return v;
    }

    @TruffleBoundary
    private static void importAll(PModule from, PModule into) {
        for (Map.Entry<String, Object> e : from.boundNames().entrySet()) {
            if (!e.getKey().startsWith("_")) {
                into.set(e.getKey(), e.getValue());
            }
        }
    }
}
