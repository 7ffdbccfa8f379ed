package dev.krait.builtins.modules;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.util.Locale;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleSafepoint;
import com.oracle.truffle.api.dsl.Bind;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

import dev.krait.builtins.Builtin;
import dev.krait.builtins.BuiltinNode;
import dev.krait.ops.Arithmetic;
import dev.krait.ops.PyObjectOps;
import dev.krait.runtime.KraitContext;
import dev.krait.runtime.PModule;
import dev.krait.runtime.PNone;
import dev.krait.runtime.PRaise;
import dev.krait.runtime.PTuple;
import dev.krait.runtime.PythonClass;

/** The {@code time} module: clocks, sleep, and struct_time conversions (gmtime, localtime, mktime, strftime). */
@GenerateNodeFactory
public final class TimeModule {
    private TimeModule() {
    }

    static final PythonClass STRUCT_TIME = LibraryTypes.define("time", "struct_time", StructTimeBuiltinsFactory.getFactories());

    @TruffleBoundary
    public static void initialize(PModule time, KraitContext context) {
        time.set("struct_time", STRUCT_TIME);
        ZoneId zone = ZoneId.systemDefault();
        ZonedDateTime january = ZonedDateTime.of(Year.now(), 1, 1, 0, 0, 0, 0, zone);
        ZonedDateTime july = ZonedDateTime.of(Year.now(), 7, 1, 0, 0, 0, 0, zone);
        long std = -january.getOffset().getTotalSeconds();
        long dst = -july.getOffset().getTotalSeconds();
        time.set("timezone", Math.max(std, dst));
        time.set("altzone", Math.min(std, dst));
        time.set("daylight", std != dst ? 1L : 0L);
        String stdName = zone.getRules().isDaylightSavings(january.toInstant()) ? shortName(july) : shortName(january);
        String dstName = std != dst ? shortName(std > dst ? july : january) : stdName;
        time.set("tzname", PTuple.of(stdName, dstName));
    }

    private static final class Year {
        static int now() {
            return LocalDateTime.now().getYear();
        }
    }

    private static String shortName(ZonedDateTime t) {
        String n = java.time.format.DateTimeFormatter.ofPattern("zzz", Locale.ROOT).format(t);
        return n.equals("Z") ? "UTC" : n;
    }

    private static final long START_NANOS = System.nanoTime();

    @Builtin(name = "time", signature = "")
    @GenerateNodeFactory
    public abstract static class TimeNode extends BuiltinNode.Nullary {
        @Specialization
        @TruffleBoundary
        static double time() {
            Instant now = Instant.now();
            return now.getEpochSecond() + now.getNano() / 1e9;
        }
    }

    @Builtin(name = "time_ns", signature = "")
    @GenerateNodeFactory
    public abstract static class TimeNsNode extends BuiltinNode.Nullary {
        @Specialization
        @TruffleBoundary
        static Object timeNs() {
            Instant now = Instant.now();
            return Arithmetic.normalize(java.math.BigInteger.valueOf(now.getEpochSecond()).multiply(java.math.BigInteger.valueOf(1_000_000_000L))
                            .add(java.math.BigInteger.valueOf(now.getNano())));
        }
    }

    @Builtin(name = "perf_counter", signature = "")
    @GenerateNodeFactory
    public abstract static class PerfCounterNode extends BuiltinNode.Nullary {
        @Specialization
        static double perfCounter() {
            return System.nanoTime() / 1e9;
        }
    }

    @Builtin(name = "perf_counter_ns", signature = "")
    @GenerateNodeFactory
    public abstract static class PerfCounterNsNode extends BuiltinNode.Nullary {
        @Specialization
        static long perfCounterNs() {
            return System.nanoTime();
        }
    }

    @Builtin(name = "monotonic", signature = "")
    @GenerateNodeFactory
    public abstract static class MonotonicNode extends BuiltinNode.Nullary {
        @Specialization
        static double monotonic() {
            return System.nanoTime() / 1e9;
        }
    }

    @Builtin(name = "monotonic_ns", signature = "")
    @GenerateNodeFactory
    public abstract static class MonotonicNsNode extends BuiltinNode.Nullary {
        @Specialization
        static long monotonicNs() {
            return System.nanoTime();
        }
    }

    @TruffleBoundary
    static long cpuNanos() {
        return ProcessHandle.current().info().totalCpuDuration().map(java.time.Duration::toNanos).orElse(System.nanoTime() - START_NANOS);
    }

    @Builtin(name = "process_time", signature = "")
    @GenerateNodeFactory
    public abstract static class ProcessTimeNode extends BuiltinNode.Nullary {
        @Specialization
        static double processTime() {
            return cpuNanos() / 1e9;
        }
    }

    @Builtin(name = "process_time_ns", signature = "")
    @GenerateNodeFactory
    public abstract static class ProcessTimeNsNode extends BuiltinNode.Nullary {
        @Specialization
        static long processTimeNs() {
            return cpuNanos();
        }
    }

    @Builtin(name = "sleep", signature = "secs, /")
    @GenerateNodeFactory
    public abstract static class SleepNode extends BuiltinNode.Unary {
        @Specialization
        @TruffleBoundary
        static Object sleep(Object secs, @Bind Node location) {
            double s;
            if (secs instanceof Double d) {
                s = d;
                if (Double.isNaN(s)) {
                    throw PRaise.valueError(null, "Invalid value NaN (not a number)");
                }
            } else if (Arithmetic.isInt(secs)) {
                s = Arithmetic.toDouble(secs);
            } else {
                throw PRaise.typeError(null, "'%s' object cannot be interpreted as an integer", PyObjectOps.typeName(secs));
            }
            if (s < 0) {
                throw PRaise.valueError(null, "sleep length must be non-negative");
            }
            // Blocked interruptibly, so that Ctrl-C (KeyboardInterrupt) and tools reach the thread while it sleeps;
            // after another thread-local action it sleeps on until the same deadline.
            long deadline = System.nanoTime() + (long) (s * 1e9);
            TruffleSafepoint.getCurrent().setBlockedThreadInterruptible(location, until -> {
                long left = until - System.nanoTime();
                if (left > 0) {
                    Thread.sleep(left / 1_000_000, (int) (left % 1_000_000));
                }
            }, deadline);
            return PNone.NONE;
        }
    }

    // ------------------------------------------------------------------ struct_time and conversions

    /** time.struct_time: the nine fields plus the zone name and offset. */
    public static final class StructTime extends LibraryObject {
        static final String[] FIELDS = {"tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst"};
        final Object[] values;
        final String zone;
        final long gmtoff;

        StructTime(Object[] values, String zone, long gmtoff) {
            super(STRUCT_TIME);
            this.values = values;
            this.zone = zone;
            this.gmtoff = gmtoff;
        }

        static StructTime of(ZonedDateTime t, boolean utc) {
            DayOfWeek dow = t.getDayOfWeek();
            boolean dst = !utc && t.getZone().getRules().isDaylightSavings(t.toInstant());
            Object[] v = {(long) t.getYear(), (long) t.getMonthValue(), (long) t.getDayOfMonth(), (long) t.getHour(), (long) t.getMinute(),
                            (long) t.getSecond(), (long) (dow.getValue() - 1), (long) t.getDayOfYear(), utc ? 0L : (dst ? 1L : 0L)};
            return new StructTime(v, utc ? "UTC" : shortName(t), t.getOffset().getTotalSeconds());
        }

        long get(int i) {
            return (Long) values[i];
        }
    }

    @TruffleBoundary
    static Instant instantOf(Object secs) {
        if (secs == PNone.NONE || secs == PNone.NO_VALUE) {
            return Instant.now();
        }
        double s = MathModule.toDouble(secs);
        if (!Double.isFinite(s)) {
            throw PRaise.valueError(null, "Invalid value %s (not a number)", Double.isNaN(s) ? "NaN" : "inf");
        }
        long whole = (long) Math.floor(s);
        return Instant.ofEpochSecond(whole);
    }

    @Builtin(name = "gmtime", signature = "secs=None, /")
    @GenerateNodeFactory
    public abstract static class GmTimeNode extends BuiltinNode.Unary {
        @Specialization
        @TruffleBoundary
        static Object gmtime(Object secs) {
            return StructTime.of(instantOf(secs).atZone(ZoneOffset.UTC), true);
        }
    }

    @Builtin(name = "localtime", signature = "secs=None, /")
    @GenerateNodeFactory
    public abstract static class LocalTimeNode extends BuiltinNode.Unary {
        @Specialization
        @TruffleBoundary
        static Object localtime(Object secs) {
            return StructTime.of(instantOf(secs).atZone(ZoneId.systemDefault()), false);
        }
    }

    @TruffleBoundary
    static long[] fields(Object t) {
        Object[] items;
        if (t instanceof StructTime st) {
            items = st.values;
        } else if (t instanceof PTuple tuple) {
            items = tuple.getItems();
        } else {
            throw PRaise.typeError(null, "Tuple or struct_time argument required");
        }
        if (items.length != 9) {
            throw PRaise.typeError(null, "time.struct_time() takes a sequence of length 9 (%d given)", items.length);
        }
        long[] f = new long[9];
        for (int i = 0; i < 9; i++) {
            f[i] = PyObjectOps.toIndexValue(items[i]);
        }
        return f;
    }

    @Builtin(name = "mktime", signature = "t, /")
    @GenerateNodeFactory
    public abstract static class MkTimeNode extends BuiltinNode.Unary {
        @Specialization
        @TruffleBoundary
        static double mktime(Object t) {
            long[] f = fields(t);
            LocalDateTime local = LocalDateTime.of((int) f[0], 1, 1, 0, 0).plusMonths(f[1] - 1).plusDays(f[2] - 1).plusHours(f[3]).plusMinutes(f[4])
                            .plusSeconds(f[5]);
            return local.atZone(ZoneId.systemDefault()).toEpochSecond();
        }
    }

    private static final String[] DAYS = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    private static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

    @TruffleBoundary
    static String asctime(long[] f) {
        return String.format("%s %s %2d %02d:%02d:%02d %d", DAYS[(int) Math.floorMod(f[6], 7)], MONTHS[(int) Math.floorMod(f[1] - 1, 12)], f[2], f[3], f[4], f[5], f[0]);
    }

    @TruffleBoundary
    static long[] now(boolean local) {
        return fields(StructTime.of(Instant.now().atZone(local ? ZoneId.systemDefault() : ZoneOffset.UTC), !local));
    }

    @Builtin(name = "asctime", signature = "t=None, /")
    @GenerateNodeFactory
    public abstract static class AscTimeNode extends BuiltinNode.Unary {
        @Specialization
        static Object asctime(Object t) {
            return TimeModule.asctime(t == PNone.NONE ? now(true) : fields(t));
        }
    }

    @Builtin(name = "ctime", signature = "secs=None, /")
    @GenerateNodeFactory
    public abstract static class CTimeNode extends BuiltinNode.Unary {
        @Specialization
        @TruffleBoundary
        static Object ctime(Object secs) {
            return TimeModule.asctime(fields(StructTime.of(instantOf(secs).atZone(ZoneId.systemDefault()), false)));
        }
    }

    @Builtin(name = "strftime", signature = "format, t=None, /")
    @GenerateNodeFactory
    public abstract static class StrfTimeNode extends BuiltinNode.Binary {
        @Specialization
        @TruffleBoundary
        static Object strftime(Object format, Object t) {
            if (!(format instanceof String fmt)) {
                throw PRaise.typeError(null, "strftime() argument 1 must be str, not %s", PyObjectOps.typeName(format));
            }
            long[] f = t == PNone.NONE ? now(true) : fields(t);
            String zone = t instanceof StructTime st ? st.zone : (t == PNone.NONE ? shortName(ZonedDateTime.now()) : "");
            long gmtoff = t instanceof StructTime st ? st.gmtoff : ZonedDateTime.now().getOffset().getTotalSeconds();
            return TimeModule.strftime(fmt, f, zone, gmtoff);
        }
    }

    /** C's strftime in the C locale. */
    @TruffleBoundary
    static String strftime(String fmt, long[] f, String zone, long gmtoff) {
        StringBuilder sb = new StringBuilder();
        int wday = (int) Math.floorMod(f[6], 7);
        int sundayFirst = (wday + 1) % 7;
        for (int i = 0; i < fmt.length(); i++) {
            char c = fmt.charAt(i);
            if (c != '%' || i + 1 == fmt.length()) {
                sb.append(c);
                continue;
            }
            char d = fmt.charAt(++i);
            switch (d) {
                case 'Y' -> sb.append(f[0]);
                case 'y' -> sb.append(String.format("%02d", Math.floorMod(f[0], 100)));
                case 'C' -> sb.append(String.format("%02d", Math.floorDiv(f[0], 100)));
                case 'm' -> sb.append(String.format("%02d", f[1]));
                case 'd' -> sb.append(String.format("%02d", f[2]));
                case 'e' -> sb.append(String.format("%2d", f[2]));
                case 'H' -> sb.append(String.format("%02d", f[3]));
                case 'I' -> sb.append(String.format("%02d", f[3] % 12 == 0 ? 12 : f[3] % 12));
                case 'M' -> sb.append(String.format("%02d", f[4]));
                case 'S' -> sb.append(String.format("%02d", f[5]));
                case 'p' -> sb.append(f[3] < 12 ? "AM" : "PM");
                case 'j' -> sb.append(String.format("%03d", f[7]));
                case 'a' -> sb.append(DayOfWeek.of(wday + 1).getDisplayName(TextStyle.SHORT, Locale.US));
                case 'A' -> sb.append(DayOfWeek.of(wday + 1).getDisplayName(TextStyle.FULL, Locale.US));
                case 'b', 'h' -> sb.append(MONTHS[(int) Math.floorMod(f[1] - 1, 12)]);
                case 'B' -> sb.append(java.time.Month.of((int) Math.floorMod(f[1] - 1, 12) + 1).getDisplayName(TextStyle.FULL, Locale.US));
                case 'w' -> sb.append(sundayFirst);
                case 'u' -> sb.append(wday + 1);
                case 'U' -> sb.append(String.format("%02d", (f[7] - 1 + 7 - sundayFirst) / 7));
                case 'W' -> sb.append(String.format("%02d", (f[7] - 1 + 7 - wday) / 7));
                case 'c' -> sb.append(asctime(f));
                case 'x' -> sb.append(String.format("%02d/%02d/%02d", f[1], f[2], Math.floorMod(f[0], 100)));
                case 'X', 'T' -> sb.append(String.format("%02d:%02d:%02d", f[3], f[4], f[5]));
                case 'D' -> sb.append(String.format("%02d/%02d/%02d", f[1], f[2], Math.floorMod(f[0], 100)));
                case 'F' -> sb.append(String.format("%d-%02d-%02d", f[0], f[1], f[2]));
                case 'R' -> sb.append(String.format("%02d:%02d", f[3], f[4]));
                case 'r' -> sb.append(String.format("%02d:%02d:%02d %s", f[3] % 12 == 0 ? 12 : f[3] % 12, f[4], f[5], f[3] < 12 ? "AM" : "PM"));
                case 'n' -> sb.append('\n');
                case 't' -> sb.append('\t');
                case 'Z' -> sb.append(zone);
                case 'z' -> sb.append(String.format("%s%02d%02d", gmtoff < 0 ? "-" : "+", Math.abs(gmtoff) / 3600, Math.abs(gmtoff) % 3600 / 60));
                case 's' -> sb.append(LocalDateTime.of((int) f[0], (int) f[1], (int) f[2], (int) f[3], (int) f[4], (int) f[5]).toEpochSecond(ZoneOffset.ofTotalSeconds((int) gmtoff)));
                case '%' -> sb.append('%');
                default -> sb.append('%').append(d);
            }
        }
        return sb.toString();
    }
}
