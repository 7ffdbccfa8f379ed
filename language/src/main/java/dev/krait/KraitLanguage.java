package dev.krait;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.graalvm.options.OptionCategory;
import org.graalvm.options.OptionDescriptors;
import org.graalvm.options.OptionKey;
import org.graalvm.options.OptionStability;

import com.oracle.truffle.api.CallTarget;
import com.oracle.truffle.api.Option;
import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.Truffle;
import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.instrumentation.ProvidedTags;
import com.oracle.truffle.api.instrumentation.StandardTags;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.source.Source;

import dev.krait.builtins.BuiltinRootNode;
import dev.krait.bytecode.DisassembleRootNode;
import dev.krait.nodes.ModuleRootNode;
import dev.krait.runtime.KraitContext;
import dev.krait.runtime.PBuiltinFunction;

/** The Krait language: Python 3.11 (a large subset) on Truffle. */
@TruffleLanguage.Registration(id = KraitLanguage.ID, name = "Krait", implementationName = "Krait", version = KraitLanguage.VERSION,
                defaultMimeType = KraitLanguage.MIME_TYPE, characterMimeTypes = {KraitLanguage.MIME_TYPE, KraitLanguage.INTERACTIVE_MIME_TYPE}, contextPolicy = TruffleLanguage.ContextPolicy.EXCLUSIVE,
                website = "https://krait.dev")
@ProvidedTags({StandardTags.CallTag.class, StandardTags.StatementTag.class, StandardTags.RootTag.class, StandardTags.RootBodyTag.class,
                StandardTags.ExpressionTag.class})
public final class KraitLanguage extends TruffleLanguage<KraitContext> {
    public static final String ID = "python";
    public static final String MIME_TYPE = "text/x-python";
    /**
     * One input of the REPL: run in the existing {@code __main__}, expression values displayed, errors reported
     * without ending the session. (Not Truffle's interactive flag: with it the engine would print results itself.)
     */
    public static final String INTERACTIVE_MIME_TYPE = "text/x-python-interactive";
    public static final String VERSION = "0.1.0";

    private static final LanguageReference<KraitLanguage> REFERENCE = LanguageReference.create(KraitLanguage.class);

    @Option(help = "Execution engine: jit (AST interpreter compiled by Graal), ast (same, compilation off at the engine), bytecode (classic loop).",
                    category = OptionCategory.USER, stability = OptionStability.STABLE)
    public static final OptionKey<String> Mode = new OptionKey<>("jit");

    @Option(help = "Print the bytecode listing of the program (in the shape of CPython's dis) instead of running it.",
                    category = OptionCategory.USER, stability = OptionStability.STABLE)
    public static final OptionKey<Boolean> Dis = new OptionKey<>(false);

    @Option(help = "Raise KeyboardInterrupt in the program on SIGINT (Ctrl-C), as CPython does. Installs a process-wide signal handler.",
                    category = OptionCategory.USER, stability = OptionStability.STABLE)
    public static final OptionKey<Boolean> InstallSignalHandlers = new OptionKey<>(false);

    private final Map<PBuiltinFunction, RootCallTarget> builtinTargets = new ConcurrentHashMap<>();

    public static KraitLanguage get(Node node) {
        return REFERENCE.get(node);
    }

    @Override
    protected OptionDescriptors getOptionDescriptors() {
        return new KraitLanguageOptionDescriptors();
    }

    @Override
    protected KraitContext createContext(Env env) {
        return new KraitContext(this, env, env.getOptions().get(Mode));
    }

    @Override
    protected void initializeContext(KraitContext context) {
        // Walks the (empty) guest stack once so the runtime's stack-walking classes are initialized now: a traceback
        // is the first thing a MemoryError needs, and a class whose initialization ran out of memory stays broken.
        Truffle.getRuntime().iterateFrames(frame -> frame);
    }

    @Override
    protected void finalizeContext(KraitContext context) {
        context.flush();
    }

    @Override
    protected CallTarget parse(ParsingRequest request) {
        Source source = request.getSource();
        if (KraitContext.get(null).env.getOptions().get(Dis)) {
            return new DisassembleRootNode(this, source).getCallTarget();
        }
        return new ModuleRootNode(this, source).getCallTarget();
    }

    /** Tools (the debugger, Value.toString) show Python values as Python displays them. */
    @Override
    protected Object getLanguageView(KraitContext context, Object value) {
        return dev.krait.runtime.interop.PythonValue.view(value);
    }

    /** The call target of a builtin function in this language instance, made on first use. */
    @com.oracle.truffle.api.CompilerDirectives.TruffleBoundary
    public RootCallTarget getBuiltinTarget(PBuiltinFunction function) {
        RootCallTarget target = builtinTargets.get(function);
        if (target == null) {
            target = builtinTargets.computeIfAbsent(function, f -> new BuiltinRootNode(this, f).getCallTarget());
        }
        return target;
    }
}
