package dev.krait.nodes;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.FrameDescriptor;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.RootNode;
import com.oracle.truffle.api.source.Source;

import dev.krait.KraitLanguage;
import dev.krait.runtime.BuiltinClasses;
import dev.krait.runtime.KraitContext;
import dev.krait.runtime.IncompleteInput;
import dev.krait.runtime.InterruptSignal;
import dev.krait.runtime.KraitExit;
import dev.krait.runtime.PBaseException;
import dev.krait.runtime.PException;
import dev.krait.runtime.PModule;
import dev.krait.runtime.PNone;
import dev.krait.runtime.TracebackPrinter;
import dev.krait.ops.Arithmetic;
import dev.krait.ops.Repr;
import dev.krait.parser.PythonSyntaxError;

/**
 * The entry point of a program: on execution it compiles the source for the current context (front end, scope
 * analysis, then the chosen engine), runs it as module {@code __main__}, and turns an uncaught exception into
 * CPython's report on stderr and exit status 1 (SystemExit into its status).
 */
public final class ModuleRootNode extends RootNode {
    private final Source source;

    public ModuleRootNode(KraitLanguage language, Source source) {
        super(language);
        this.source = source;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        return run();
    }

    @TruffleBoundary
    private Object run() {
        KraitContext context = KraitContext.get(this);
        if (KraitLanguage.INTERACTIVE_MIME_TYPE.equals(source.getMimeType())) {
            return runInteractive(context);
        }
        context.registerSource(source.getName(), source.getCharacters().toString());
        PModule module = createMainModule(context);
        if (context.env.getOptions().get(KraitLanguage.InstallSignalHandlers)) {
            dev.krait.runtime.KeyboardInterrupts.install(context, Thread.currentThread());
        }
        try {
            RootNode body;
            try {
                body = ModuleCompiler.compile(KraitLanguage.get(this), context, source, module);
            } catch (PythonSyntaxError e) {
                throw dev.krait.runtime.PRaise.raise(TracebackPrinter.toPythonException(e), null);
            }
            body.getCallTarget().call();
            context.flush();
            return PNone.NONE;
        } catch (PException e) {
            CompilerDirectives.transferToInterpreter();
            throw exitFor(context, e.getException());
        } catch (StackOverflowError e) {
            context.out.flush();
            context.err.println("Fatal Python error: Cannot recover from stack overflow.");
            throw new KraitExit(1);
        }
    }

    /**
     * One input of the REPL, in the {@code __main__} of the inputs (and script) before it. Errors are reported and
     * the session goes on; only SystemExit ends it. Interactive sources are not registered: like CPython, tracebacks
     * show no source lines for {@code <stdin>}.
     */
    private Object runInteractive(KraitContext context) {
        PModule module = context.modules.get("__main__");
        if (module == null) {
            module = createMainModule(context);
        }
        try {
            RootNode body;
            try {
                body = ModuleCompiler.compileInteractive(KraitLanguage.get(this), context, source, module);
            } catch (PythonSyntaxError e) {
                if (e.isIncompleteInput()) {
                    throw new IncompleteInput();
                }
                throw dev.krait.runtime.PRaise.raise(TracebackPrinter.toPythonException(e), null);
            }
            InterruptSignal.install(context);
            context.lineBufferOutput();
            context.runningInputs++;
            try {
                body.getCallTarget().call();
            } finally {
                context.runningInputs--;
            }
        } catch (PException e) {
            PBaseException exc = e.getException();
            if (exc.getPythonClass().isSubclassOf(BuiltinClasses.SYSTEM_EXIT)) {
                throw exitFor(context, exc);
            }
            context.out.flush();
            TracebackPrinter.print(context, exc);
        } catch (StackOverflowError e) {
            context.err.println("RecursionError: maximum recursion depth exceeded");
        } finally {
            context.flush();
        }
        return PNone.NONE;
    }

    private PModule createMainModule(KraitContext context) {
        context.setMainDirectory(mainDirectory(context));
        PModule module = new PModule("__main__");
        module.set("__name__", "__main__");
        module.set("__builtins__", context.builtins);
        module.set("__doc__", PNone.NONE);
        module.set("__package__", PNone.NONE);
        if (source.getPath() != null) {
            module.set("__file__", source.getName());
        }
        context.modules.put("__main__", module);
        return module;
    }

    private static KraitExit exitFor(KraitContext context, PBaseException exc) {
        context.out.flush();
        if (exc.getPythonClass().isSubclassOf(BuiltinClasses.SYSTEM_EXIT)) {
            Object code = exc.getArgs().size() == 0 ? PNone.NONE : exc.getArgs().size() == 1 ? exc.getArgs().get(0) : exc.getArgs();
            if (code == PNone.NONE) {
                return new KraitExit(0);
            }
            if (Arithmetic.isInt(code)) {
                return new KraitExit((int) Arithmetic.asLong(code));
            }
            context.err.println(Repr.str(code));
            return new KraitExit(1);
        }
        TracebackPrinter.print(context, exc);
        // CPython ends with SIGINT's status after an uncaught KeyboardInterrupt, as a shell reports it: 128 + 2.
        return new KraitExit(exc.getPythonClass().isSubclassOf(BuiltinClasses.KEYBOARD_INTERRUPT) ? 130 : 1);
    }

    /** The folder of the main script, or the current folder for code without a file. */
    private String mainDirectory(KraitContext context) {
        String path = source.getPath();
        if (path != null) {
            try {
                com.oracle.truffle.api.TruffleFile parent = context.env.getPublicTruffleFile(path).getAbsoluteFile().getParent();
                if (parent != null) {
                    return parent.getPath();
                }
            } catch (RuntimeException e) {
                // fall back to the current folder
            }
        }
        try {
            return context.env.getCurrentWorkingDirectory().getPath();
        } catch (RuntimeException e) {
            return ".";
        }
    }

    @Override
    public String getName() {
        return "<main>";
    }

    /** The launcher's entry, not Python code: tools (profilers, the debugger) show the module body instead. */
    @Override
    public boolean isInternal() {
        return true;
    }

    static FrameDescriptor emptyDescriptor() {
        return FrameDescriptor.newBuilder().build();
    }
}
