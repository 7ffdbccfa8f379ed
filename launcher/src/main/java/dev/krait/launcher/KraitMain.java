package dev.krait.launcher;

import java.io.Console;
import java.io.File;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;

import dev.krait.launcher.LauncherOptions.Action;
import dev.krait.launcher.LauncherOptions.UsageException;

/** The {@code krait} command: runs a Python program on the Krait language. */
public final class KraitMain {
    public static final String VERSION = "0.1.0";

    static final int EXIT_USAGE = 2;
    /** BSD's EX_SOFTWARE: something inside Krait went wrong, not in the user's program. */
    static final int EXIT_INTERNAL_ERROR = 70;
    /** A --max-statements, --max-heap or --max-time limit stopped the program. */
    static final int EXIT_LIMIT_EXCEEDED = 1;

    private final PrintStream out;
    private final PrintStream err;

    private KraitMain(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /**
     * Python programs may recurse deeply (sys.setrecursionlimit); the interpreter's Java frames need far more stack
     * than the JVM's default thread gets, so the program runs on a thread with a large (lazily committed) stack.
     */
    static final long PROGRAM_STACK_BYTES = 1L << 30;

    public static void main(String[] args) throws InterruptedException {
        // A program that exhausts the heap gets MemoryError; a JIT compiler thread that runs out at the same time only
        // loses that compilation, and must not print a JVM stack trace over the program's report.
        Thread.setDefaultUncaughtExceptionHandler((thread, e) -> {
            if (!(e instanceof OutOfMemoryError)) {
                e.printStackTrace();
            }
        });
        int[] status = new int[1];
        Thread program = new Thread(null, () -> status[0] = new KraitMain(System.out, System.err).run(args), "main", PROGRAM_STACK_BYTES);
        program.start();
        program.join();
        System.out.flush();
        System.err.flush();
        System.exit(status[0]);
    }

    private int run(String[] args) {
        LauncherOptions options;
        try {
            options = LauncherOptions.parse(args);
        } catch (UsageException e) {
            return usageError(e.getMessage());
        }
        switch (options.action()) {
            case HELP -> {
                out.println(LauncherOptions.HELP);
                return 0;
            }
            case NO_PROGRAM -> {
            }
            default -> {
            }
        }

        Engine engine;
        try {
            Engine.Builder builder = KraitPolyglot.engineBuilder(options.mode()).out(out).err(err)
                            // Ctrl-C raises KeyboardInterrupt, as in python3; exit status 130 when uncaught.
                            .option(KraitPolyglot.SIGNAL_HANDLERS_OPTION, "true");
            options.polyglotOptions().forEach(builder::option);
            engine = builder.build();
        } catch (IllegalArgumentException e) {
            // The engine rejects option names it does not know and values it cannot parse.
            return usageError(e.getMessage());
        }
        try {
            if (options.action() == Action.VERSION) {
                out.println("Krait " + VERSION + " (Python 3.11 subset) on " + engine.getImplementationName());
                return 0;
            }
            // Like python3: the prompt without a program when stdin is a terminal (or with -i), and after it with -i.
            boolean promptOnly = options.action() == Action.NO_PROGRAM && (options.inspect() || stdinIsTerminal());
            if (promptOnly) {
                return runProgram(engine, options, null);
            }
            Source source;
            try {
                source = readProgram(options);
            } catch (ScriptDecoder.DecodingError e) {
                err.println("SyntaxError: " + e.getMessage());
                return 1;
            } catch (IOException e) {
                // CPython's wording and status for a script that cannot be read.
                err.println("krait: can't open file '" + options.program() + "': [Errno 2] No such file or directory");
                return EXIT_USAGE;
            }
            return runProgram(engine, options, source);
        } finally {
            try {
                engine.close();
            } catch (PolyglotException e) {
                // Closing meets the failed JIT start again (see jitStartFailed); the program's status stands.
                if (!jitStartFailed(e)) {
                    throw e;
                }
            }
        }
    }

    private int runProgram(Engine engine, LauncherOptions options, Source source) {
        Context.Builder builder;
        try {
            builder = KraitPolyglot.contextBuilder(engine, options.mode(), options.isolation());
        } catch (UnsupportedOperationException e) {
            err.println("krait: " + e.getMessage());
            return EXIT_USAGE;
        }
        // The program writes to the file descriptor itself: System.out would swallow a broken pipe, which the program
        // must see as BrokenPipeError (as in CPython) rather than print on into a closed pipe forever.
        OutputStream programOut = out == System.out ? new FileOutputStream(FileDescriptor.out) : out;
        builder.in(System.in).out(programOut).err(err).arguments(KraitPolyglot.LANGUAGE_ID, options.sysArgv());
        LimitWatchdog watchdog = null;
        try (Context context = builder.build()) {
            watchdog = LimitWatchdog.start(context, options.isolation());
            if (source != null) {
                try {
                    context.eval(source);
                } catch (PolyglotException e) {
                    // An exit has already printed its traceback or SyntaxError; with -i the prompt comes next anyway.
                    if (!e.isExit() || !options.inspect()) {
                        throw e;
                    }
                }
            }
            if (source == null || options.inspect()) {
                return interactive(context, source == null);
            }
            return 0;
        } catch (PolyglotException e) {
            if (e.isExit()) {
                return e.getExitStatus();
            }
            if (e.isResourceExhausted() && options.isolation().maxStatements() > 0 && String.valueOf(e.getMessage()).startsWith("Statement count limit")) {
                out.flush();
                err.println("krait: " + e.getMessage() + " (--max-statements)");
                return EXIT_LIMIT_EXCEEDED;
            } else if (e.isResourceExhausted() || jitStartFailed(e)) {
                // The heap or the stack ran out outside every Python frame (those turn it into MemoryError or
                // RecursionError themselves): CPython's bare report.
                out.flush();
                err.println(String.valueOf(e.getMessage()).contains("StackOverflow") ? "RecursionError: maximum recursion depth exceeded" : "MemoryError");
                return 1;
            } else if (e.isCancelled() && watchdog != null && watchdog.exceeded() != null) {
                out.flush();
                err.println("krait: " + watchdog.exceeded());
                return EXIT_LIMIT_EXCEEDED;
            }
            return internalError(e);
        } catch (RuntimeException e) {
            return internalError(e);
        } finally {
            if (watchdog != null) {
                watchdog.close();
            }
        }
    }

    /** The REPL: with line editing on a terminal, else reading stdin as python3 -i does. */
    private int interactive(Context context, boolean banner) {
        if (stdinIsTerminal()) {
            try {
                return Repl.runOnTerminal(context, err, banner);
            } catch (IOException e) {
                err.println("krait: cannot use the terminal: " + e.getMessage());
                return EXIT_USAGE;
            }
        }
        return Repl.runOnStream(context, System.in, err, banner);
    }

    private static Source readProgram(LauncherOptions options) throws IOException, ScriptDecoder.DecodingError {
        return switch (options.action()) {
            case RUN_FILE -> {
                Path path = Path.of(options.program());
                if (!Files.isRegularFile(path)) {
                    throw new IOException("not a file: " + path);
                }
                // Tracebacks name the script by its absolute path, as CPython 3.9+ does (sys.argv keeps it as given).
                String name = path.toAbsolutePath().normalize().toString();
                yield Source.newBuilder(KraitPolyglot.LANGUAGE_ID, new File(options.program()))
                                .name(name)
                                .content(ScriptDecoder.decode(Files.readAllBytes(path), name))
                                .build();
            }
            case RUN_CODE -> Source.newBuilder(KraitPolyglot.LANGUAGE_ID, options.program(), "<string>").build();
            case RUN_STDIN, NO_PROGRAM -> Source.newBuilder(KraitPolyglot.LANGUAGE_ID,
                            new InputStreamReader(System.in, StandardCharsets.UTF_8), "<stdin>").build();
            case HELP, VERSION -> null;
        };
    }

    private int usageError(String message) {
        err.println("krait: " + message);
        err.println("Try 'krait --help' for more information.");
        return EXIT_USAGE;
    }

    /**
     * Graal starts in the background while the program runs; when the program exhausts the heap first, the compiler's
     * initialization fails for lack of memory, and Truffle then refuses every later entry into or exit from the
     * context with this internal error (even after the program has reported its own MemoryError).
     */
    private static boolean jitStartFailed(PolyglotException e) {
        return e.isInternalError() && String.valueOf(e.getMessage()).contains("Compiler initialization failed");
    }

    private int internalError(Exception e) {
        err.println("krait: internal error: " + e.getMessage());
        e.printStackTrace(err);
        return EXIT_INTERNAL_ERROR;
    }

    private static boolean stdinIsTerminal() {
        Console console = System.console();
        return console != null && console.isTerminal();
    }
}
