package dev.krait.launcher.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.krait.launcher.bench.BenchOptions.UsageException;

/**
 * {@code krait bench}: runs the benchmark programs in separate processes, in each Krait mode and with other Python
 * interpreters, checks every answer, and writes the table (text, Markdown, CSV, JSON) and the warm-up charts (SVG,
 * HTML). The {@code krait} script starts it with {@code -Dkrait.home} set to its own folder.
 */
public final class BenchMain {
    static final int EXIT_FAILED_RUN = 1;
    static final int EXIT_USAGE = 2;

    private final PrintStream out;
    private final PrintStream err;

    private BenchMain(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) {
        int status;
        try {
            status = new BenchMain(System.out, System.err).run(args);
        } catch (InterruptedException e) {
            status = EXIT_FAILED_RUN;
        }
        System.out.flush();
        System.exit(status);
    }

    private int run(String[] args) throws InterruptedException {
        String home = System.getProperty("krait.home");
        Path kraitHome = home == null ? null : Path.of(home);
        BenchOptions options;
        try {
            options = BenchOptions.parse(args, kraitHome);
        } catch (UsageException e) {
            err.println("krait bench: " + e.getMessage());
            return EXIT_USAGE;
        }
        if (options.help()) {
            out.println(BenchOptions.HELP);
            return 0;
        }
        if (kraitHome == null && !options.modes().isEmpty()) {
            err.println("krait bench: start it through the krait script (it sets -Dkrait.home), or use --modes with none of Krait's modes");
            return EXIT_USAGE;
        }

        List<Benchmark> benchmarks;
        try {
            benchmarks = selectBenchmarks(options);
        } catch (IOException e) {
            err.println("krait bench: " + e.getMessage());
            return EXIT_USAGE;
        }
        if (benchmarks.isEmpty()) {
            err.println("krait bench: no benchmark programs (NAME.py with NAME.expected) in " + options.benchmarksDir());
            return EXIT_USAGE;
        }

        List<Runner> runners = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (String mode : options.modes()) {
            if (!mode.equals("native")) {
                runners.add(Runner.krait(kraitHome.resolve("krait"), mode));
            } else if (Runner.nativeExecutable(kraitHome) != null) {
                runners.add(Runner.nativeExecutable(kraitHome));
            } else {
                notes.add("native: no native/target/krait (native/bootstrap/build.sh builds it): skipped");
                err.println("krait bench: no native/target/krait (native/bootstrap/build.sh builds it): native skipped");
            }
        }
        for (String name : options.compare()) {
            Runner external = Runner.external(name);
            if (external == null) {
                notes.add(name + " is not installed: skipped");
                err.println("krait bench: " + name + " is not installed: skipped");
            } else {
                runners.add(external);
            }
        }
        if (runners.isEmpty()) {
            err.println("krait bench: nothing to run");
            return EXIT_USAGE;
        }

        try {
            Files.createDirectories(options.outDir());
            ResultsTable table = null;
            if (options.table()) {
                table = runTable(benchmarks, runners, options);
                out.println();
                out.print(table.toText());
                out.println(table.legend());
            }
            Map<Benchmark, List<WarmupCurve>> curves = new LinkedHashMap<>();
            if (options.warmup()) {
                if (table != null) {
                    // The table is kept even if the warm-up runs that follow are interrupted.
                    new Report(options, benchmarks, runners, table, curves, notes, ZonedDateTime.now()).write();
                }
                curves = runWarmups(benchmarks, runners, options);
            }
            Report report = new Report(options, benchmarks, runners, table, curves, notes, ZonedDateTime.now());
            report.write();
            out.println("results: " + options.outDir().resolve("index.html").toAbsolutePath().normalize());

            List<String> failures = report.failures();
            if (!failures.isEmpty()) {
                err.println("krait bench: " + failures.size() + " failed:");
                failures.forEach(failure -> err.println("  " + failure));
                return EXIT_FAILED_RUN;
            }
            return 0;
        } catch (IOException e) {
            err.println("krait bench: " + e.getMessage());
            return EXIT_FAILED_RUN;
        }
    }

    private static List<Benchmark> selectBenchmarks(BenchOptions options) throws IOException {
        if (options.programs().isEmpty()) {
            return Benchmark.discover(options.benchmarksDir());
        }
        List<Benchmark> selected = new ArrayList<>();
        for (String program : options.programs()) {
            selected.add(Benchmark.named(program, options.benchmarksDir()));
        }
        return selected;
    }

    private ResultsTable runTable(List<Benchmark> benchmarks, List<Runner> runners, BenchOptions options)
                    throws IOException, InterruptedException {
        ResultsTable table = new ResultsTable(benchmarks, runners, options.runs());
        for (Benchmark benchmark : benchmarks) {
            for (Runner runner : runners) {
                Measurement measurement = new Measurement(benchmark, runner);
                for (int run = 1; run <= options.runs() && measurement.failure == null; run++) {
                    ProcessRun result = ProcessRun.run(runner.commandFor(List.of(benchmark.file().getFileName().toString())),
                                    benchmark.folder(), options.timeoutSeconds());
                    String problem = result.problem();
                    if (problem == null && !result.stdout().strip().equals(benchmark.expected())) {
                        problem = "wrong answer '" + result.stdout().strip() + "', expected '" + benchmark.expected() + "'";
                    }
                    if (problem == null) {
                        measurement.seconds.add(result.seconds());
                    } else {
                        measurement.failure = problem;
                    }
                    err.printf(Locale.ROOT, "%-14s %-9s run %d/%d: %s%n", benchmark.name(), runner.name(), run, options.runs(),
                                    problem == null ? ResultsTable.seconds(result.seconds()) + " s" : "FAIL: " + problem);
                }
                table.put(measurement);
            }
        }
        return table;
    }

    private Map<Benchmark, List<WarmupCurve>> runWarmups(List<Benchmark> benchmarks, List<Runner> runners, BenchOptions options)
                    throws IOException, InterruptedException {
        Map<Benchmark, List<WarmupCurve>> all = new LinkedHashMap<>();
        for (Benchmark benchmark : benchmarks) {
            List<WarmupCurve> curves = new ArrayList<>();
            for (Runner runner : runners) {
                WarmupCurve curve = WarmupCurve.measure(benchmark, runner, options.warmupIterations(), options.timeoutSeconds());
                curves.add(curve);
            }
            // CPython's answer for bench(WARMUP_N) is the reference; without it the runners must at least agree.
            WarmupCurve reference = curves.stream().filter(c -> c.runner.name().equals(Runner.CPYTHON) && c.ok()).findFirst()
                            .orElse(curves.stream().filter(WarmupCurve::ok).findFirst().orElse(null));
            for (WarmupCurve curve : curves) {
                if (curve.ok() && reference != null && !curve.result.equals(reference.result)) {
                    curve.failure = "wrong answer '" + curve.result + "', " + reference.runner.name() + " said '" + reference.result + "'";
                }
                err.printf(Locale.ROOT, "%-14s %-9s warm-up: %s%n", benchmark.name(), curve.runner.name(),
                                curve.ok() ? curve.seconds.size() + " iterations, first " + WarmupChart.duration(curve.seconds.get(0))
                                                + ", last " + WarmupChart.duration(curve.seconds.get(curve.seconds.size() - 1))
                                                : "FAIL: " + curve.failure);
            }
            all.put(benchmark, curves);
        }
        return all;
    }
}
