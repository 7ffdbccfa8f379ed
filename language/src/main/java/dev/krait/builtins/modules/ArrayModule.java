package dev.krait.builtins.modules;

import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.krait.ast.CompareOperator;
import dev.krait.builtins.Builtin;
import dev.krait.builtins.BuiltinNode;
import dev.krait.ops.Arithmetic;
import dev.krait.ops.Comparison;
import dev.krait.ops.IntOps;
import dev.krait.ops.PyObjectOps;
import dev.krait.ops.Repr;
import dev.krait.runtime.BuiltinClasses;
import dev.krait.runtime.KraitContext;
import dev.krait.runtime.PList;
import dev.krait.runtime.PModule;
import dev.krait.runtime.PNone;
import dev.krait.runtime.PNotImplemented;
import dev.krait.runtime.PRaise;
import dev.krait.runtime.PSlice;
import dev.krait.runtime.PTuple;
import dev.krait.runtime.PythonClass;

/**
 * The {@code array} module: arrays of machine numbers kept in Java primitive arrays (byte[] for b/B, short[] for
 * h/H, int[] for i/I, long[] for l/L/q/Q, float[] for f, double[] for d), with CPython's range checks and messages.
 */
@GenerateNodeFactory
public final class ArrayModule {
    private ArrayModule() {
    }

    public static final PythonClass ARRAY = LibraryTypes.unhashable(LibraryTypes.define("array", "array", ArrayModuleFactory.getFactories()));

    @TruffleBoundary
    public static void initialize(PModule module, KraitContext context) {
        module.set("array", ARRAY);
        module.set("ArrayType", ARRAY);
        module.set("typecodes", "bBuhHiIlLqQfd");
    }

    static final String TYPECODES = "bBhHiIlLqQfd";

    /** An array: typecode, a primitive store and the number of items in use. */
    public static final class PArray extends LibraryObject {
        final char typecode;
        Object store;
        int size;

        PArray(PythonClass cls, char typecode, int capacity) {
            super(cls);
            this.typecode = typecode;
            this.store = newStore(typecode, capacity);
        }

        static Object newStore(char typecode, int capacity) {
            return switch (typecode) {
                case 'b', 'B' -> new byte[capacity];
                case 'h', 'H' -> new short[capacity];
                case 'i', 'I' -> new int[capacity];
                case 'f' -> new float[capacity];
                case 'd' -> new double[capacity];
                default -> new long[capacity];
            };
        }

        int itemsize() {
            return switch (typecode) {
                case 'b', 'B' -> 1;
                case 'h', 'H' -> 2;
                case 'i', 'I', 'f' -> 4;
                default -> 8;
            };
        }

        int capacity() {
            return switch (store) {
                case byte[] a -> a.length;
                case short[] a -> a.length;
                case int[] a -> a.length;
                case float[] a -> a.length;
                case double[] a -> a.length;
                default -> ((long[]) store).length;
            };
        }

        void ensureCapacity(int n) {
            if (n <= capacity()) {
                return;
            }
            int c = Math.max(n, capacity() * 2 + 4);
            store = switch (store) {
                case byte[] a -> Arrays.copyOf(a, c);
                case short[] a -> Arrays.copyOf(a, c);
                case int[] a -> Arrays.copyOf(a, c);
                case float[] a -> Arrays.copyOf(a, c);
                case double[] a -> Arrays.copyOf(a, c);
                default -> Arrays.copyOf((long[]) store, c);
            };
        }

        @TruffleBoundary
        private static Object unsignedLong(long v) {
            return Arithmetic.normalize(new BigInteger(Long.toUnsignedString(v)));
        }

        Object get(int i) {
            return switch (typecode) {
                case 'b' -> (long) ((byte[]) store)[i];
                case 'B' -> (long) (((byte[]) store)[i] & 0xff);
                case 'h' -> (long) ((short[]) store)[i];
                case 'H' -> (long) (((short[]) store)[i] & 0xffff);
                case 'i' -> (long) ((int[]) store)[i];
                case 'I' -> ((int[]) store)[i] & 0xffffffffL;
                case 'f' -> (double) ((float[]) store)[i];
                case 'd' -> ((double[]) store)[i];
                case 'L', 'Q' -> {
                    long v = ((long[]) store)[i];
                    yield v >= 0 ? (Object) v : unsignedLong(v);
                }
                default -> ((long[]) store)[i];
            };
        }

        /** Converts and range-checks a Python value for this array, then stores it. */
        @TruffleBoundary
        void set(int i, Object v) {
            switch (typecode) {
                case 'f' -> ((float[]) store)[i] = (float) MathModule.toDouble(v);
                case 'd' -> ((double[]) store)[i] = MathModule.toDouble(v);
                default -> {
                    long x = checkedInt(v);
                    switch (store) {
                        case byte[] a -> a[i] = (byte) x;
                        case short[] a -> a[i] = (short) x;
                        case int[] a -> a[i] = (int) x;
                        default -> ((long[]) store)[i] = x;
                    }
                }
            }
        }

        private long checkedInt(Object v) {
            if (v instanceof Double) {
                throw PRaise.typeError(null, "'float' object cannot be interpreted as an integer");
            }
            BigInteger b = Arithmetic.big(IntOps.index(v));
            switch (typecode) {
                case 'b' -> range(b, -128, 127, "signed char is greater than maximum", "signed char is less than minimum");
                case 'B' -> range(b, 0, 255, "unsigned byte integer is greater than maximum", "unsigned byte integer is less than minimum");
                case 'h' -> range(b, Short.MIN_VALUE, Short.MAX_VALUE, "signed short integer is greater than maximum", "signed short integer is less than minimum");
                case 'H' -> range(b, 0, 65535, "unsigned short is greater than maximum", "unsigned short is less than minimum");
                case 'i' -> range(b, Integer.MIN_VALUE, Integer.MAX_VALUE, "signed integer is greater than maximum", "signed integer is less than minimum");
                case 'I' -> {
                    if (b.signum() < 0) {
                        throw overflow("can't convert negative value to unsigned int");
                    }
                    range(b, 0, 0xffffffffL, "unsigned int is greater than maximum", "");
                }
                case 'l' -> {
                    if (b.bitLength() > 63) {
                        throw overflow("Python int too large to convert to C long");
                    }
                }
                case 'q' -> {
                    if (b.bitLength() > 63) {
                        throw overflow("int too big to convert");
                    }
                }
                case 'L' -> {
                    if (b.signum() < 0) {
                        throw overflow("can't convert negative value to unsigned int");
                    }
                    if (b.bitLength() > 64) {
                        throw overflow("Python int too large to convert to C unsigned long");
                    }
                }
                default -> {
                    if (b.signum() < 0) {
                        throw overflow("can't convert negative int to unsigned");
                    }
                    if (b.bitLength() > 64) {
                        throw overflow("int too big to convert");
                    }
                }
            }
            return b.longValue();
        }

        private static void range(BigInteger b, long lo, long hi, String tooBig, String tooSmall) {
            if (b.compareTo(BigInteger.valueOf(hi)) > 0) {
                throw overflow(tooBig);
            }
            if (b.compareTo(BigInteger.valueOf(lo)) < 0) {
                throw overflow(tooSmall);
            }
        }

        private static dev.krait.runtime.PException overflow(String message) {
            return PRaise.error(null, BuiltinClasses.OVERFLOW_ERROR, message);
        }

        void append(Object v) {
            ensureCapacity(size + 1);
            set(size, v);
            size++;
        }

        Object[] toArray() {
            Object[] out = new Object[size];
            for (int i = 0; i < size; i++) {
                out[i] = get(i);
            }
            return out;
        }

        @TruffleBoundary
        byte[] toBytes() {
            ByteBuffer b = ByteBuffer.allocate(size * itemsize()).order(ByteOrder.LITTLE_ENDIAN);
            for (int i = 0; i < size; i++) {
                switch (store) {
                    case byte[] a -> b.put(a[i]);
                    case short[] a -> b.putShort(a[i]);
                    case int[] a -> b.putInt(a[i]);
                    case float[] a -> b.putFloat(a[i]);
                    case double[] a -> b.putDouble(a[i]);
                    default -> b.putLong(((long[]) store)[i]);
                }
            }
            return b.array();
        }

        @TruffleBoundary
        void fromBytes(byte[] bytes) {
            int item = itemsize();
            if (bytes.length % item != 0) {
                throw PRaise.valueError(null, "bytes length not a multiple of item size");
            }
            ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
            int n = bytes.length / item;
            ensureCapacity(size + n);
            for (int k = 0; k < n; k++) {
                int i = size++;
                switch (store) {
                    case byte[] a -> a[i] = b.get();
                    case short[] a -> a[i] = b.getShort();
                    case int[] a -> a[i] = b.getInt();
                    case float[] a -> a[i] = b.getFloat();
                    case double[] a -> a[i] = b.getDouble();
                    default -> ((long[]) store)[i] = b.getLong();
                }
            }
        }

        /** A new array of the same type holding items [from, from + count) with the given step. */
        PArray slice(int from, int step, int count) {
            PArray r = new PArray(getPythonClass(), typecode, count);
            if (step == 1) {
                System.arraycopy(store, from, r.store, 0, count);
            } else {
                for (int k = 0; k < count; k++) {
                    copyItem(this, from + k * step, r, k);
                }
            }
            r.size = count;
            return r;
        }

        void deleteRange(int from, int to) {
            System.arraycopy(store, to, store, from, size - to);
            size -= to - from;
        }

        void insertGap(int at, int n) {
            ensureCapacity(size + n);
            System.arraycopy(store, at, store, at + n, size - at);
            size += n;
        }
    }

    static void copyItem(PArray from, int i, PArray to, int j) {
        System.arraycopy(from.store, i, to.store, j, 1);
    }

    @TruffleBoundary
    static PArray create(PythonClass cls, Object typecodeArg, Object initializer) {
        if (!(typecodeArg instanceof String tc) || tc.length() != 1) {
            throw PRaise.typeError(null, "array() argument 1 must be a unicode character, not %s", PyObjectOps.typeName(typecodeArg));
        }
        char c = tc.charAt(0);
        if (TYPECODES.indexOf(c) < 0) {
            throw PRaise.valueError(null, "bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)");
        }
        PArray a = new PArray(cls, c, 8);
        if (initializer == PNone.NO_VALUE) {
            return a;
        }
        if (initializer instanceof byte[] b) {
            a.fromBytes(b);
        } else if (initializer instanceof String) {
            throw PRaise.typeError(null, "cannot use a str to initialize an array with typecode '%c'", c);
        } else if (initializer instanceof PArray other) {
            for (int i = 0; i < other.size; i++) {
                a.append(other.get(i));
            }
        } else {
            Object it = PyObjectOps.getIter(initializer);
            Object v;
            while ((v = PyObjectOps.next(it)) != null) {
                a.append(v);
            }
        }
        return a;
    }

    // ------------------------------------------------------------------ methods

    @Builtin(name = "__new__", signature = "cls, typecode, initializer=?, /", isStatic = true)
    @GenerateNodeFactory
    public abstract static class NewNode extends BuiltinNode.Ternary {
        @Specialization
        static Object create(Object cls, Object typecode, Object initializer) {
            return ArrayModule.create((PythonClass) cls, typecode, initializer);
        }
    }

    @Builtin(name = "__init__", signature = "self, *args")
    @GenerateNodeFactory
    public abstract static class InitNode extends BuiltinNode.Binary {
        @Specialization
        static Object init(Object self, Object args) {
            return PNone.NONE;
        }
    }

    @Builtin(name = "__len__", signature = "self, /")
    @GenerateNodeFactory
    public abstract static class LenNode extends BuiltinNode.Unary {
        @Specialization
        static long len(PArray self) {
            return self.size;
        }
    }

    @Builtin(name = "__getitem__", signature = "self, index, /")
    @GenerateNodeFactory
    public abstract static class GetItemNode extends BuiltinNode.Binary {
        @Specialization
        static Object get(PArray self, long index) {
            long i = index < 0 ? index + self.size : index;
            if (i < 0 || i >= self.size) {
                throw PRaise.indexError(null, "array index out of range");
            }
            return self.get((int) i);
        }

        @Specialization
        @TruffleBoundary
        static Object get(PArray self, Object index) {
            if (index instanceof PSlice s) {
                long[] r = PyObjectOps.sliceIndices(s, self.size);
                return self.slice((int) r[0], (int) r[2], (int) r[3]);
            }
            if (!PyObjectOps.isIndexable(index)) {
                throw PRaise.typeError(null, "array indices must be integers");
            }
            return get(self, PyObjectOps.toIndexValue(index));
        }
    }

    @Builtin(name = "__setitem__", signature = "self, index, value, /")
    @GenerateNodeFactory
    public abstract static class SetItemNode extends BuiltinNode.Ternary {
        @Specialization
        static Object set(PArray self, long index, Object value) {
            long i = index < 0 ? index + self.size : index;
            if (i < 0 || i >= self.size) {
                throw PRaise.indexError(null, "array assignment index out of range");
            }
            self.set((int) i, value);
            return PNone.NONE;
        }

        @Specialization
        @TruffleBoundary
        static Object set(PArray self, Object index, Object value) {
            if (index instanceof PSlice s) {
                if (!(value instanceof PArray v)) {
                    throw PRaise.typeError(null, "can only assign array (not \"%s\") to array slice", PyObjectOps.typeName(value));
                }
                if (v.typecode != self.typecode) {
                    throw PRaise.typeError(null, "bad argument type for built-in operation");
                }
                PArray src = v == self ? self.slice(0, 1, self.size) : v;
                long[] r = PyObjectOps.sliceIndices(s, self.size);
                int start = (int) r[0];
                int step = (int) r[2];
                int count = (int) r[3];
                if (step == 1) {
                    int stop = start + count;
                    self.deleteRange(start, stop);
                    self.insertGap(start, src.size);
                    System.arraycopy(src.store, 0, self.store, start, src.size);
                    return PNone.NONE;
                }
                if (src.size != count) {
                    throw PRaise.valueError(null, "attempt to assign array of size %d to extended slice of size %d", src.size, count);
                }
                for (int k = 0; k < count; k++) {
                    copyItem(src, k, self, start + k * step);
                }
                return PNone.NONE;
            }
            if (!PyObjectOps.isIndexable(index)) {
                throw PRaise.typeError(null, "array indices must be integers");
            }
            return set(self, PyObjectOps.toIndexValue(index), value);
        }
    }

    @Builtin(name = "__delitem__", signature = "self, index, /")
    @GenerateNodeFactory
    public abstract static class DelItemNode extends BuiltinNode.Binary {
        @Specialization
        @TruffleBoundary
        static Object del(PArray self, Object index) {
            if (index instanceof PSlice s) {
                long[] r = PyObjectOps.sliceIndices(s, self.size);
                int start = (int) r[0];
                int step = (int) r[2];
                int count = (int) r[3];
                if (step == 1) {
                    self.deleteRange(start, start + count);
                    return PNone.NONE;
                }
                boolean[] gone = new boolean[self.size];
                for (int k = 0; k < count; k++) {
                    gone[start + k * step] = true;
                }
                int j = 0;
                for (int i = 0; i < self.size; i++) {
                    if (!gone[i]) {
                        copyItem(self, i, self, j++);
                    }
                }
                self.size = j;
                return PNone.NONE;
            }
            long i = PyObjectOps.toIndexValue(index);
            if (i < 0) {
                i += self.size;
            }
            if (i < 0 || i >= self.size) {
                throw PRaise.indexError(null, "array assignment index out of range");
            }
            self.deleteRange((int) i, (int) i + 1);
            return PNone.NONE;
        }
    }

    @Builtin(name = "__iter__", signature = "self, /")
    @GenerateNodeFactory
    public abstract static class IterNode extends BuiltinNode.Unary {
        @Specialization
        static Object iter(PArray self) {
            return new ArrayIterator(self);
        }
    }

    /** Iterates live (sees appends), like CPython's arrayiterator. */
    static final class ArrayIterator extends dev.krait.runtime.PIterator {
        private final PArray array;
        private int index;

        ArrayIterator(PArray array) {
            this.array = array;
        }

        @Override
        public PythonClass getPythonClass() {
            return BuiltinClasses.ITERATOR;
        }

        @Override
        public Object next() {
            if (index < array.size) {
                return array.get(index++);
            }
            index = Integer.MAX_VALUE;
            return null;
        }
    }

    @Builtin(name = "__contains__", signature = "self, value, /")
    @GenerateNodeFactory
    public abstract static class ContainsNode extends BuiltinNode.Binary {
        @Specialization
        @TruffleBoundary
        static boolean contains(PArray self, Object value) {
            for (int i = 0; i < self.size; i++) {
                if (Comparison.eq(self.get(i), value)) {
                    return true;
                }
            }
            return false;
        }
    }

    @TruffleBoundary
    static Object compare(CompareOperator op, PArray self, Object other) {
        if (!(other instanceof PArray o)) {
            return PNotImplemented.INSTANCE;
        }
        if ((op == CompareOperator.EQ || op == CompareOperator.NE) && self.size != o.size) {
            return op == CompareOperator.NE;
        }
        return Comparison.richCompare(op, new PList(self.toArray()), new PList(o.toArray()));
    }

    @Builtin(name = "__eq__", signature = "self, other, /")
    @GenerateNodeFactory
    public abstract static class EqNode extends BuiltinNode.Binary {
        @Specialization
        static Object eq(PArray self, Object other) {
            return compare(CompareOperator.EQ, self, other);
        }
    }

    @Builtin(name = "__ne__", signature = "self, other, /")
    @GenerateNodeFactory
    public abstract static class NeNode extends BuiltinNode.Binary {
        @Specialization
        static Object ne(PArray self, Object other) {
            return compare(CompareOperator.NE, self, other);
        }
    }

    @Builtin(name = "__lt__", signature = "self, other, /")
    @GenerateNodeFactory
    public abstract static class LtNode extends BuiltinNode.Binary {
        @Specialization
        static Object lt(PArray self, Object other) {
            return compare(CompareOperator.LT, self, other);
        }
    }

    @Builtin(name = "__le__", signature = "self, other, /")
    @GenerateNodeFactory
    public abstract static class LeNode extends BuiltinNode.Binary {
        @Specialization
        static Object le(PArray self, Object other) {
            return compare(CompareOperator.LE, self, other);
        }
    }

    @Builtin(name = "__gt__", signature = "self, other, /")
    @GenerateNodeFactory
    public abstract static class GtNode extends BuiltinNode.Binary {
        @Specialization
        static Object gt(PArray self, Object other) {
            return compare(CompareOperator.GT, self, other);
        }
    }

    @Builtin(name = "__ge__", signature = "self, other, /")
    @GenerateNodeFactory
    public abstract static class GeNode extends BuiltinNode.Binary {
        @Specialization
        static Object ge(PArray self, Object other) {
            return compare(CompareOperator.GE, self, other);
        }
    }

    @TruffleBoundary
    static PArray concat(PArray self, Object other) {
        if (!(other instanceof PArray o)) {
            throw PRaise.typeError(null, "can only append array (not \"%s\") to array", PyObjectOps.typeName(other));
        }
        if (o.typecode != self.typecode) {
            throw PRaise.typeError(null, "bad argument type for built-in operation");
        }
        PArray r = self.slice(0, 1, self.size);
        r.insertGap(r.size, o.size);
        System.arraycopy(o.store, 0, r.store, self.size, o.size);
        return r;
    }

    @Builtin(name = "__add__", signature = "self, other, /")
    @GenerateNodeFactory
    public abstract static class AddNode extends BuiltinNode.Binary {
        @Specialization
        static Object add(PArray self, Object other) {
            return concat(self, other);
        }
    }

    @Builtin(name = "__iadd__", signature = "self, other, /")
    @GenerateNodeFactory
    public abstract static class IAddNode extends BuiltinNode.Binary {
        @Specialization
        @TruffleBoundary
        static Object iadd(PArray self, Object other) {
            PArray r = concat(self, other);
            self.store = r.store;
            self.size = r.size;
            return self;
        }
    }

    @TruffleBoundary
    static PArray repeat(PArray self, Object count) {
        long n = Math.max(0, PyObjectOps.toIndexValue(count));
        PArray r = new PArray(self.getPythonClass(), self.typecode, (int) (self.size * n));
        for (int k = 0; k < n; k++) {
            System.arraycopy(self.store, 0, r.store, k * self.size, self.size);
        }
        r.size = (int) (self.size * n);
        return r;
    }

    @Builtin(name = "__mul__", signature = "self, n, /")
    @GenerateNodeFactory
    public abstract static class MulNode extends BuiltinNode.Binary {
        @Specialization
        static Object mul(PArray self, Object n) {
            return repeat(self, n);
        }
    }

    @Builtin(name = "__rmul__", signature = "self, n, /")
    @GenerateNodeFactory
    public abstract static class RMulNode extends BuiltinNode.Binary {
        @Specialization
        static Object rmul(PArray self, Object n) {
            return repeat(self, n);
        }
    }

    @Builtin(name = "__imul__", signature = "self, n, /")
    @GenerateNodeFactory
    public abstract static class IMulNode extends BuiltinNode.Binary {
        @Specialization
        static Object imul(PArray self, Object n) {
            PArray r = repeat(self, n);
            self.store = r.store;
            self.size = r.size;
            return self;
        }
    }

    @Builtin(name = "__repr__", signature = "self, /")
    @GenerateNodeFactory
    public abstract static class ReprNode extends BuiltinNode.Unary {
        @Specialization
        @TruffleBoundary
        static Object repr(PArray self) {
            String name = self.getPythonClass().name;
            if (self.size == 0) {
                return name + "('" + self.typecode + "')";
            }
            return name + "('" + self.typecode + "', " + Repr.repr(new PList(self.toArray())) + ")";
        }
    }

    @Builtin(name = "append", signature = "self, v, /")
    @GenerateNodeFactory
    public abstract static class AppendNode extends BuiltinNode.Binary {
        @Specialization
        static Object append(PArray self, Object v) {
            self.append(v);
            return PNone.NONE;
        }
    }

    @Builtin(name = "extend", signature = "self, bb, /")
    @GenerateNodeFactory
    public abstract static class ExtendNode extends BuiltinNode.Binary {
        @Specialization
        @TruffleBoundary
        static Object extend(PArray self, Object iterable) {
            if (iterable instanceof PArray o) {
                PArray r = concat(self, o);
                self.store = r.store;
                self.size = r.size;
                return PNone.NONE;
            }
            Object it = PyObjectOps.getIter(iterable);
            Object v;
            while ((v = PyObjectOps.next(it)) != null) {
                self.append(v);
            }
            return PNone.NONE;
        }
    }

    @Builtin(name = "fromlist", signature = "self, list, /")
    @GenerateNodeFactory
    public abstract static class FromListNode extends BuiltinNode.Binary {
        @Specialization
        @TruffleBoundary
        static Object fromlist(PArray self, Object list) {
            if (!(list instanceof PList l)) {
                throw PRaise.typeError(null, "arg must be list");
            }
            int old = self.size;
            try {
                for (int i = 0; i < l.size(); i++) {
                    self.append(l.get(i));
                }
            } catch (RuntimeException e) {
                self.size = old;
                throw e;
            }
            return PNone.NONE;
        }
    }

    @Builtin(name = "insert", signature = "self, i, v, /")
    @GenerateNodeFactory
    public abstract static class InsertNode extends BuiltinNode.Ternary {
        @Specialization
        @TruffleBoundary
        static Object insert(PArray self, Object index, Object v) {
            long i = PyObjectOps.toIndexValue(index);
            if (i < 0) {
                i = Math.max(0, i + self.size);
            }
            i = Math.min(i, self.size);
            PArray probe = new PArray(self.getPythonClass(), self.typecode, 1);
            probe.set(0, v);
            self.insertGap((int) i, 1);
            copyItem(probe, 0, self, (int) i);
            return PNone.NONE;
        }
    }

    @Builtin(name = "pop", signature = "self, i=-1, /")
    @GenerateNodeFactory
    public abstract static class PopNode extends BuiltinNode.Binary {
        @Specialization
        @TruffleBoundary
        static Object pop(PArray self, Object index) {
            if (self.size == 0) {
                throw PRaise.indexError(null, "pop from empty array");
            }
            long i = PyObjectOps.toIndexValue(index);
            if (i < 0) {
                i += self.size;
            }
            if (i < 0 || i >= self.size) {
                throw PRaise.indexError(null, "pop index out of range");
            }
            Object v = self.get((int) i);
            self.deleteRange((int) i, (int) i + 1);
            return v;
        }
    }

    @Builtin(name = "remove", signature = "self, v, /")
    @GenerateNodeFactory
    public abstract static class RemoveNode extends BuiltinNode.Binary {
        @Specialization
        @TruffleBoundary
        static Object remove(PArray self, Object v) {
            for (int i = 0; i < self.size; i++) {
                if (Comparison.eq(self.get(i), v)) {
                    self.deleteRange(i, i + 1);
                    return PNone.NONE;
                }
            }
            throw PRaise.valueError(null, "array.remove(x): x not in array");
        }
    }

    @Builtin(name = "index", signature = "self, v, start=0, stop=9223372036854775807, /")
    @GenerateNodeFactory
    public abstract static class IndexNode extends BuiltinNode.Quaternary {
        @Specialization
        @TruffleBoundary
        static Object index(PArray self, Object v, Object startArg, Object stopArg) {
            long start = PyObjectOps.toIndexValue(startArg);
            long stop = PyObjectOps.toIndexValue(stopArg);
            if (start < 0) {
                start = Math.max(0, start + self.size);
            }
            if (stop < 0) {
                stop = Math.max(0, stop + self.size);
            }
            for (long i = start; i < Math.min(stop, self.size); i++) {
                if (Comparison.eq(self.get((int) i), v)) {
                    return i;
                }
            }
            throw PRaise.valueError(null, "array.index(x): x not in array");
        }
    }

    @Builtin(name = "count", signature = "self, v, /")
    @GenerateNodeFactory
    public abstract static class CountNode extends BuiltinNode.Binary {
        @Specialization
        @TruffleBoundary
        static long count(PArray self, Object v) {
            long n = 0;
            for (int i = 0; i < self.size; i++) {
                if (Comparison.eq(self.get(i), v)) {
                    n++;
                }
            }
            return n;
        }
    }

    @Builtin(name = "reverse", signature = "self, /")
    @GenerateNodeFactory
    public abstract static class ReverseNode extends BuiltinNode.Unary {
        @Specialization
        @TruffleBoundary
        static Object reverse(PArray self) {
            PArray tmp = new PArray(self.getPythonClass(), self.typecode, 1);
            for (int i = 0, j = self.size - 1; i < j; i++, j--) {
                copyItem(self, i, tmp, 0);
                copyItem(self, j, self, i);
                copyItem(tmp, 0, self, j);
            }
            return PNone.NONE;
        }
    }

    @Builtin(name = "tolist", signature = "self, /")
    @GenerateNodeFactory
    public abstract static class ToListNode extends BuiltinNode.Unary {
        @Specialization
        @TruffleBoundary
        static Object tolist(PArray self) {
            return new PList(self.toArray());
        }
    }

    @Builtin(name = "tobytes", signature = "self, /")
    @GenerateNodeFactory
    public abstract static class ToBytesNode extends BuiltinNode.Unary {
        @Specialization
        static Object tobytes(PArray self) {
            return self.toBytes();
        }
    }

    @Builtin(name = "frombytes", signature = "self, buffer, /")
    @GenerateNodeFactory
    public abstract static class FromBytesNode extends BuiltinNode.Binary {
        @Specialization
        static Object frombytes(PArray self, Object buffer) {
            self.fromBytes(IoModule.bytesOf(buffer));
            return PNone.NONE;
        }
    }

    @Builtin(name = "byteswap", signature = "self, /")
    @GenerateNodeFactory
    public abstract static class ByteSwapNode extends BuiltinNode.Unary {
        @Specialization
        @TruffleBoundary
        static Object byteswap(PArray self) {
            byte[] b = self.toBytes();
            int item = self.itemsize();
            for (int i = 0; i < b.length; i += item) {
                for (int x = i, y = i + item - 1; x < y; x++, y--) {
                    byte t = b[x];
                    b[x] = b[y];
                    b[y] = t;
                }
            }
            int n = self.size;
            self.size = 0;
            self.fromBytes(b);
            self.size = n;
            return PNone.NONE;
        }
    }

    @Builtin(name = "buffer_info", signature = "self, /")
    @GenerateNodeFactory
    public abstract static class BufferInfoNode extends BuiltinNode.Unary {
        @Specialization
        static Object info(PArray self) {
            return PTuple.of(PyObjectOps.id(self), (long) self.size);
        }
    }

    /** typecode and itemsize are attributes of arrays. */
    @Builtin(name = "__getattr__", signature = "self, name, /")
    @GenerateNodeFactory
    public abstract static class GetAttrNode extends BuiltinNode.Binary {
        @Specialization
        @TruffleBoundary
        static Object get(PArray self, Object name) {
            String n = Repr.str(name);
            if (n.equals("typecode")) {
                return String.valueOf(self.typecode);
            }
            if (n.equals("itemsize")) {
                return (long) self.itemsize();
            }
            throw PRaise.error(null, BuiltinClasses.ATTRIBUTE_ERROR, "'array.array' object has no attribute '%s'", n);
        }
    }
}
