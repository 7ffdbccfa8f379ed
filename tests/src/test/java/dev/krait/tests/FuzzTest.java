package dev.krait.tests;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.io.FileSystem;
import org.graalvm.polyglot.io.IOAccess;

import dev.krait.launcher.KraitPolyglot;
import dev.krait.launcher.Mode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.LifecycleContext;
import net.jqwik.api.lifecycle.SkipExecutionHook;
import net.jqwik.api.statistics.Statistics;

/**
 * Feeds Krait mutated golden programs and random token soups, in every mode, each with a short time budget. Whatever
 * the source, the outcome must be a normal run, a Python exception or a SyntaxError (an exit status and a report on
 * stderr), or running out of the budget and stopping when cancelled: never an internal error, a Java exception, or a
 * program that keeps running after its context is cancelled.
 *
 * <p>CI runs {@link #CI_CASES} cases from a fixed seed. A campaign with random seeds:
 * {@code ./test.sh -Dtest=FuzzTest -Dkrait.fuzz.cases=100000} (jqwik prints the seed and the shrunk case of a failure).
 */
class FuzzTest {
    static final int CI_CASES = 4000;

    private static final Duration BUDGET = Duration.ofMillis(Long.getLong("krait.fuzz.budgetMillis", 1500));
    /** How long a cancelled program may take to stop. */
    private static final Duration CANCEL_GRACE = Duration.ofSeconds(20);
    private static final long STACK_SIZE_BYTES = 1L << 30;
    /** Output beyond this is dropped: a mutated program may print in an endless loop. */
    private static final int OUTPUT_CAP = 1 << 16;
    /** A Java exception named in the output means one leaked into a Python message or a stack trace. */
    private static final Pattern JAVA_LEAK = Pattern.compile("internal error|\\bjava\\.[a-z]+\\.\\w+(Exception|Error)\\b|\\tat [\\w.$]+\\(");

    private static final Map<Mode, Engine> ENGINES = new EnumMap<>(Mode.class);
    private static final List<String> PROGRAMS = loadPrograms();

    /** What a fuzz case runs: a golden program (or, for a negative index, a soup of tokens), edited, in one mode. */
    record FuzzCase(int program, List<Integer> soup, List<Mutation> mutations, Mode mode) {
        String source() {
            String base = program >= 0 ? PROGRAMS.get(program % PROGRAMS.size())
                            : soup.stream().map(word -> Mutation.VOCABULARY.get(word % Mutation.VOCABULARY.size())).collect(Collectors.joining(" "));
            for (Mutation mutation : mutations) {
                base = mutation.apply(base);
            }
            return base;
        }

        @Override
        public String toString() {
            return mode.id() + " " + (program >= 0 ? "program " + program : "soup " + soup) + " " + mutations + "\n--- source ---\n" + source();
        }
    }

    @Property(tries = CI_CASES, seed = "20261122", edgeCases = EdgeCasesMode.NONE)
    void ciCases(@ForAll("cases") FuzzCase fuzzCase) throws InterruptedException {
        check(fuzzCase);
    }

    /** The long campaign: {@code -Dkrait.fuzz.cases=N} runs N cases from a random seed. */
    @Property(edgeCases = EdgeCasesMode.NONE)
    @AddLifecycleHook(OnlyInCampaign.class)
    void campaign(@ForAll("cases") FuzzCase fuzzCase) throws InterruptedException {
        check(fuzzCase);
    }

    /** Skips the campaign unless {@code krait.fuzz.cases} asks for one. */
    static final class OnlyInCampaign implements SkipExecutionHook {
        @Override
        public SkipResult shouldBeSkipped(LifecycleContext context) {
            return Integer.getInteger("krait.fuzz.cases", 0) > 0 ? SkipResult.doNotSkip() : SkipResult.skip("no -Dkrait.fuzz.cases");
        }
    }

    @Provide
    Arbitrary<FuzzCase> cases() {
        Arbitrary<Integer> position = Arbitraries.integers().between(0, 1 << 20);
        Arbitrary<Integer> depth = Arbitraries.integers().between(1, 5000);
        Arbitrary<Mutation> mutation = Arbitraries.oneOf(
                        position.map(Mutation.DeleteLine::new),
                        position.map(Mutation.DuplicateLine::new),
                        Combinators.combine(position, position).as(Mutation.SwapLines::new),
                        position.map(Mutation.DeleteToken::new),
                        position.map(Mutation.DuplicateToken::new),
                        Combinators.combine(position, position).as(Mutation.SwapTokens::new),
                        Combinators.combine(position, position).as(Mutation.InsertToken::new),
                        Combinators.combine(position, position).as(Mutation.InsertToken::new),
                        Combinators.combine(position, position).as(Mutation.ReplaceWithValue::new),
                        Combinators.combine(position, position).as(Mutation.ReplaceWithValue::new),
                        Combinators.combine(position, position).as(Mutation.ReplaceWithValue::new),
                        position.map(Mutation.Truncate::new),
                        Combinators.combine(Arbitraries.of(Mutation.Nesting.class), depth, position).as(Mutation.Nest::new));
        Arbitrary<Integer> program = Arbitraries.frequencyOf(
                        net.jqwik.api.Tuple.of(9, Arbitraries.integers().between(0, PROGRAMS.size() - 1)),
                        net.jqwik.api.Tuple.of(1, Arbitraries.just(-1)));
        Arbitrary<List<Integer>> soup = Arbitraries.integers().between(0, Mutation.VOCABULARY.size() - 1).list().ofMinSize(1).ofMaxSize(60);
        return Combinators.combine(program, soup, mutation.list().ofMinSize(1).ofMaxSize(5), Arbitraries.of(Mode.JIT, Mode.AST, Mode.BYTECODE))
                        .as(FuzzCase::new);
    }

    @AfterContainer
    static void closeEngines() {
        synchronized (ENGINES) {
            ENGINES.values().forEach(engine -> engine.close(true));
            ENGINES.clear();
        }
    }

    private static Engine engine(Mode mode) {
        synchronized (ENGINES) {
            return ENGINES.computeIfAbsent(mode, m -> KraitPolyglot.engineBuilder(m).build());
        }
    }

    private static void check(FuzzCase fuzzCase) throws InterruptedException {
        Source source = Source.newBuilder(KraitPolyglot.LANGUAGE_ID, fuzzCase.source(), "fuzz.py").cached(false).buildLiteral();
        CappedOutput stdout = new CappedOutput();
        CappedOutput stderr = new CappedOutput();
        AtomicReference<Context> contextRef = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        AtomicReference<String> outcome = new AtomicReference<>("ran to the end");
        CountDownLatch started = new CountDownLatch(1);
        Runnable program = () -> {
            // The program may read the golden files but not change anything on disk.
            try (Context context = KraitPolyglot.contextBuilder(engine(fuzzCase.mode()), fuzzCase.mode())
                            .allowIO(IOAccess.newBuilder().fileSystem(FileSystem.newReadOnlyFileSystem(FileSystem.newDefaultFileSystem())).build())
                            .in(new java.io.ByteArrayInputStream(new byte[0]))
                            .out(stdout)
                            .err(stderr)
                            .arguments(KraitPolyglot.LANGUAGE_ID, new String[]{"fuzz.py"})
                            .build()) {
                contextRef.set(context);
                started.countDown();
                context.eval(source);
            } catch (PolyglotException e) {
                outcome.set(e.isExit() ? "exit status " + e.getExitStatus() : e.isCancelled() ? "cancelled" : "resource limit");
                // An exit is the language's report of a Python error; cancelled is the watchdog's doing.
                if (!e.isExit() && !e.isCancelled() && !e.isResourceExhausted()) {
                    failure.set(e);
                }
            } catch (Throwable e) {
                failure.set(e);
            } finally {
                started.countDown();
            }
        };
        Thread worker = new Thread(null, program, "krait-fuzz", STACK_SIZE_BYTES);
        worker.start();
        started.await();
        worker.join(BUDGET.toMillis());
        if (worker.isAlive()) {
            outcome.set("out of time");
            Context context = contextRef.get();
            if (context != null) {
                try {
                    context.close(true);
                } catch (PolyglotException e) {
                    // Closing a cancelled context reports the cancellation: expected.
                }
            }
            worker.join(CANCEL_GRACE.toMillis());
            if (worker.isAlive()) {
                worker.interrupt();
                throw new AssertionError("the program did not stop within " + CANCEL_GRACE.toSeconds() + " s of being cancelled: " + fuzzCase);
            }
        }
        if (failure.get() != null) {
            throw new AssertionError("internal error: " + stackTrace(failure.get()) + "\nstderr:\n" + stderr.text() + "\ncase: " + fuzzCase,
                            failure.get());
        }
        String err = stderr.text();
        Statistics.collect(outcome.get().equals("exit status 1") && err.contains("SyntaxError") ? "SyntaxError" : outcome.get());
        if (JAVA_LEAK.matcher(err).find() || JAVA_LEAK.matcher(stdout.text()).find()) {
            throw new AssertionError("Java leaked into the output:\n" + err + "\ncase: " + fuzzCase);
        }
    }

    private static List<String> loadPrograms() {
        Path root = TestPaths.goldenDir();
        try (Stream<Path> files = Files.walk(root)) {
            List<String> programs = new ArrayList<>();
            for (Path file : files.filter(path -> path.toString().endsWith(".py")).sorted().toList()) {
                programs.add(Files.readString(file, StandardCharsets.UTF_8));
            }
            return programs;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String stackTrace(Throwable e) {
        StringWriter text = new StringWriter();
        e.printStackTrace(new PrintWriter(text));
        return text.toString();
    }

    /** Keeps the first {@link #OUTPUT_CAP} bytes written to it. */
    private static final class CappedOutput extends OutputStream {
        private final java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();

        @Override
        public synchronized void write(int b) {
            if (bytes.size() < OUTPUT_CAP) {
                bytes.write(b);
            }
        }

        @Override
        public synchronized void write(byte[] b, int off, int len) {
            bytes.write(b, off, Math.max(0, Math.min(len, OUTPUT_CAP - bytes.size())));
        }

        synchronized String text() {
            return bytes.toString(StandardCharsets.UTF_8);
        }
    }
}
