package dev.krait.builtins.modules;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Bind;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

import dev.krait.builtins.Builtin;
import dev.krait.builtins.BuiltinNode;
import dev.krait.ops.PyObjectOps;
import dev.krait.runtime.BuiltinClasses;
import dev.krait.runtime.KraitContext;
import dev.krait.runtime.PBaseException;
import dev.krait.runtime.PDict;
import dev.krait.runtime.PList;
import dev.krait.runtime.PModule;
import dev.krait.runtime.PNone;
import dev.krait.runtime.PRaise;
import dev.krait.runtime.PTuple;

/** The {@code sys} module: argv, exit, the recursion limit and interpreter facts. */
@GenerateNodeFactory
public final class SysModule {
    private SysModule() {
    }

    public static void initialize(PModule sys, KraitContext context) {
        String[] argv = context.argv();
        Object[] items = new Object[argv.length];
        System.arraycopy(argv, 0, items, 0, argv.length);
        sys.set("argv", new PList(items));
        sys.set("maxsize", Long.MAX_VALUE);
        sys.set("maxunicode", 0x10FFFFL);
        sys.set("byteorder", "little");
        sys.set("platform", "linux");
        sys.set("implementation_name", "krait");
        sys.set("version", "3.11.7 (Krait " + dev.krait.KraitLanguage.VERSION + ")");
        sys.set("version_info", PTuple.of(3L, 11L, 7L, "final", 0L));
        sys.set("path", new PList(context.searchPath().toArray()));
        sys.set("executable", "krait");
        PDict modules = new PDict();
        context.modules.forEach(modules::put);
        sys.set("modules", modules);
    }

    @Builtin(name = "exit", signature = "status=None, /")
    @GenerateNodeFactory
    public abstract static class ExitNode extends BuiltinNode.Unary {
        @Specialization
        static Object exit(Object status) {
            PBaseException exc = new PBaseException(BuiltinClasses.SYSTEM_EXIT, status == PNone.NONE ? PTuple.EMPTY : PTuple.of(status));
            exc.setAttribute("code", status);
            throw PRaise.raise(exc, null);
        }
    }

    @Builtin(name = "getrecursionlimit", signature = "")
    @GenerateNodeFactory
    public abstract static class GetRecursionLimitNode extends BuiltinNode.Nullary {
        @Specialization
        Object get(@Bind Node node) {
            return (long) KraitContext.get(node).recursionLimit;
        }
    }

    @Builtin(name = "setrecursionlimit", signature = "limit, /")
    @GenerateNodeFactory
    public abstract static class SetRecursionLimitNode extends BuiltinNode.Unary {
        @Specialization
        Object set(Object limit, @Bind Node node) {
            long n = PyObjectOps.toIndexValue(limit);
            if (n < 1) {
                throw PRaise.valueError(null, "recursion limit must be greater or equal than 1");
            }
            setLimit(KraitContext.get(node), (int) Math.min(n, Integer.MAX_VALUE));
            return PNone.NONE;
        }

        @TruffleBoundary
        private static void setLimit(KraitContext context, int n) {
            context.recursionLimit = n;
        }
    }
}
