package dev.krait.runtime;

import java.io.BufferedOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.nodes.Node;

import dev.krait.KraitLanguage;
import dev.krait.builtins.BuiltinRegistry;

/** The state of one running Krait program: modules, streams, recursion depth, the exception being handled. */
public final class KraitContext {
    private static final TruffleLanguage.ContextReference<KraitContext> REFERENCE = TruffleLanguage.ContextReference.create(KraitLanguage.class);

    public final KraitLanguage language;
    public final TruffleLanguage.Env env;
    public final PModule builtins;
    public final Map<String, PModule> modules = new LinkedHashMap<>();
    /** Block-buffered; line-buffered from the first interactive input on (CPython's stdout on a terminal). */
    public PrintStream out;
    private boolean outLineBuffered;
    /** Under {@link #out}: knows whether a write to stdout failed (see {@code IoModule.checkStdout}). */
    public final FailureRecordingOutputStream stdoutSink;
    public final PrintStream err;
    public final String mode;
    /** Python call depth, checked against {@link #recursionLimit} on every call. */
    public int depth;
    /** Interactive inputs running now: Ctrl-C raises KeyboardInterrupt in them (see {@link InterruptSignal}). */
    public volatile int runningInputs;
    InterruptSignal interruptSignal;
    public int recursionLimit = 1000;
    /** sys.get_int_max_str_digits(): the most digits int and decimal str convert (0: no limit). */
    public int intMaxStrDigits = dev.krait.ops.IntStrLimit.DEFAULT_MAX_DIGITS;
    /** The exception being handled by the innermost active except clause (sys.exc_info()), or null. */
    public PBaseException handledException;

    public KraitContext(KraitLanguage language, TruffleLanguage.Env env, String mode) {
        this.language = language;
        this.env = env;
        this.mode = mode;
        this.stdoutSink = new FailureRecordingOutputStream(env.out());
        this.out = new PrintStream(new BufferedOutputStream(stdoutSink, 1 << 16), false, StandardCharsets.UTF_8);
        this.err = new PrintStream(env.err(), true, StandardCharsets.UTF_8);
        this.allocationReporter = env.lookup(com.oracle.truffle.api.instrumentation.AllocationReporter.class);
        this.builtins = BuiltinRegistry.createBuiltinsModule(this);
        modules.put("builtins", builtins);
    }

    /** Tells the memory tracer (--memtracer) about new Python objects; inactive unless a tool listens. */
    private final com.oracle.truffle.api.instrumentation.AllocationReporter allocationReporter;

    /** Reports {@code value} as just allocated when a tool listens; returns it. */
    public <T> T allocated(T value) {
        if (allocationReporter.isActive()) {
            reportAllocation(value);
        }
        return value;
    }

    @com.oracle.truffle.api.CompilerDirectives.TruffleBoundary
    private void reportAllocation(Object value) {
        allocationReporter.onEnter(null, 0, com.oracle.truffle.api.instrumentation.AllocationReporter.SIZE_UNKNOWN);
        allocationReporter.onReturnValue(dev.krait.runtime.interop.PythonValue.export(value), 0,
                        com.oracle.truffle.api.instrumentation.AllocationReporter.SIZE_UNKNOWN);
    }

    /** Output appears line by line from now on: the prompt's inputs print while they run. */
    @com.oracle.truffle.api.CompilerDirectives.TruffleBoundary
    public void lineBufferOutput() {
        if (!outLineBuffered) {
            out.flush();
            out = new PrintStream(new BufferedOutputStream(stdoutSink, 1 << 16), true, StandardCharsets.UTF_8);
            outLineBuffered = true;
        }
    }

    public static KraitContext get(Node node) {
        return REFERENCE.get(node);
    }

    /** Folders searched by import: the main script's folder, then Krait's library. */
    private final java.util.List<String> searchPath = new java.util.ArrayList<>();

    public java.util.List<String> searchPath() {
        return searchPath;
    }

    /** Sets the main script's folder as the first import location (the current folder for -c and stdin). */
    public void setMainDirectory(String directory) {
        searchPath.clear();
        searchPath.add(directory);
        searchPath.add(dev.krait.ops.Importer.LIBRARY_ROOT);
    }

    public String[] argv() {
        String[] args = env.getApplicationArguments();
        return args.length == 0 ? new String[]{""} : args;
    }

    /** Source texts by file name, for the lines tracebacks show. */
    private final Map<String, String[]> sourceLines = new java.util.HashMap<>();

    public void registerSource(String filename, String text) {
        sourceLines.put(filename, text.split("\n", -1));
    }

    /** Line {@code line} (1-based) of a registered source, or null. */
    public String sourceLine(String filename, int line) {
        String[] lines = sourceLines.get(filename);
        if (lines == null || line < 1 || line > lines.length) {
            return null;
        }
        return lines[line - 1];
    }

    /** Buffers to write out when the program ends (files the program did not close). */
    public final java.util.Set<java.io.Flushable> exitFlushers = new java.util.LinkedHashSet<>();

    @TruffleBoundary
    public void flush() {
        for (java.io.Flushable f : exitFlushers.toArray(new java.io.Flushable[0])) {
            try {
                f.flush();
            } catch (java.io.IOException e) {
                // the program is ending: nothing to report to
            }
        }
        out.flush();
        err.flush();
    }
}
