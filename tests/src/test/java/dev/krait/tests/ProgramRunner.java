package dev.krait.tests;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.opentest4j.AssertionFailedError;

import dev.krait.launcher.KraitPolyglot;
import dev.krait.launcher.Mode;

/** Runs one Python program in a fresh context on a shared engine, the way the krait launcher would. */
final class ProgramRunner {
    /** The same as ./krait's -Xss, so deep recursion behaves as on the command line. */
    private static final long STACK_SIZE_BYTES = 1L << 30;

    static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(Long.getLong("krait.timeoutSeconds", 60));

    /** What a program did: its output and its exit status (0 when it ran to the end). */
    record Outcome(String stdout, String stderr, int exitStatus) {
    }

    private ProgramRunner() {
    }

    /**
     * Runs {@code source} with {@code sys.argv == [argv0]} and empty stdin.
     *
     * @throws AssertionFailedError on a timeout or when Krait fails with anything but a Python-level exit: an
     *             internal error is a Krait bug, never an expected outcome
     */
    static Outcome run(Engine engine, Mode mode, Source source, String argv0, Duration timeout) throws InterruptedException {
        return run(engine, mode, source, new String[]{argv0}, timeout);
    }

    /** Runs {@code source} with {@code sys.argv == argv} and empty stdin; see {@link #run(Engine, Mode, Source, String, Duration)}. */
    static Outcome run(Engine engine, Mode mode, Source source, String[] argv, Duration timeout) throws InterruptedException {
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        AtomicReference<Context> contextRef = new AtomicReference<>();
        AtomicReference<Integer> exitStatus = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();

        Runnable program = () -> {
            try (Context context = KraitPolyglot.contextBuilder(engine, mode)
                            .in(new ByteArrayInputStream(new byte[0]))
                            .out(stdout)
                            .err(stderr)
                            .arguments(KraitPolyglot.LANGUAGE_ID, argv)
                            .build()) {
                contextRef.set(context);
                context.eval(source);
                exitStatus.set(0);
            } catch (PolyglotException e) {
                if (e.isExit()) {
                    exitStatus.set(e.getExitStatus());
                } else {
                    failure.set(e);
                }
            } catch (Throwable e) {
                failure.set(e);
            }
        };
        // A thread of our own gives the program a known stack size and lets a hung program be cancelled.
        Thread worker = new Thread(null, program, "krait-" + source.getName(), STACK_SIZE_BYTES);
        worker.start();
        worker.join(timeout.toMillis());
        if (worker.isAlive()) {
            Context context = contextRef.get();
            if (context != null) {
                context.close(true);
            }
            worker.join(10_000);
            throw new AssertionFailedError(source.getName() + ": timed out after " + timeout.toSeconds() + " s; stdout so far:\n"
                            + decode(stdout) + "\nstderr so far:\n" + decode(stderr));
        }
        if (failure.get() != null) {
            throw new AssertionFailedError(source.getName() + ": internal error (not a Python-level exit): " + stackTrace(failure.get())
                            + "\nstderr:\n" + decode(stderr), failure.get());
        }
        return new Outcome(decode(stdout), decode(stderr), exitStatus.get());
    }

    private static String decode(ByteArrayOutputStream bytes) {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static String stackTrace(Throwable e) {
        StringWriter text = new StringWriter();
        e.printStackTrace(new PrintWriter(text));
        return text.toString();
    }
}
