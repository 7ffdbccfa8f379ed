package dev.krait.launcher.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * One process that imports a benchmark and runs {@code bench(WARMUP_N)} again and again, timing each iteration with
 * {@code time.perf_counter}: the warm-up picture of one runner on one program.
 */
final class WarmupCurve {
    /**
     * The same driver serves Krait, CPython and PyPy; it runs in the program's folder, which -c puts on sys.path.
     * The module is named in the code, not looked up at run time: Krait has neither __import__ nor importlib yet.
     */
    static String driver(String module) {
        return """
                        import sys, time
                        import %s as program
                        n = program.WARMUP_N
                        print("warmup_n", n)
                        for i in range(int(sys.argv[1])):
                            start = time.perf_counter()
                            result = program.bench(n)
                            elapsed = time.perf_counter() - start
                            print("iteration", i + 1, "%%.9f" %% elapsed, result)
                        """.formatted(module);
    }

    final Benchmark benchmark;
    final Runner runner;
    final List<Double> seconds = new ArrayList<>();
    long warmupN = -1;
    /** What every iteration returned (they must agree). */
    String result;
    /** Null when the process ran every iteration and they all returned the same line. */
    String failure;

    private WarmupCurve(Benchmark benchmark, Runner runner) {
        this.benchmark = benchmark;
        this.runner = runner;
    }

    static WarmupCurve measure(Benchmark benchmark, Runner runner, int iterations, int timeoutSeconds)
                    throws IOException, InterruptedException {
        WarmupCurve curve = new WarmupCurve(benchmark, runner);
        List<String> command = runner.commandFor(List.of("-c", driver(benchmark.name()), Integer.toString(iterations)));
        ProcessRun run = ProcessRun.run(command, benchmark.folder(), timeoutSeconds);
        curve.parse(run.stdout());
        String problem = run.problem();
        if (problem != null) {
            curve.failure = problem;
        } else if (curve.failure == null && curve.seconds.size() != iterations) {
            curve.failure = "printed " + curve.seconds.size() + " of " + iterations + " iterations";
        }
        return curve;
    }

    private void parse(String stdout) {
        for (String line : stdout.split("\n")) {
            String[] words = line.strip().split(" ", 4);
            if (words.length == 2 && words[0].equals("warmup_n")) {
                warmupN = Long.parseLong(words[1]);
            } else if (words.length == 4 && words[0].equals("iteration")) {
                seconds.add(Double.parseDouble(words[2]));
                if (result == null) {
                    result = words[3];
                } else if (!result.equals(words[3]) && failure == null) {
                    failure = "iteration " + words[1] + " answered '" + words[3] + "', the first '" + result + "'";
                }
            }
        }
    }

    boolean ok() {
        return failure == null;
    }
}
