package dev.krait.launcher;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The parsed command line: {@code krait [options] (script.py | -c code | -) [args...]}.
 * Options end at the program; everything after it belongs to the program's {@code sys.argv}.
 */
public final class LauncherOptions {

    /** What the command line asks the launcher to do. */
    public enum Action {
        RUN_FILE, RUN_CODE, RUN_STDIN, NO_PROGRAM, HELP, VERSION
    }

    /** A command line that cannot be understood; the launcher reports it and exits with status 2. */
    public static final class UsageException extends Exception {
        private static final long serialVersionUID = 1L;

        public UsageException(String message) {
            super(message);
        }
    }

    public static final String USAGE = """
                    usage: krait [options] [-i] script.py [args...]
                           krait [options] -c code [args...]
                           krait [options] - [args...]    (program read from stdin)
                           krait [options]                (the interactive prompt when stdin is a terminal)""";

    public static final String HELP = USAGE + """


                    Options (they go before the program; what follows it is sys.argv[1:]):
                      --mode=jit|ast|bytecode  how to execute (default jit):
                                                 jit       Truffle AST interpreter, hot code compiled by Graal
                                                 ast       the same interpreter with compilation off
                                                 bytecode  a classic bytecode loop
                      --dis                    print the program's bytecode (in the shape of CPython's dis)
                                               instead of running it
                      -c code                  run the program given as a string (sys.argv[0] is '-c')
                      -i                       enter the interactive prompt after running the program,
                                               or at once without one, even when stdin is not a terminal
                      -h, --help               print this help and exit
                      -V, --version            print the version and the engine implementation and exit
                    """ + Isolation.HELP + """
                      --<group>.<Name>[=value] a GraalVM option, passed to the engine unchanged; groups
                                               include engine, compiler, log and python
                                               (e.g. --engine.TraceCompilation=true)
                      --<tool>[=value]         a GraalVM tool: --cpusampler, --cputracer, --memtracer, --coverage,
                                               --inspect (Chrome DevTools debugger)
                    A polyglot option without a value means 'true'. Experimental options are allowed.
                    Exit status: the program's; 1 after an uncaught exception or when a --max-* limit stops
                    the program; 130 after an uncaught KeyboardInterrupt (Ctrl-C); 2 for a bad command line;
                    70 for an internal error of Krait.""";

    /** The language option behind {@code --dis}. */
    public static final String DIS_OPTION = "python.Dis";

    private final boolean inspect;
    private final Action action;
    private final Mode mode;
    private final Map<String, String> polyglotOptions;
    private final String program;
    private final List<String> programArguments;
    private Isolation isolation = Isolation.DEFAULT;

    private LauncherOptions(boolean inspect, Action action, Mode mode, Map<String, String> polyglotOptions, String program,
                    List<String> programArguments) {
        this.inspect = inspect;
        this.action = action;
        this.mode = mode;
        this.polyglotOptions = Collections.unmodifiableMap(polyglotOptions);
        this.program = program;
        this.programArguments = List.copyOf(programArguments);
    }

    public Action action() {
        return action;
    }

    /** {@code -i}: enter the interactive prompt after the program (or at once without one), stdin a terminal or not. */
    public boolean inspect() {
        return inspect;
    }

    public Mode mode() {
        return mode;
    }

    /** Options for the engine, its instruments and languages, in command-line order. */
    public Map<String, String> polyglotOptions() {
        return polyglotOptions;
    }

    /** Host access, sandbox and limits: {@code --allow-host-access}, {@code --sandbox}, {@code --max-*}. */
    public Isolation isolation() {
        return isolation;
    }

    /** The script path for RUN_FILE, the code for RUN_CODE, otherwise null. */
    public String program() {
        return program;
    }

    /** The arguments after the program: {@code sys.argv[1:]}. */
    public List<String> programArguments() {
        return programArguments;
    }

    /** The program's {@code sys.argv}, shaped as CPython's. */
    public String[] sysArgv() {
        List<String> argv = new ArrayList<>();
        argv.add(switch (action) {
            case RUN_FILE -> program;
            case RUN_CODE -> "-c";
            case RUN_STDIN -> "-";
            default -> "";
        });
        argv.addAll(programArguments);
        return argv.toArray(new String[0]);
    }

    public static LauncherOptions parse(String[] args) throws UsageException {
        Isolation[] isolation = {Isolation.DEFAULT};
        LauncherOptions options = parseRest(args, isolation);
        if (options.mode == Mode.BYTECODE && isolation[0].maxStatements() > 0) {
            // ResourceLimits counts the statement nodes of the AST interpreter; the bytecode loop has none.
            throw new UsageException("--max-statements needs --mode=jit or --mode=ast");
        }
        options.isolation = isolation[0];
        return options;
    }

    private static LauncherOptions parseRest(String[] args, Isolation[] isolation) throws UsageException {
        Mode mode = Mode.JIT;
        boolean inspect = false;
        Map<String, String> polyglotOptions = new LinkedHashMap<>();
        int i = 0;
        while (i < args.length) {
            String arg = args[i];
            if (arg.equals("-h") || arg.equals("--help")) {
                return new LauncherOptions(inspect, Action.HELP, mode, polyglotOptions, null, List.of());
            } else if (arg.equals("-V") || arg.equals("--version")) {
                return new LauncherOptions(inspect, Action.VERSION, mode, polyglotOptions, null, List.of());
            } else if (arg.equals("-")) {
                return new LauncherOptions(inspect, Action.RUN_STDIN, mode, polyglotOptions, null, rest(args, i + 1));
            } else if (arg.equals("--")) {
                if (i + 1 == args.length) {
                    throw new UsageException("'--' must be followed by a script");
                }
                return new LauncherOptions(inspect, Action.RUN_FILE, mode, polyglotOptions, args[i + 1], rest(args, i + 2));
            } else if (arg.startsWith("-c")) {
                // Like CPython, accept both "-c code" and "-ccode".
                String code;
                if (arg.length() > 2) {
                    code = arg.substring(2);
                    i += 1;
                } else if (i + 1 < args.length) {
                    code = args[i + 1];
                    i += 2;
                } else {
                    throw new UsageException("option -c needs an argument");
                }
                return new LauncherOptions(inspect, Action.RUN_CODE, mode, polyglotOptions, code, rest(args, i));
            } else if (arg.equals("--mode") || arg.startsWith("--mode=")) {
                String id = arg.startsWith("--mode=") ? arg.substring("--mode=".length()) : null;
                mode = id == null ? null : Mode.fromId(id);
                if (mode == null) {
                    throw new UsageException("--mode must be one of: --mode=jit, --mode=ast, --mode=bytecode");
                }
            } else if (arg.equals("-i")) {
                inspect = true;
            } else if (arg.equals("--dis")) {
                // Shorthand for the language option: compile to bytecode and print the listing instead of running.
                polyglotOptions.put(DIS_OPTION, "true");
            } else if (Isolation.parseOption(arg, isolation[0]) instanceof Isolation updated) {
                isolation[0] = updated;
            } else if (arg.startsWith("--") && arg.length() > 2) {
                int equals = arg.indexOf('=');
                String name = equals < 0 ? arg.substring(2) : arg.substring(2, equals);
                String value = equals < 0 ? "true" : arg.substring(equals + 1);
                if (name.isEmpty()) {
                    throw new UsageException("malformed option '" + arg + "'");
                }
                // Whether the engine knows the name is checked when the engine is built.
                polyglotOptions.put(name, value);
            } else if (arg.startsWith("-")) {
                throw new UsageException("unknown option " + arg);
            } else {
                return new LauncherOptions(inspect, Action.RUN_FILE, mode, polyglotOptions, arg, rest(args, i + 1));
            }
            i++;
        }
        return new LauncherOptions(inspect, Action.NO_PROGRAM, mode, polyglotOptions, null, List.of());
    }

    private static List<String> rest(String[] args, int from) {
        return List.of(args).subList(Math.min(from, args.length), args.length);
    }
}
