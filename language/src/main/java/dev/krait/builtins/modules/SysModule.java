package dev.krait.builtins.modules;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Bind;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

import dev.krait.builtins.Builtin;
import dev.krait.builtins.BuiltinNode;
import dev.krait.ops.IntStrLimit;
import dev.krait.ops.PyObjectOps;
import dev.krait.runtime.BuiltinClasses;
import dev.krait.runtime.KraitContext;
import dev.krait.runtime.PBaseException;
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

    @TruffleBoundary
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
        StructSeq versionInfo = new StructSeq(VERSION_INFO, new String[]{"major", "minor", "micro", "releaselevel", "serial"},
                        new Object[]{3L, 11L, 7L, "final", 0L});
        sys.set("version_info", versionInfo);
        sys.set("hexversion", 0x030b07f0L);
        sys.set("api_version", 1013L);
        sys.set("float_info", new StructSeq(FLOAT_INFO, new String[]{"max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig",
                        "mant_dig", "epsilon", "radix", "rounds"},
                        new Object[]{Double.MAX_VALUE, 1024L, 308L, Double.MIN_NORMAL, -1021L, -307L, 15L, 53L, Math.ulp(1.0), 2L, 1L}));
        sys.set("int_info", new StructSeq(INT_INFO, new String[]{"bits_per_digit", "sizeof_digit", "default_max_str_digits", "str_digits_check_threshold"},
                        new Object[]{30L, 4L, 4300L, 640L}));
        sys.set("implementation", new StructSeq(IMPLEMENTATION, new String[]{"name", "cache_tag", "version", "hexversion"},
                        new Object[]{"krait", PNone.NONE, versionInfo, 0x030b07f0L}));
        sys.set("path", new PList(context.searchPath().toArray()));
        sys.set("executable", "krait");
        sys.set("prefix", "");
        sys.set("dont_write_bytecode", true);
        IoModule.installStandardStreams(sys, context);
        sys.set("modules", new ModulesView(context));
    }

    static final dev.krait.runtime.PythonClass VERSION_INFO = StructSeq.type("sys", "version_info");
    static final dev.krait.runtime.PythonClass FLOAT_INFO = StructSeq.type("sys", "float_info");
    static final dev.krait.runtime.PythonClass INT_INFO = StructSeq.type("sys", "int_info");
    static final dev.krait.runtime.PythonClass IMPLEMENTATION = StructSeq.type("sys", "implementation");

    @Builtin(name = "getdefaultencoding", signature = "")
    @GenerateNodeFactory
    public abstract static class GetDefaultEncodingNode extends BuiltinNode.Nullary {
        @Specialization
        static Object get() {
            return "utf-8";
        }
    }

    @Builtin(name = "getfilesystemencoding", signature = "")
    @GenerateNodeFactory
    public abstract static class GetFileSystemEncodingNode extends BuiltinNode.Nullary {
        @Specialization
        static Object get() {
            return "utf-8";
        }
    }

    @Builtin(name = "exc_info", signature = "")
    @GenerateNodeFactory
    public abstract static class ExcInfoNode extends BuiltinNode.Nullary {
        @Specialization
        @TruffleBoundary
        static Object excInfo(@Bind Node node) {
            PBaseException e = KraitContext.get(node).handledException;
            if (e == null) {
                return PTuple.of(PNone.NONE, PNone.NONE, PNone.NONE);
            }
            Object tb = dev.krait.ops.Attributes.lookup(e, "__traceback__");
            return PTuple.of(e.getPythonClass(), e, tb == null ? PNone.NONE : tb);
        }
    }

    @Builtin(name = "exception", signature = "")
    @GenerateNodeFactory
    public abstract static class ExceptionNode extends BuiltinNode.Nullary {
        @Specialization
        @TruffleBoundary
        static Object exception(@Bind Node node) {
            PBaseException e = KraitContext.get(node).handledException;
            return e == null ? PNone.NONE : e;
        }
    }

    @Builtin(name = "intern", signature = "string, /")
    @GenerateNodeFactory
    public abstract static class InternNode extends BuiltinNode.Unary {
        @Specialization
        static Object intern(Object s) {
            if (!(s instanceof String)) {
                throw PRaise.typeError(null, "intern() argument must be str, not %s", PyObjectOps.typeName(s));
            }
            return s;
        }
    }

    @Builtin(name = "exit", signature = "status=None, /")
    @GenerateNodeFactory
    public abstract static class ExitNode extends BuiltinNode.Unary {
        @Specialization
        static Object exit(Object status) {
            throw systemExit(status, true);
        }
    }

    /** SystemExit with {@code status}: sys.exit's has no arguments for None; exit() and quit() always pass theirs. */
    public static dev.krait.runtime.PException systemExit(Object status, boolean noneIsNoArgument) {
        PTuple args = status == PNone.NONE && noneIsNoArgument ? PTuple.EMPTY : PTuple.of(status);
        PBaseException exc = new PBaseException(BuiltinClasses.SYSTEM_EXIT, args);
        exc.setAttribute("code", status);
        return PRaise.raise(exc, null);
    }

    @Builtin(name = "displayhook", signature = "object, /")
    @GenerateNodeFactory
    public abstract static class DisplayHookNode extends BuiltinNode.Unary {
        @Specialization
        static Object displayhook(Object value, @Bind Node node) {
            display(KraitContext.get(node), value);
            return PNone.NONE;
        }
    }

    /**
     * What the interactive prompt does with the value of an expression statement (CPython's PRINT_EXPR): calls
     * {@code sys.displayhook}, whose default prints the repr and keeps the value in {@code builtins._}.
     */
    @TruffleBoundary
    public static void printExpr(KraitContext context, Object value) {
        PModule sys = context.modules.get("sys");
        Object hook = sys == null ? null : sys.get("displayhook");
        if (hook == null) {
            display(context, value);
        } else {
            dev.krait.ops.Calls.callUncached(hook, value);
        }
    }

    @TruffleBoundary
    private static void display(KraitContext context, Object value) {
        if (value == PNone.NONE) {
            return;
        }
        // As CPython: '_' is None while repr runs, so a repr that reads '_' does not see a half-displayed value.
        context.builtins.set("_", PNone.NONE);
        String text = dev.krait.ops.Repr.repr(value) + "\n";
        Object out = IoModule.redirectedStdout(context);
        if (out == null) {
            context.out.print(text);
        } else {
            dev.krait.ops.Calls.callUncached(dev.krait.ops.Attributes.get(out, "write"), text);
        }
        context.builtins.set("_", value);
    }

    @Builtin(name = "getrecursionlimit", signature = "")
    @GenerateNodeFactory
    public abstract static class GetRecursionLimitNode extends BuiltinNode.Nullary {
        @Specialization
        Object get(@Bind Node node) {
            return (long) KraitContext.get(node).recursionLimit;
        }
    }

    @Builtin(name = "get_int_max_str_digits", signature = "")
    @GenerateNodeFactory
    public abstract static class GetIntMaxStrDigitsNode extends BuiltinNode.Nullary {
        @Specialization
        Object get(@Bind Node node) {
            return (long) KraitContext.get(node).intMaxStrDigits;
        }
    }

    @Builtin(name = "set_int_max_str_digits", signature = "maxdigits")
    @GenerateNodeFactory
    public abstract static class SetIntMaxStrDigitsNode extends BuiltinNode.Unary {
        @Specialization
        Object set(Object maxdigits, @Bind Node node) {
            long n = PyObjectOps.toIndexValue(maxdigits);
            if (n != 0 && n < IntStrLimit.MIN_MAX_DIGITS) {
                throw PRaise.valueError(null, "maxdigits must be 0 or larger than %d", IntStrLimit.MIN_MAX_DIGITS);
            }
            setLimit(KraitContext.get(node), (int) Math.min(n, Integer.MAX_VALUE));
            return PNone.NONE;
        }

        @TruffleBoundary
        private static void setLimit(KraitContext context, int n) {
            context.intMaxStrDigits = n;
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
