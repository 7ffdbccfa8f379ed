package dev.krait.launcher.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The command line of {@code krait bench}. */
record BenchOptions(List<String> modes, List<String> compare, int runs, int warmupIterations, Path outDir,
                boolean table, boolean warmup, int timeoutSeconds, Path benchmarksDir, List<String> programs, boolean help) {

    static final List<String> ALL_MODES = List.of("jit", "ast", "bytecode", "native");

    static final String HELP = """
                    usage: krait bench [options] [PROGRAMS...]

                    Runs the benchmark programs (default: every NAME.py in benchmarks/ that has a NAME.expected), checks
                    each answer against NAME.expected, and writes a table and warm-up charts.

                    PROGRAMS are names in the benchmarks folder (nbody) or paths to NAME.py files.

                      --modes=jit,ast,bytecode,native
                                                  Krait modes to run (default: all); native is the native
                                                  executable native/target/krait in jit mode, skipped with a
                                                  note when it has not been built
                      --compare=python3,pypy3     other interpreters to run beside them, if installed (default: both;
                                                  --compare=none for none)
                      --runs N                    timed runs per program and mode for the table (default 3)
                      --warmup-iterations K       in-process iterations of bench(WARMUP_N) per curve (default 15)
                      --out DIR                   where results go (default bench-results)
                      --no-table                  skip the timed runs
                      --no-warmup                 skip the warm-up curves
                      --timeout S                 seconds before a run counts as failed (default 900)
                      --benchmarks DIR            the benchmarks folder (default: benchmarks/ beside ./krait)

                    Exit status: 0 when every answer was right, 1 when a run failed or gave a wrong answer, 2 for a
                    bad command line.""";

    /** A bad command line; the message says what is wrong. */
    static final class UsageException extends Exception {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }

    static BenchOptions parse(String[] args, Path kraitHome) throws UsageException {
        List<String> modes = ALL_MODES;
        List<String> compare = List.of("python3", "pypy3");
        int runs = 3;
        int warmupIterations = 15;
        Path outDir = Path.of("bench-results");
        boolean table = true;
        boolean warmup = true;
        int timeoutSeconds = 900;
        Path benchmarksDir = kraitHome == null ? Path.of("benchmarks") : kraitHome.resolve("benchmarks");
        List<String> programs = new ArrayList<>();
        boolean help = false;

        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("-")) {
                programs.add(arg);
                continue;
            }
            String name = arg;
            String value = null;
            int equals = arg.indexOf('=');
            if (equals > 0) {
                name = arg.substring(0, equals);
                value = arg.substring(equals + 1);
            }
            switch (name) {
                case "-h", "--help" -> help = true;
                case "--no-table" -> table = false;
                case "--no-warmup" -> warmup = false;
                case "--modes", "--compare", "--runs", "--warmup-iterations", "--out", "--timeout", "--benchmarks" -> {
                    if (value == null) {
                        if (i + 1 >= args.length) {
                            throw new UsageException(name + " needs a value");
                        }
                        value = args[++i];
                    }
                    switch (name) {
                        case "--modes" -> {
                            modes = list(value);
                            for (String mode : modes) {
                                if (!ALL_MODES.contains(mode)) {
                                    throw new UsageException("unknown mode '" + mode + "' (known: jit, ast, bytecode, native)");
                                }
                            }
                        }
                        case "--compare" -> compare = value.equals("none") ? List.of() : list(value);
                        case "--runs" -> runs = positive(name, value);
                        case "--warmup-iterations" -> warmupIterations = positive(name, value);
                        case "--timeout" -> timeoutSeconds = positive(name, value);
                        case "--out" -> outDir = Path.of(value);
                        default -> benchmarksDir = Path.of(value);
                    }
                }
                default -> throw new UsageException("unknown option " + arg + " (krait bench --help lists them)");
            }
        }
        if (modes.isEmpty() && compare.isEmpty()) {
            throw new UsageException("nothing to run: no modes and no interpreters to compare");
        }
        if (!table && !warmup && !help) {
            throw new UsageException("nothing to do: --no-table and --no-warmup together");
        }
        return new BenchOptions(modes, compare, runs, warmupIterations, outDir, table, warmup, timeoutSeconds, benchmarksDir,
                        List.copyOf(programs), help);
    }

    private static List<String> list(String value) {
        List<String> items = new ArrayList<>();
        for (String item : value.split(",")) {
            if (!item.isBlank()) {
                items.add(item.strip());
            }
        }
        return List.copyOf(items);
    }

    private static int positive(String option, String value) throws UsageException {
        try {
            int number = Integer.parseInt(value);
            if (number > 0) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException(option + " needs a positive whole number, not '" + value + "'");
    }
}
