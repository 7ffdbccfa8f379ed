package dev.krait.builtins;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.NodeFactory;

import dev.krait.builtins.modules.SysModule;
import dev.krait.builtins.modules.SysModuleFactory;
import dev.krait.runtime.KraitContext;
import dev.krait.runtime.PBuiltinFunction;
import dev.krait.runtime.PModule;

/**
 * The modules implemented in Java ({@code sys}, ...). Each is made on first import in a context: its
 * {@link Builtin} functions, then its initializer for the values (sys.argv and the like).
 */
public final class BuiltinModules {
    private BuiltinModules() {
    }

    private record Definition(List<? extends NodeFactory<? extends BuiltinNode>> functions, BiConsumer<PModule, KraitContext> initializer) {
    }

    private static final Map<String, Definition> DEFINITIONS = new LinkedHashMap<>();
    private static final Map<String, Map<String, PBuiltinFunction>> FUNCTIONS = new LinkedHashMap<>();

    static {
        define("sys", SysModuleFactory.getFactories(), SysModule::initialize);
    }

    private static void define(String name, List<? extends NodeFactory<? extends BuiltinNode>> functions, BiConsumer<PModule, KraitContext> initializer) {
        DEFINITIONS.put(name, new Definition(functions, initializer));
    }

    public static boolean exists(String name) {
        return DEFINITIONS.containsKey(name);
    }

    /** A new module object for this context, or null when there is no Java module of that name. */
    @TruffleBoundary
    public static PModule create(String name, KraitContext context) {
        Definition d = DEFINITIONS.get(name);
        if (d == null) {
            return null;
        }
        PModule m = new PModule(name);
        m.set("__name__", name);
        m.set("__doc__", dev.krait.runtime.PNone.NONE);
        for (PBuiltinFunction f : functions(name, d).values()) {
            m.set(f.name, f);
        }
        if (d.initializer != null) {
            d.initializer.accept(m, context);
        }
        return m;
    }

    private static synchronized Map<String, PBuiltinFunction> functions(String name, Definition d) {
        return FUNCTIONS.computeIfAbsent(name, n -> {
            Map<String, PBuiltinFunction> fns = new LinkedHashMap<>();
            for (NodeFactory<? extends BuiltinNode> f : d.functions) {
                PBuiltinFunction fn = BuiltinRegistry.create(f, null, n);
                fns.put(fn.name, fn);
            }
            return fns;
        });
    }
}
