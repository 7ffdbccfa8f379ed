package dev.krait.launcher;

import java.util.Locale;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.EnvironmentAccess;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.PolyglotAccess;
import org.graalvm.polyglot.ResourceLimits;
import org.graalvm.polyglot.io.IOAccess;

/**
 * What a program may reach and how much it may use. By default a program has the files and the environment of the
 * user who runs it, like CPython, but no access to the host JVM. {@code --allow-host-access} opens the host;
 * {@code --sandbox} takes away files, environment and processes; the {@code --max-*} limits stop a program that
 * executes too many statements, keeps too much heap alive or runs too long.
 *
 * @param maxStatements 0 for no limit
 * @param maxHeapBytes 0 for no limit
 * @param maxTimeMillis 0 for no limit
 */
public record Isolation(boolean allowHostAccess, boolean sandbox, long maxStatements, long maxHeapBytes, long maxTimeMillis) {

    public static final Isolation DEFAULT = new Isolation(false, false, 0, 0, 0);

    static final String HELP = """
                      --allow-host-access      let the program reach the host JVM (Java objects and classes);
                                               off by default
                      --sandbox                no file system, environment or processes: open() raises
                                               PermissionError, os.environ is empty
                      --max-statements=N       stop the program after N statements (not with --mode=bytecode)
                      --max-heap=SIZE          stop the program when its live heap exceeds SIZE (e.g. 200m, 1g)
                      --max-time=SECONDS       stop the program after SECONDS of wall-clock time
                    """;

    /**
     * Reads one of this class's options into {@code current}.
     *
     * @return the updated settings, or null when {@code arg} is not an isolation option
     */
    static Isolation parseOption(String arg, Isolation current) throws LauncherOptions.UsageException {
        if (arg.equals("--allow-host-access")) {
            return new Isolation(true, current.sandbox, current.maxStatements, current.maxHeapBytes, current.maxTimeMillis);
        } else if (arg.equals("--sandbox")) {
            return new Isolation(current.allowHostAccess, true, current.maxStatements, current.maxHeapBytes, current.maxTimeMillis);
        } else if (arg.startsWith("--max-statements=")) {
            long statements = positive(arg, arg.substring("--max-statements=".length()));
            return new Isolation(current.allowHostAccess, current.sandbox, statements, current.maxHeapBytes, current.maxTimeMillis);
        } else if (arg.startsWith("--max-heap=")) {
            long bytes = parseSize(arg, arg.substring("--max-heap=".length()));
            return new Isolation(current.allowHostAccess, current.sandbox, current.maxStatements, bytes, current.maxTimeMillis);
        } else if (arg.startsWith("--max-time=")) {
            double seconds;
            try {
                seconds = Double.parseDouble(arg.substring("--max-time=".length()));
            } catch (NumberFormatException e) {
                seconds = -1;
            }
            if (!(seconds > 0) || Double.isInfinite(seconds)) {
                throw new LauncherOptions.UsageException("--max-time needs a positive number of seconds: " + arg);
            }
            return new Isolation(current.allowHostAccess, current.sandbox, current.maxStatements, current.maxHeapBytes,
                            Math.max(1, Math.round(seconds * 1000)));
        } else if (arg.equals("--max-statements") || arg.equals("--max-heap") || arg.equals("--max-time")) {
            throw new LauncherOptions.UsageException(arg + " needs a value: " + arg + "=...");
        }
        return null;
    }

    /** A size with an optional k, m or g suffix (powers of 1024), as the JVM's -Xmx takes it. */
    static long parseSize(String arg, String text) throws LauncherOptions.UsageException {
        String digits = text.toLowerCase(Locale.ROOT);
        int shift = 0;
        if (!digits.isEmpty()) {
            switch (digits.charAt(digits.length() - 1)) {
                case 'k' -> shift = 10;
                case 'm' -> shift = 20;
                case 'g' -> shift = 30;
                default -> shift = -1;
            }
            if (shift >= 0) {
                digits = digits.substring(0, digits.length() - 1);
            } else {
                shift = 0;
            }
        }
        long value = positive(arg, digits);
        if (value > Long.MAX_VALUE >> shift) {
            throw new LauncherOptions.UsageException("size too large: " + arg);
        }
        return value << shift;
    }

    private static long positive(String arg, String digits) throws LauncherOptions.UsageException {
        try {
            long value = Long.parseLong(digits);
            if (value >= 1) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new LauncherOptions.UsageException("not a positive number in " + arg);
    }

    /** Applies the permissions and the statement limit to a context builder. */
    public Context.Builder configure(Context.Builder builder) {
        builder.allowHostAccess(allowHostAccess ? HostAccess.ALL : HostAccess.NONE)
                        .allowHostClassLookup(allowHostAccess ? className -> true : className -> false)
                        .allowHostClassLoading(allowHostAccess)
                        .allowNativeAccess(false)
                        .allowCreateProcess(false)
                        .allowCreateThread(false)
                        .allowPolyglotAccess(PolyglotAccess.NONE)
                        .allowIO(sandbox ? IOAccess.NONE : IOAccess.ALL)
                        .allowEnvironmentAccess(sandbox ? EnvironmentAccess.NONE : EnvironmentAccess.INHERIT);
        if (maxStatements > 0) {
            builder.resourceLimits(ResourceLimits.newBuilder().statementLimit(maxStatements, null).build());
        }
        return builder;
    }
}
