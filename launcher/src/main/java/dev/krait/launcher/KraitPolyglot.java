package dev.krait.launcher;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.Language;

/**
 * The one place that turns a {@link Mode} into polyglot engine and context settings. The launcher and the
 * test suite both build their engines and contexts here, so tests run Python exactly the way {@code krait} does.
 */
public final class KraitPolyglot {
    public static final String LANGUAGE_ID = "python";
    /** The language option that selects the execution strategy. */
    public static final String MODE_OPTION = "python.Mode";
    /** The language option that makes SIGINT raise KeyboardInterrupt; only the command line sets it. */
    public static final String SIGNAL_HANDLERS_OPTION = "python.InstallSignalHandlers";

    private KraitPolyglot() {
    }

    /** An engine builder preconfigured for {@code mode}; callers may add options before building. */
    public static Engine.Builder engineBuilder(Mode mode) {
        Engine.Builder builder = Engine.newBuilder(LANGUAGE_ID)
                        // engine.Compilation is experimental; users may also pass experimental options through.
                        .allowExperimentalOptions(true)
                        // Without an optimizing runtime (a native executable built without it) Krait still runs.
                        .option("engine.WarnInterpreterOnly", "false");
        // Both interpretive baselines run without Truffle compilation: the ast mode is the AST interpreter alone, and
        // the bytecode loop (itself behind a TruffleBoundary) should not get builtins or call stubs compiled by Graal.
        // Without the optimizing runtime nothing is compiled, and the option does not exist.
        if ((mode == Mode.AST || mode == Mode.BYTECODE) && hasOptimizingRuntime()) {
            builder.option("engine.Compilation", "false");
            // Argument and return type profiles only feed the compiler: without it they are pure per-call overhead.
            builder.option("engine.ArgumentTypeSpeculation", "false");
            builder.option("engine.ReturnTypeSpeculation", "false");
        }
        return builder;
    }

    private static boolean hasOptimizingRuntime() {
        // ./krait selects Truffle's fallback runtime for the interpreter-only modes (see the script).
        return ModuleLayer.boot().findModule("org.graalvm.truffle.runtime").isPresent() && !Boolean.getBoolean("truffle.UseFallbackRuntime");
    }

    /** A context builder with the default permissions: files and environment, no host access. */
    public static Context.Builder contextBuilder(Engine engine, Mode mode) {
        return contextBuilder(engine, mode, Isolation.DEFAULT);
    }

    /**
     * A context builder on {@code engine} for {@code mode} with the permissions and statement limit of
     * {@code isolation}. The caller adds streams and {@code sys.argv}.
     *
     * @throws UnsupportedOperationException if {@code mode} needs the {@code python.Mode} option and the language
     *             does not declare it yet
     */
    public static Context.Builder contextBuilder(Engine engine, Mode mode, Isolation isolation) {
        Context.Builder builder = isolation.configure(Context.newBuilder(LANGUAGE_ID)
                        .engine(engine)
                        .allowExperimentalOptions(true));
        if (languageDeclaresModeOption(engine)) {
            builder.option(MODE_OPTION, mode.id());
        } else if (mode == Mode.BYTECODE) {
            // jit and ast differ only in engine options, but bytecode is a different interpreter in the language.
            throw new UnsupportedOperationException(
                            "--mode=bytecode is not available: the language does not declare the option " + MODE_OPTION);
        }
        return builder;
    }

    /** True once the language declares {@code python.Mode}; until then jit and ast work without it. */
    public static boolean languageDeclaresModeOption(Engine engine) {
        Language python = engine.getLanguages().get(LANGUAGE_ID);
        return python != null && python.getOptions().get(MODE_OPTION) != null;
    }
}
