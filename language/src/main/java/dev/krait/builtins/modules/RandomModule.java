package dev.krait.builtins.modules;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.krait.ast.CompareOperator;
import dev.krait.ast.Operator;
import dev.krait.builtins.Builtin;
import dev.krait.builtins.BuiltinNode;
import dev.krait.ops.Arithmetic;
import dev.krait.ops.BinaryOpNode;
import dev.krait.ops.Comparison;
import dev.krait.ops.IntOps;
import dev.krait.ops.Items;
import dev.krait.ops.PyObjectOps;
import dev.krait.runtime.BuiltinClasses;
import dev.krait.runtime.KraitContext;
import dev.krait.runtime.PBoundMethod;
import dev.krait.runtime.PDict;
import dev.krait.runtime.PDictView;
import dev.krait.runtime.PList;
import dev.krait.runtime.PModule;
import dev.krait.runtime.PNone;
import dev.krait.runtime.PRaise;
import dev.krait.runtime.PSet;
import dev.krait.runtime.PTuple;
import dev.krait.runtime.PythonClass;

/**
 * The {@code random} module in Java: CPython's Mersenne Twister (MT19937 with init_by_array seeding) and the
 * algorithms of CPython 3.11's random.py on top of it, so a seeded program draws exactly CPython's numbers. The
 * module-level functions are methods bound to a hidden {@code Random} instance, as in CPython.
 */
@GenerateNodeFactory
public final class RandomModule {
    private RandomModule() {
    }

    public static final PythonClass RANDOM = LibraryTypes.define("random", "Random", RandomModuleFactory.getFactories());

    static {
        // random.Random is a Python class in CPython: messages say just 'Random'.
        RANDOM.errorName = null;
    }

    private static final String[] EXPORTED = {"seed", "random", "getstate", "setstate", "getrandbits", "randrange", "randint", "choice",
                    "choices", "shuffle", "sample", "uniform", "triangular", "gauss", "normalvariate", "lognormvariate", "expovariate",
                    "vonmisesvariate", "gammavariate", "betavariate", "paretovariate", "weibullvariate", "randbytes"};

    @TruffleBoundary
    public static void initialize(PModule module, KraitContext context) {
        module.set("Random", RANDOM);
        PRandom inst = new PRandom(RANDOM);
        inst.seedFromEntropy();
        module.set("_inst", inst);
        for (String name : EXPORTED) {
            module.set(name, new PBoundMethod(inst, RANDOM.getOwnAttribute(name)));
        }
    }

    /** A Mersenne Twister generator: CPython's _random.Random state plus random.Random's gauss_next. */
    public static final class PRandom extends LibraryObject {
        private static final int N = 624;
        private static final int M = 397;
        final int[] mt = new int[N];
        int index = N + 1;
        Double gaussNext;

        PRandom(PythonClass cls) {
            super(cls);
        }

        void initGenrand(int s) {
            mt[0] = s;
            for (int i = 1; i < N; i++) {
                mt[i] = 1812433253 * (mt[i - 1] ^ (mt[i - 1] >>> 30)) + i;
            }
            index = N;
        }

        void initByArray(int[] key) {
            initGenrand(19650218);
            int i = 1;
            int j = 0;
            for (int k = Math.max(N, key.length); k > 0; k--) {
                mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >>> 30)) * 1664525)) + key[j] + j;
                i++;
                j++;
                if (i >= N) {
                    mt[0] = mt[N - 1];
                    i = 1;
                }
                if (j >= key.length) {
                    j = 0;
                }
            }
            for (int k = N - 1; k > 0; k--) {
                mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >>> 30)) * 1566083941)) - i;
                i++;
                if (i >= N) {
                    mt[0] = mt[N - 1];
                    i = 1;
                }
            }
            mt[0] = 0x80000000;
        }

        int next32() {
            if (index >= N) {
                int kk;
                int y;
                for (kk = 0; kk < N - M; kk++) {
                    y = (mt[kk] & 0x80000000) | (mt[kk + 1] & 0x7fffffff);
                    mt[kk] = mt[kk + M] ^ (y >>> 1) ^ ((y & 1) != 0 ? 0x9908b0df : 0);
                }
                for (; kk < N - 1; kk++) {
                    y = (mt[kk] & 0x80000000) | (mt[kk + 1] & 0x7fffffff);
                    mt[kk] = mt[kk + (M - N)] ^ (y >>> 1) ^ ((y & 1) != 0 ? 0x9908b0df : 0);
                }
                y = (mt[N - 1] & 0x80000000) | (mt[0] & 0x7fffffff);
                mt[N - 1] = mt[M - 1] ^ (y >>> 1) ^ ((y & 1) != 0 ? 0x9908b0df : 0);
                index = 0;
            }
            int y = mt[index++];
            y ^= y >>> 11;
            y ^= (y << 7) & 0x9d2c5680;
            y ^= (y << 15) & 0xefc60000;
            y ^= y >>> 18;
            return y;
        }

        double random() {
            long a = (next32() & 0xffffffffL) >>> 5;
            long b = (next32() & 0xffffffffL) >>> 6;
            return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
        }

        /** getrandbits(k) for 0 <= k <= 63. */
        long bits(int k) {
            if (k == 0) {
                return 0;
            }
            if (k <= 32) {
                return (next32() & 0xffffffffL) >>> (32 - k);
            }
            long lo = next32() & 0xffffffffL;
            long hi = (next32() & 0xffffffffL) >>> (64 - k);
            return (hi << 32) | lo;
        }

        @TruffleBoundary
        Object getrandbits(long k) {
            if (k < 0) {
                throw PRaise.valueError(null, "number of bits must be non-negative");
            }
            if (k < 64) {
                return bits((int) k);
            }
            int words = (int) ((k - 1) / 32 + 1);
            byte[] bigEndian = new byte[words * 4 + 1];
            long remaining = k;
            for (int i = 0; i < words; i++) {
                int r = next32();
                if (remaining < 32) {
                    r >>>= 32 - remaining;
                }
                remaining -= 32;
                int at = bigEndian.length - 4 * (i + 1);
                bigEndian[at] = (byte) (r >>> 24);
                bigEndian[at + 1] = (byte) (r >>> 16);
                bigEndian[at + 2] = (byte) (r >>> 8);
                bigEndian[at + 3] = (byte) r;
            }
            return Arithmetic.normalize(new BigInteger(bigEndian));
        }

        /** random.Random._randbelow_with_getrandbits: rejection sampling with n.bit_length() bits. */
        long randbelow(long n) {
            int k = 64 - Long.numberOfLeadingZeros(n);
            long r = bits(k);
            while (r >= n) {
                r = bits(k);
            }
            return r;
        }

        @TruffleBoundary
        Object randbelow(Object n) {
            if (n instanceof Long l) {
                return randbelow((long) l);
            }
            BigInteger big = Arithmetic.big(n);
            int k = big.bitLength();
            Object r = getrandbits(k);
            while (Arithmetic.big(r).compareTo(big) >= 0) {
                r = getrandbits(k);
            }
            return r;
        }

        @TruffleBoundary
        void seedFromEntropy() {
            byte[] bytes = new byte[32 * 4];
            new SecureRandom().nextBytes(bytes);
            int[] key = new int[32];
            for (int i = 0; i < key.length; i++) {
                key[i] = (bytes[4 * i] & 0xff) | (bytes[4 * i + 1] & 0xff) << 8 | (bytes[4 * i + 2] & 0xff) << 16 | (bytes[4 * i + 3] & 0xff) << 24;
            }
            initByArray(key);
        }

        /** _random.Random.seed for a non-negative int: its 32-bit words, least significant first. */
        void seedInt(BigInteger n) {
            int words = Math.max(1, (n.bitLength() + 31) / 32);
            int[] key = new int[words];
            for (int i = 0; i < words; i++) {
                key[i] = n.shiftRight(32 * i).intValue();
            }
            initByArray(key);
        }

        @TruffleBoundary
        void seed(Object a) {
            gaussNext = null;
            if (a == PNone.NONE) {
                seedFromEntropy();
            } else if (Arithmetic.isInt(a)) {
                seedInt(Arithmetic.big(a).abs());
            } else if (a instanceof String || a instanceof byte[]) {
                byte[] bytes = a instanceof String s ? s.getBytes(StandardCharsets.UTF_8) : (byte[]) a;
                byte[] digest;
                try {
                    digest = MessageDigest.getInstance("SHA-512").digest(bytes);
                } catch (NoSuchAlgorithmException e) {
                    throw new IllegalStateException(e);
                }
                byte[] all = new byte[bytes.length + digest.length + 1];
                System.arraycopy(bytes, 0, all, 1, bytes.length);
                System.arraycopy(digest, 0, all, 1 + bytes.length, digest.length);
                seedInt(new BigInteger(all));
            } else if (a instanceof Double d) {
                long h = dev.krait.runtime.Hashing.hashDouble(d);
                seedInt(new BigInteger(Long.toUnsignedString(h)));
            } else {
                throw PRaise.typeError(null, "The only supported seed types are: None,\nint, float, str, bytes, and bytearray.");
            }
        }
    }

    // ------------------------------------------------------------------ helpers

    private static double toDouble(Object o) {
        return MathModule.toDouble(o);
    }

    private static Object add(Object a, Object b) {
        return BinaryOpNode.generic(Operator.ADD, a, b);
    }

    private static Object sub(Object a, Object b) {
        return BinaryOpNode.generic(Operator.SUB, a, b);
    }

    private static Object mul(Object a, Object b) {
        return BinaryOpNode.generic(Operator.MUL, a, b);
    }

    private static Object div(Object a, Object b) {
        return BinaryOpNode.generic(Operator.TRUEDIV, a, b);
    }

    private static boolean gt(Object a, Object b) {
        return PyObjectOps.isTrue(Comparison.richCompare(CompareOperator.GT, a, b));
    }

    private static Object index(Object o) {
        return IntOps.index(o);
    }

    // ------------------------------------------------------------------ construction and state

    @Builtin(name = "__new__", signature = "cls, *args, **kwargs", isStatic = true)
    @GenerateNodeFactory
    public abstract static class NewNode extends BuiltinNode.Ternary {
        @Specialization
        @TruffleBoundary
        static Object create(Object cls, Object args, Object kwargs) {
            PRandom r = new PRandom((PythonClass) cls);
            r.seedFromEntropy();
            return r;
        }
    }

    @Builtin(name = "__init__", signature = "self, x=None")
    @GenerateNodeFactory
    public abstract static class InitNode extends BuiltinNode.Binary {
        @Specialization
        static Object init(PRandom self, Object x) {
            self.seed(x);
            return PNone.NONE;
        }
    }

    @Builtin(name = "seed", signature = "self, a=None, version=2")
    @GenerateNodeFactory
    public abstract static class SeedNode extends BuiltinNode.Ternary {
        @Specialization
        static Object seed(PRandom self, Object a, Object version) {
            self.seed(a);
            return PNone.NONE;
        }
    }

    @Builtin(name = "getstate", signature = "self")
    @GenerateNodeFactory
    public abstract static class GetStateNode extends BuiltinNode.Unary {
        @Specialization
        @TruffleBoundary
        static Object get(PRandom self) {
            Object[] words = new Object[625];
            for (int i = 0; i < 624; i++) {
                words[i] = self.mt[i] & 0xffffffffL;
            }
            words[624] = (long) self.index;
            return PTuple.of(3L, new PTuple(words), self.gaussNext == null ? PNone.NONE : self.gaussNext);
        }
    }

    @Builtin(name = "setstate", signature = "self, state")
    @GenerateNodeFactory
    public abstract static class SetStateNode extends BuiltinNode.Binary {
        @Specialization
        @TruffleBoundary
        static Object set(PRandom self, Object state) {
            if (!(state instanceof PTuple t) || t.size() != 3 || !(t.get(1) instanceof PTuple words) || words.size() != 625) {
                throw PRaise.valueError(null, "state vector is the wrong size");
            }
            if (!Long.valueOf(3).equals(t.get(0))) {
                throw PRaise.valueError(null, "state with version %s passed to Random.setstate() of version 3", dev.krait.ops.Repr.repr(t.get(0)));
            }
            for (int i = 0; i < 624; i++) {
                self.mt[i] = (int) Arithmetic.big(words.get(i)).longValue();
            }
            long idx = Arithmetic.big(words.get(624)).longValue();
            if (idx < 0 || idx > 624) {
                throw PRaise.valueError(null, "invalid state");
            }
            self.index = (int) idx;
            self.gaussNext = t.get(2) == PNone.NONE ? null : toDouble(t.get(2));
            return PNone.NONE;
        }
    }

    // ------------------------------------------------------------------ integers

    @Builtin(name = "random", signature = "self")
    @GenerateNodeFactory
    public abstract static class RandomNode extends BuiltinNode.Unary {
        @Specialization
        static double random(PRandom self) {
            return self.random();
        }
    }

    @Builtin(name = "getrandbits", signature = "self, k, /")
    @GenerateNodeFactory
    public abstract static class GetRandBitsNode extends BuiltinNode.Binary {
        @Specialization
        static Object bits(PRandom self, long k) {
            if (k >= 0 && k < 64) {
                return self.bits((int) k);
            }
            return self.getrandbits(k);
        }

        @Specialization(replaces = "bits")
        static Object generic(PRandom self, Object k) {
            return self.getrandbits(PyObjectOps.toIndexValue(k));
        }
    }

    @Builtin(name = "_randbelow", signature = "self, n")
    @GenerateNodeFactory
    public abstract static class RandBelowNode extends BuiltinNode.Binary {
        @Specialization
        static Object below(PRandom self, Object n) {
            return self.randbelow(n);
        }
    }

    @Builtin(name = "randbytes", signature = "self, n")
    @GenerateNodeFactory
    public abstract static class RandBytesNode extends BuiltinNode.Binary {
        @Specialization
        @TruffleBoundary
        static Object bytes(PRandom self, Object n) {
            long count = PyObjectOps.toIndexValue(n);
            if (count < 0) {
                throw PRaise.valueError(null, "negative argument not allowed");
            }
            return IntOps.toBytes(self.getrandbits(count * 8), count, "little", false);
        }
    }

    /** random.Random.randrange, with 3.11's messages. */
    @TruffleBoundary
    static Object randrange(PRandom self, Object start, Object stop, Object step) {
        Object istart = integerArg(start, "arg 1");
        if (stop == PNone.NONE || stop == PNone.NO_VALUE) {
            if (step != PNone.NO_VALUE && !(step instanceof Long l && l == 1)) {
                throw PRaise.typeError(null, "Missing a non-None stop argument");
            }
            if (gt(istart, 0L)) {
                return self.randbelow(istart);
            }
            throw PRaise.valueError(null, "empty range for randrange()");
        }
        Object istop = integerArg(stop, "stop");
        Object width = sub(istop, istart);
        Object istep = step == PNone.NO_VALUE ? 1L : integerArg(step, "step");
        if (istep instanceof Long l && l == 1) {
            if (gt(width, 0L)) {
                return add(istart, self.randbelow(width));
            }
            throw PRaise.valueError(null, "empty range for randrange() (%s, %s, %s)", dev.krait.ops.Repr.str(istart), dev.krait.ops.Repr.str(istop),
                            dev.krait.ops.Repr.str(width));
        }
        Object n;
        if (gt(istep, 0L)) {
            n = BinaryOpNode.generic(Operator.FLOORDIV, sub(add(width, istep), 1L), istep);
        } else if (gt(0L, istep)) {
            n = BinaryOpNode.generic(Operator.FLOORDIV, add(add(width, istep), 1L), istep);
        } else {
            throw PRaise.valueError(null, "zero step for randrange()");
        }
        if (!gt(n, 0L)) {
            throw PRaise.valueError(null, "empty range for randrange()");
        }
        return add(istart, mul(istep, self.randbelow(n)));
    }

    private static Object integerArg(Object v, String what) {
        if (Arithmetic.isInt(v)) {
            return v instanceof Boolean b ? (b ? 1L : 0L) : v;
        }
        if (v instanceof Double d) {
            Object i = Arithmetic.floatToInt(d);
            if (Arithmetic.toDouble(i) != d) {
                throw PRaise.valueError(null, "non-integer %s for randrange()", what);
            }
            return i;
        }
        return index(v);
    }

    @Builtin(name = "randrange", signature = "self, start, stop=None, step=?")
    @GenerateNodeFactory
    public abstract static class RandRangeNode extends BuiltinNode.Quaternary {
        @Specialization
        static Object randrange(PRandom self, Object start, Object stop, Object step) {
            return RandomModule.randrange(self, start, stop, step);
        }
    }

    @Builtin(name = "randint", signature = "self, a, b")
    @GenerateNodeFactory
    public abstract static class RandIntNode extends BuiltinNode.Ternary {
        static boolean smallRange(long a, long b) {
            return b - a < (1L << 62) && b - a > 0;
        }

        @Specialization(guards = {"a < b", "smallRange(a, b)"})
        static long small(PRandom self, long a, long b) {
            return a + self.randbelow(b - a + 1);
        }

        @Specialization(replaces = "small")
        static Object randint(PRandom self, Object a, Object b) {
            return RandomModule.randrange(self, a, add(b, 1L), PNone.NO_VALUE);
        }
    }

    // ------------------------------------------------------------------ sequences

    @TruffleBoundary
    static boolean isSequence(Object o) {
        if (o instanceof PDict || o instanceof PSet || o instanceof PDictView) {
            return false;
        }
        if (o instanceof PList || o instanceof PTuple || o instanceof String || o instanceof dev.krait.runtime.PRange || o instanceof byte[]) {
            return true;
        }
        return dev.krait.ops.SpecialMethods.lookupUser(o, "__getitem__") != null && dev.krait.ops.SpecialMethods.lookupUser(o, "__len__") != null;
    }

    @Builtin(name = "choice", signature = "self, seq")
    @GenerateNodeFactory
    public abstract static class ChoiceNode extends BuiltinNode.Binary {
        @Specialization
        static Object list(PRandom self, PList seq) {
            if (seq.size() == 0) {
                throw PRaise.indexError(null, "Cannot choose from an empty sequence");
            }
            return seq.get((int) self.randbelow(seq.size()));
        }

        @Specialization(replaces = "list")
        @TruffleBoundary
        static Object choice(PRandom self, Object seq) {
            long n = PyObjectOps.len(seq);
            if (n == 0) {
                throw PRaise.indexError(null, "Cannot choose from an empty sequence");
            }
            return Items.getItem(seq, self.randbelow(n));
        }
    }

    @Builtin(name = "shuffle", signature = "self, x")
    @GenerateNodeFactory
    public abstract static class ShuffleNode extends BuiltinNode.Binary {
        @Specialization
        @TruffleBoundary
        static Object shuffle(PRandom self, Object x) {
            if (x instanceof PList list && list.getPythonClass() == BuiltinClasses.LIST) {
                for (int i = list.size() - 1; i >= 1; i--) {
                    int j = (int) self.randbelow(i + 1);
                    Object t = list.get(i);
                    list.set(i, list.get(j));
                    list.set(j, t);
                }
                return PNone.NONE;
            }
            long n = PyObjectOps.len(x);
            for (long i = n - 1; i >= 1; i--) {
                long j = self.randbelow(i + 1);
                Object xi = Items.getItem(x, i);
                Object xj = Items.getItem(x, j);
                Items.setItem(x, i, xj);
                Items.setItem(x, j, xi);
            }
            return PNone.NONE;
        }
    }

    @Builtin(name = "sample", signature = "self, population, k, *, counts=None")
    @GenerateNodeFactory
    public abstract static class SampleNode extends BuiltinNode.Quaternary {
        @Specialization
        @TruffleBoundary
        static Object sample(PRandom self, Object population, Object kArg, Object counts) {
            if (!isSequence(population)) {
                throw PRaise.typeError(null, "Population must be a sequence.  For dicts or sets, use sorted(d).");
            }
            long n = PyObjectOps.len(population);
            if (counts != PNone.NONE) {
                Object[] cum = accumulate(counts);
                if (cum.length != n) {
                    throw PRaise.valueError(null, "The number of counts does not match the population");
                }
                Object total = cum.length == 0 ? null : cum[cum.length - 1];
                if (total == null) {
                    throw PRaise.indexError(null, "pop from empty list");
                }
                if (!Arithmetic.isInt(total)) {
                    throw PRaise.typeError(null, "Counts must be integers");
                }
                if (!gt(total, 0L)) {
                    throw PRaise.valueError(null, "Total of counts must be greater than zero");
                }
                Object[] cumCounts = java.util.Arrays.copyOf(cum, cum.length - 1);
                PList selections = (PList) sample(self, new dev.krait.runtime.PRange(0, PyObjectOps.toIndexValue(total), 1), kArg, PNone.NONE);
                Object[] out = new Object[selections.size()];
                for (int i = 0; i < out.length; i++) {
                    out[i] = Items.getItem(population, (long) bisectRight(cumCounts, selections.get(i), 0, cumCounts.length));
                }
                return new PList(out);
            }
            long k = PyObjectOps.toIndexValue(kArg);
            if (k < 0 || k > n) {
                throw PRaise.valueError(null, "Sample larger than population or is negative");
            }
            Object[] result = new Object[(int) k];
            long setsize = 21;
            if (k > 5) {
                double lg = ExactMath.log(k * 3) / ExactMath.log(4);
                setsize += (long) Math.pow(4, Math.ceil(lg));
            }
            if (n <= setsize) {
                Object[] pool = PyObjectOps.toArray(population);
                for (int i = 0; i < k; i++) {
                    int j = (int) self.randbelow(n - i);
                    result[i] = pool[j];
                    pool[j] = pool[(int) (n - i - 1)];
                }
            } else {
                java.util.HashSet<Long> selected = new java.util.HashSet<>();
                for (int i = 0; i < k; i++) {
                    long j = self.randbelow(n);
                    while (selected.contains(j)) {
                        j = self.randbelow(n);
                    }
                    selected.add(j);
                    result[i] = Items.getItem(population, j);
                }
            }
            return new PList(result);
        }
    }

    /** itertools.accumulate with +, as a Java array. */
    static Object[] accumulate(Object iterable) {
        Object[] items = PyObjectOps.toArray(iterable);
        Object[] out = new Object[items.length];
        Object total = null;
        for (int i = 0; i < items.length; i++) {
            total = total == null ? items[i] : add(total, items[i]);
            out[i] = total;
        }
        return out;
    }

    /** bisect.bisect_right(a, x, lo, hi). */
    static int bisectRight(Object[] a, Object x, int lo, int hi) {
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (PyObjectOps.isTrue(Comparison.richCompare(CompareOperator.LT, x, a[mid]))) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    @Builtin(name = "choices", signature = "self, population, weights=None, *, cum_weights=None, k=1")
    @GenerateNodeFactory
    public abstract static class ChoicesNode extends BuiltinNode.Varargs {
        @Specialization
        @TruffleBoundary
        static Object choices(Object[] args) {
            PRandom self = (PRandom) args[0];
            Object population = args[1];
            Object weights = args[2];
            Object cumWeights = args[3];
            long k = PyObjectOps.toIndexValue(args[4]);
            long n = PyObjectOps.len(population);
            if (cumWeights == PNone.NONE) {
                if (weights == PNone.NONE) {
                    double nf = n;
                    Object[] out = new Object[(int) Math.max(0, k)];
                    for (int i = 0; i < out.length; i++) {
                        out[i] = Items.getItem(population, (long) Math.floor(self.random() * nf));
                    }
                    return new PList(out);
                }
                try {
                    cumWeights = new PList(accumulate(weights));
                } catch (dev.krait.runtime.PException e) {
                    if (Arithmetic.isInt(weights) && e.getException().getPythonClass() == BuiltinClasses.TYPE_ERROR) {
                        throw PRaise.typeError(null, "The number of choices must be a keyword argument: k=%s", dev.krait.ops.Repr.repr(weights));
                    }
                    throw e;
                }
            } else if (weights != PNone.NONE) {
                throw PRaise.typeError(null, "Cannot specify both weights and cumulative weights");
            }
            Object[] cum = PyObjectOps.toArray(cumWeights);
            if (cum.length != n) {
                throw PRaise.valueError(null, "The number of weights does not match the population");
            }
            if (cum.length == 0) {
                throw PRaise.indexError(null, "list index out of range");
            }
            double total = toDouble(add(cum[cum.length - 1], 0.0));
            if (total <= 0.0) {
                throw PRaise.valueError(null, "Total of weights must be greater than zero");
            }
            if (!Double.isFinite(total)) {
                throw PRaise.valueError(null, "Total of weights must be finite");
            }
            int hi = (int) n - 1;
            Object[] out = new Object[(int) Math.max(0, k)];
            for (int i = 0; i < out.length; i++) {
                out[i] = Items.getItem(population, (long) bisectRight(cum, self.random() * total, 0, hi));
            }
            return new PList(out);
        }
    }

    // ------------------------------------------------------------------ distributions

    @Builtin(name = "uniform", signature = "self, a, b")
    @GenerateNodeFactory
    public abstract static class UniformNode extends BuiltinNode.Ternary {
        @Specialization
        static double uniform(PRandom self, double a, double b) {
            return a + (b - a) * self.random();
        }

        @Specialization(replaces = "uniform")
        @TruffleBoundary
        static Object generic(PRandom self, Object a, Object b) {
            return add(a, mul(sub(b, a), self.random()));
        }
    }

    @Builtin(name = "triangular", signature = "self, low=0.0, high=1.0, mode=None")
    @GenerateNodeFactory
    public abstract static class TriangularNode extends BuiltinNode.Quaternary {
        @Specialization
        @TruffleBoundary
        static Object triangular(PRandom self, Object low, Object high, Object mode) {
            double u = self.random();
            Object c;
            try {
                c = mode == PNone.NONE ? 0.5 : div(sub(mode, low), sub(high, low));
            } catch (dev.krait.runtime.PException e) {
                if (e.getException().getPythonClass() == BuiltinClasses.ZERO_DIVISION_ERROR) {
                    return low;
                }
                throw e;
            }
            if (gt(u, c)) {
                u = 1.0 - u;
                c = sub(1.0, c);
                Object t = low;
                low = high;
                high = t;
            }
            return add(low, mul(sub(high, low), Math.sqrt(toDouble(mul(u, c)))));
        }
    }

    private static final double TWOPI = 2.0 * Math.PI;

    @Builtin(name = "gauss", signature = "self, mu=0.0, sigma=1.0")
    @GenerateNodeFactory
    public abstract static class GaussNode extends BuiltinNode.Ternary {
        @Specialization
        @TruffleBoundary
        static Object gauss(PRandom self, Object mu, Object sigma) {
            Double z = self.gaussNext;
            self.gaussNext = null;
            if (z == null) {
                double x2pi = self.random() * TWOPI;
                double g2rad = Math.sqrt(-2.0 * ExactMath.log(1.0 - self.random()));
                z = ExactMath.cos(x2pi) * g2rad;
                self.gaussNext = ExactMath.sin(x2pi) * g2rad;
            }
            return add(mu, mul(z, sigma));
        }
    }

    private static final double NV_MAGICCONST = 4 * ExactMath.exp(-0.5) / Math.sqrt(2.0);

    static double normal(PRandom self) {
        while (true) {
            double u1 = self.random();
            double u2 = 1.0 - self.random();
            double z = NV_MAGICCONST * (u1 - 0.5) / u2;
            double zz = z * z / 4.0;
            if (zz <= -ExactMath.log(u2)) {
                return z;
            }
        }
    }

    @Builtin(name = "normalvariate", signature = "self, mu=0.0, sigma=1.0")
    @GenerateNodeFactory
    public abstract static class NormalVariateNode extends BuiltinNode.Ternary {
        @Specialization
        @TruffleBoundary
        static Object normal(PRandom self, Object mu, Object sigma) {
            return add(mu, mul(RandomModule.normal(self), sigma));
        }
    }

    @Builtin(name = "lognormvariate", signature = "self, mu, sigma")
    @GenerateNodeFactory
    public abstract static class LogNormVariateNode extends BuiltinNode.Ternary {
        @Specialization
        @TruffleBoundary
        static Object lognormal(PRandom self, Object mu, Object sigma) {
            return MathModule.math1(add(mu, mul(RandomModule.normal(self), sigma)), ExactMath::exp, true);
        }
    }

    @Builtin(name = "expovariate", signature = "self, lambd")
    @GenerateNodeFactory
    public abstract static class ExpoVariateNode extends BuiltinNode.Binary {
        @Specialization
        @TruffleBoundary
        static Object expo(PRandom self, Object lambd) {
            return div(-ExactMath.log(1.0 - self.random()), lambd);
        }
    }

    @Builtin(name = "vonmisesvariate", signature = "self, mu, kappa")
    @GenerateNodeFactory
    public abstract static class VonMisesVariateNode extends BuiltinNode.Ternary {
        @Specialization
        @TruffleBoundary
        static Object vonmises(PRandom self, Object muArg, Object kappaArg) {
            double mu = toDouble(muArg);
            double kappa = toDouble(kappaArg);
            if (kappa <= 1e-6) {
                return TWOPI * self.random();
            }
            double s = 0.5 / kappa;
            double r = s + Math.sqrt(1.0 + s * s);
            double z;
            while (true) {
                double u1 = self.random();
                z = ExactMath.cos(Math.PI * u1);
                double d = z / (r + z);
                double u2 = self.random();
                if (u2 < 1.0 - d * d || u2 <= (1.0 - d) * ExactMath.exp(d)) {
                    break;
                }
            }
            double q = 1.0 / r;
            double f = (q + z) / (1.0 + q * z);
            double u3 = self.random();
            double theta = u3 > 0.5 ? mu + ExactMath.acos(f) : mu - ExactMath.acos(f);
            return dev.krait.ops.Arithmetic.floatMod(theta, TWOPI);
        }
    }

    private static final double LOG4 = ExactMath.log(4.0);
    private static final double SG_MAGICCONST = 1.0 + ExactMath.log(4.5);

    static double gamma(PRandom self, double alpha, double beta) {
        if (alpha <= 0.0 || beta <= 0.0) {
            throw PRaise.valueError(null, "gammavariate: alpha and beta must be > 0.0");
        }
        if (alpha > 1.0) {
            double ainv = Math.sqrt(2.0 * alpha - 1.0);
            double bbb = alpha - LOG4;
            double ccc = alpha + ainv;
            while (true) {
                double u1 = self.random();
                if (!(1e-7 < u1 && u1 < 0.9999999)) {
                    continue;
                }
                double u2 = 1.0 - self.random();
                double v = ExactMath.log(u1 / (1.0 - u1)) / ainv;
                double x = alpha * ExactMath.exp(v);
                double z = u1 * u1 * u2;
                double r = bbb + ccc * v - x;
                if (r + SG_MAGICCONST - 4.5 * z >= 0.0 || r >= ExactMath.log(z)) {
                    return x * beta;
                }
            }
        } else if (alpha == 1.0) {
            return -ExactMath.log(1.0 - self.random()) * beta;
        }
        double x;
        while (true) {
            double u = self.random();
            double b = (Math.E + alpha) / Math.E;
            double p = b * u;
            if (p <= 1.0) {
                x = ExactMath.pow(p, 1.0 / alpha);
            } else {
                x = -ExactMath.log((b - p) / alpha);
            }
            double u1 = self.random();
            if (p > 1.0) {
                if (u1 <= ExactMath.pow(x, alpha - 1.0)) {
                    break;
                }
            } else if (u1 <= ExactMath.exp(-x)) {
                break;
            }
        }
        return x * beta;
    }

    @Builtin(name = "gammavariate", signature = "self, alpha, beta")
    @GenerateNodeFactory
    public abstract static class GammaVariateNode extends BuiltinNode.Ternary {
        @Specialization
        @TruffleBoundary
        static double gamma(PRandom self, Object alpha, Object beta) {
            return RandomModule.gamma(self, toDouble(alpha), toDouble(beta));
        }
    }

    @Builtin(name = "betavariate", signature = "self, alpha, beta")
    @GenerateNodeFactory
    public abstract static class BetaVariateNode extends BuiltinNode.Ternary {
        @Specialization
        @TruffleBoundary
        static double beta(PRandom self, Object alpha, Object beta) {
            double y = RandomModule.gamma(self, toDouble(alpha), 1.0);
            if (y != 0) {
                return y / (y + RandomModule.gamma(self, toDouble(beta), 1.0));
            }
            return 0.0;
        }
    }

    @Builtin(name = "paretovariate", signature = "self, alpha")
    @GenerateNodeFactory
    public abstract static class ParetoVariateNode extends BuiltinNode.Binary {
        @Specialization
        @TruffleBoundary
        static double pareto(PRandom self, Object alpha) {
            double u = 1.0 - self.random();
            return ExactMath.pow(u, -1.0 / toDouble(alpha));
        }
    }

    @Builtin(name = "weibullvariate", signature = "self, alpha, beta")
    @GenerateNodeFactory
    public abstract static class WeibullVariateNode extends BuiltinNode.Ternary {
        @Specialization
        @TruffleBoundary
        static double weibull(PRandom self, Object alpha, Object beta) {
            double u = 1.0 - self.random();
            return toDouble(alpha) * ExactMath.pow(-ExactMath.log(u), 1.0 / toDouble(beta));
        }
    }
}
