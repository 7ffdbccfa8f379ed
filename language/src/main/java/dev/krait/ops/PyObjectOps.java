package dev.krait.ops;

import java.math.BigInteger;
import java.util.Map;
import java.util.WeakHashMap;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.krait.runtime.BuiltinClasses;
import dev.krait.runtime.Hashing;
import dev.krait.runtime.Iterators;
import dev.krait.runtime.PBaseException;
import dev.krait.runtime.PDict;
import dev.krait.runtime.PDictView;
import dev.krait.runtime.PIterator;
import dev.krait.runtime.PList;
import dev.krait.runtime.PNone;
import dev.krait.runtime.PNotImplemented;
import dev.krait.runtime.PRaise;
import dev.krait.runtime.PRange;
import dev.krait.runtime.PSet;
import dev.krait.runtime.PSlice;
import dev.krait.runtime.PTuple;
import dev.krait.runtime.PyObject;
import dev.krait.runtime.SetIterator;
import dev.krait.runtime.PythonClass;

/**
 * The generic (slow-path) semantics of the object protocol for any value: type, truth, hash, len, items,
 * membership, iteration. The operation nodes take fast paths first and come here for everything else; the
 * bytecode engine reaches the same code through the nodes' uncached versions.
 */
public final class PyObjectOps {
    private PyObjectOps() {
    }

    /** The int, float or str an instance of a user subclass of those stands for; any other value as it is. */
    public static Object builtinValue(Object o) {
        if (o instanceof dev.krait.runtime.PInstance i && i.getBuiltinValue() != null) {
            return i.getBuiltinValue();
        }
        if (o instanceof dev.krait.runtime.PByteArray ba) {
            return ba.toBytes();
        }
        return o;
    }

    public static PythonClass typeOf(Object o) {
        if (o instanceof PyObject p) {
            return p.getPythonClass();
        } else if (o instanceof String) {
            return BuiltinClasses.STR;
        } else if (o instanceof Long || o instanceof BigInteger) {
            return BuiltinClasses.INT;
        } else if (o instanceof Boolean) {
            return BuiltinClasses.BOOL;
        } else if (o instanceof Double) {
            return BuiltinClasses.FLOAT;
        } else if (o instanceof byte[]) {
            return BuiltinClasses.BYTES;
        }
        return BuiltinClasses.OBJECT;
    }

    public static String typeName(Object o) {
        PythonClass type = typeOf(o);
        return type.errorName != null ? type.errorName : type.name;
    }

    private static final Map<Object, Long> IDS = new WeakHashMap<>();
    private static long nextId = 0x7f0000001000L;

    /** A stable, unique number per object (Python's id()). */
    @TruffleBoundary
    public static synchronized long id(Object o) {
        if (o instanceof Long || o instanceof Boolean || o instanceof Double || o instanceof String || o instanceof BigInteger) {
            return 0x7e0000000000L + (Hashing.hash(o) & 0xffffffffL) * 16;
        }
        return IDS.computeIfAbsent(o, k -> {
            nextId += 48;
            return nextId;
        });
    }

    // ------------------------------------------------------------------ truth, len, hash

    @TruffleBoundary
    public static boolean isTrue(Object o) {
        if (o instanceof PyObject && !typeOf(o).isBuiltin() && (!(o instanceof dev.krait.runtime.PInstance) || builtinValue(o) != o)) {
            return isTrueOfSubclass(o);
        }
        if (o instanceof Boolean b) {
            return b;
        } else if (o instanceof Long l) {
            return l != 0;
        } else if (o instanceof Double d) {
            return d != 0;
        } else if (o instanceof String s) {
            return !s.isEmpty();
        } else if (o == PNone.NONE) {
            return false;
        } else if (o instanceof BigInteger) {
            return true;
        } else if (o instanceof PList l) {
            return l.size() != 0;
        } else if (o instanceof PTuple t) {
            return t.size() != 0;
        } else if (o instanceof PDict d) {
            return d.size() != 0;
        } else if (o instanceof PSet s) {
            return s.size() != 0;
        } else if (o instanceof PRange r) {
            return r.length() != 0;
        } else if (o instanceof byte[] b) {
            return b.length != 0;
        } else if (o instanceof dev.krait.runtime.PByteArray ba) {
            return ba.size() != 0;
        } else if (o instanceof PDictView v) {
            return v.dict.size() != 0;
        }
        Object special = SpecialMethods.callIfDefined(o, "__bool__");
        if (special != null) {
            if (!(special instanceof Boolean b)) {
                throw PRaise.typeError(null, "__bool__ should return bool, returned %s", typeName(special));
            }
            return b;
        }
        Object length = SpecialMethods.callIfDefined(o, "__len__");
        if (length != null) {
            return toIndexValue(length) != 0;
        }
        return true;
    }

    /** Truth of an instance of a user subclass of a builtin type: its own __bool__/__len__, else the builtin's. */
    private static boolean isTrueOfSubclass(Object o) {
        Object special = SpecialMethods.callIfDefined(o, "__bool__");
        if (special instanceof Boolean b) {
            return b;
        }
        if (SpecialMethods.lookupUser(o, "__len__") != null) {
            return len(o) != 0;
        }
        Object value = builtinValue(o);
        return value != o ? isTrue(value) : len(o) != 0;
    }

    /** len(o), or -1 when the object has no builtin length (the caller then raises). */
    @TruffleBoundary
    public static long len(Object o) {
        if (!typeOf(o).isBuiltin() && (!(o instanceof dev.krait.runtime.PInstance) || builtinValue(o) != o)) {
            Object special = SpecialMethods.callIfDefined(o, "__len__");
            if (special != null) {
                return checkedLength(special);
            }
            o = builtinValue(o);
        }
        if (o instanceof dev.krait.runtime.PByteArray ba) {
            return ba.size();
        }
        if (o instanceof String s) {
            return Strings.codePointLength(s);
        } else if (o instanceof PList l) {
            return l.size();
        } else if (o instanceof PTuple t) {
            return t.size();
        } else if (o instanceof PDict d) {
            return d.size();
        } else if (o instanceof PSet s) {
            return s.size();
        } else if (o instanceof PRange r) {
            return r.length();
        } else if (o instanceof PDictView v) {
            return v.dict.size();
        } else if (o instanceof byte[] b) {
            return b.length;
        }
        Object special = SpecialMethods.callIfDefined(o, "__len__");
        if (special != null) {
            return checkedLength(special);
        }
        throw PRaise.typeError(null, "object of type '%s' has no len()", typeName(o));
    }

    private static long checkedLength(Object special) {
        if (special instanceof java.math.BigInteger b) {
            throw PRaise.error(null, b.signum() < 0 ? BuiltinClasses.VALUE_ERROR : BuiltinClasses.OVERFLOW_ERROR,
                            b.signum() < 0 ? "__len__() should return >= 0" : "cannot fit 'int' into an index-sized integer");
        }
        long n = toIndexValue(special);
        if (n < 0) {
            throw PRaise.valueError(null, "__len__() should return >= 0");
        }
        return n;
    }

    @TruffleBoundary
    public static long hashGeneric(Object o) {
        if (o instanceof PTuple t) {
            long[] hashes = new long[t.size()];
            for (int i = 0; i < hashes.length; i++) {
                hashes[i] = Hashing.hash(t.get(i));
            }
            return Hashing.hashTupleOf(hashes);
        }
        if (o instanceof dev.krait.runtime.PByteArray || o instanceof PList || o instanceof PDict || (o instanceof PSet s && !s.isFrozen()) || o instanceof PSlice) {
            throw PRaise.typeError(null, "unhashable type: '%s'", typeName(o));
        }
        if (o instanceof PSet s) {
            return s.getStorage().frozenSetHash();
        }
        Object special = SpecialMethods.hashOrNull(o);
        if (special != null) {
            return (Long) special;
        }
        if (builtinValue(o) != o) {
            return Hashing.hash(builtinValue(o));
        }
        return id(o) >> 4;
    }

    @TruffleBoundary
    public static boolean equalsGeneric(Object a, Object b) {
        return Comparison.eq(a, b);
    }

    // ------------------------------------------------------------------ indices

    /** operator.index(o) as a long: ints and bools, or __index__ of user classes. */
    @TruffleBoundary
    public static long toIndexValue(Object o) {
        if (o instanceof dev.krait.runtime.PInstance && builtinValue(o) != o && SpecialMethods.lookupUser(o, "__index__") == null) {
            return toIndexValue(builtinValue(o));
        }
        if (o instanceof Long l) {
            return l;
        } else if (o instanceof Boolean b) {
            return b ? 1 : 0;
        } else if (o instanceof BigInteger) {
            throw PRaise.error(null, BuiltinClasses.INDEX_ERROR, "cannot fit 'int' into an index-sized integer");
        }
        Object special = SpecialMethods.callIfDefined(o, "__index__");
        if (special != null) {
            if (!Arithmetic.isInt(special)) {
                throw PRaise.typeError(null, "__index__ returned non-int (type %s)", typeName(special));
            }
            return toIndexValue(special);
        }
        throw PRaise.typeError(null, "'%s' object cannot be interpreted as an integer", typeName(o));
    }

    public static boolean isIndexable(Object o) {
        return builtinValue(o) instanceof Long || builtinValue(o) instanceof java.math.BigInteger || o instanceof Long || o instanceof Boolean || o instanceof BigInteger || SpecialMethods.lookupUser(o, "__index__") != null;
    }

    /** Resolves a slice against a length: {start, stop, step, count} as CPython's PySlice_AdjustIndices. */
    @TruffleBoundary
    public static long[] sliceIndices(PSlice slice, long length) {
        long step = slice.step == PNone.NONE ? 1 : clampIndex(slice.step);
        if (step == 0) {
            throw PRaise.valueError(null, "slice step cannot be zero");
        }
        long start;
        long stop;
        if (slice.start == PNone.NONE) {
            start = step < 0 ? length - 1 : 0;
        } else {
            start = clampIndex(slice.start);
            if (start < 0) {
                start += length;
                if (start < 0) {
                    start = step < 0 ? -1 : 0;
                }
            } else if (start >= length) {
                start = step < 0 ? length - 1 : length;
            }
        }
        if (slice.stop == PNone.NONE) {
            stop = step < 0 ? -1 : length;
        } else {
            stop = clampIndex(slice.stop);
            if (stop < 0) {
                stop += length;
                if (stop < 0) {
                    stop = step < 0 ? -1 : 0;
                }
            } else if (stop >= length) {
                stop = step < 0 ? length - 1 : length;
            }
        }
        long count;
        if (step < 0) {
            count = stop < start ? (start - stop - 1) / (-step) + 1 : 0;
        } else {
            count = start < stop ? (stop - start - 1) / step + 1 : 0;
        }
        return new long[]{start, stop, step, count};
    }

    private static long clampIndex(Object o) {
        if (o instanceof BigInteger b) {
            return b.signum() < 0 ? Long.MIN_VALUE / 2 : Long.MAX_VALUE / 2;
        }
        if (!isIndexable(o)) {
            throw PRaise.typeError(null, "slice indices must be integers or None or have an __index__ method");
        }
        return toIndexValue(o);
    }

    // ------------------------------------------------------------------ iteration

    /** iter(o): a builtin iterator, or whatever __iter__ returns for user objects. */
    @TruffleBoundary
    public static Object getIter(Object o) {
        if (!typeOf(o).isBuiltin() && (!(o instanceof dev.krait.runtime.PInstance) || builtinValue(o) != o) && SpecialMethods.lookupUser(o, "__iter__") != null) {
            return SpecialMethods.callIfDefined(o, "__iter__");
        }
        if (builtinValue(o) instanceof String s) {
            return new Iterators.StrIterator(s);
        }
        if (o instanceof dev.krait.runtime.PByteArray ba) {
            return getIter(ba.toBytes());
        }
        if (o instanceof PList l) {
            return new Iterators.ListIterator(l);
        } else if (o instanceof PTuple t) {
            return new Iterators.ArrayIterator(t.getItems());
        } else if (o instanceof PRange r) {
            return new Iterators.RangeIterator(r);
        } else if (o instanceof String s) {
            return new Iterators.StrIterator(s);
        } else if (o instanceof PDict d) {
            return new Iterators.DictIterator(d.getStorage(), Iterators.DictIterKind.KEYS, false);
        } else if (o instanceof PSet s) {
            return new SetIterator(s);
        } else if (o instanceof PDictView v) {
            return new Iterators.DictIterator(v.dict.getStorage(), v.kind, false);
        } else if (o instanceof PIterator) {
            return o;
        } else if (o instanceof byte[] b) {
            Object[] items = new Object[b.length];
            for (int i = 0; i < b.length; i++) {
                items[i] = (long) (b[i] & 0xff);
            }
            return new Iterators.ArrayIterator(items, items.length, BuiltinClasses.ITERATOR);
        }
        Object special = SpecialMethods.callIfDefined(o, "__iter__");
        if (special != null) {
            if (!(special instanceof PIterator) && SpecialMethods.lookupUser(special, "__next__") == null) {
                throw PRaise.typeError(null, "iter() returned non-iterator of type '%s'", typeName(special));
            }
            return special;
        }
        if (SpecialMethods.lookupUser(o, "__getitem__") != null) {
            return new SequenceIterator(o);
        }
        throw PRaise.typeError(null, "'%s' object is not iterable", typeName(o));
    }

    /** next(it): the next value, or null when exhausted. */
    @TruffleBoundary
    public static Object next(Object iterator) {
        if (iterator instanceof PIterator it) {
            return it.next();
        }
        return SpecialMethods.callNext(iterator);
    }

    /** The old sequence protocol: obj[0], obj[1], ... until IndexError. */
    static final class SequenceIterator extends PIterator {
        private final Object sequence;
        private long index;

        SequenceIterator(Object sequence) {
            this.sequence = sequence;
        }

        @Override
        public PythonClass getPythonClass() {
            return BuiltinClasses.ITERATOR;
        }

        @Override
        public Object next() {
            if (index < 0) {
                return null;
            }
            try {
                return Items.getItem(sequence, index++);
            } catch (dev.krait.runtime.PException e) {
                PythonClass t = e.getException().getPythonClass();
                if (t.isSubclassOf(BuiltinClasses.INDEX_ERROR) || t.isSubclassOf(BuiltinClasses.STOP_ITERATION)) {
                    index = -1;
                    return null;
                }
                throw e;
            }
        }
    }

    /** All values of an iterable, materialized. */
    @TruffleBoundary
    public static Object[] toArray(Object iterable) {
        if (iterable instanceof PList l && l.getPythonClass() == BuiltinClasses.LIST) {
            return l.toArray();
        } else if (iterable instanceof PTuple t && t.getPythonClass() == BuiltinClasses.TUPLE) {
            return t.getItems().clone();
        }
        Object it = getIter(iterable);
        PList out = new PList();
        Object v;
        while ((v = next(it)) != null) {
            out.append(v);
        }
        return out.toArray();
    }

    /** {@code item in container}. */
    @TruffleBoundary
    public static boolean contains(Object container, Object item) {
        if (!typeOf(container).isBuiltin() && (!(container instanceof dev.krait.runtime.PInstance) || builtinValue(container) != container)
                        && SpecialMethods.lookupUser(container, "__contains__") != null) {
            return isTrue(SpecialMethods.callMethod(container, "__contains__", item));
        }
        container = builtinValue(container);
        item = builtinValue(item);
        if (container instanceof byte[] bytes) {
            return bytesContain(bytes, item);
        }
        if (container instanceof PDict d) {
            return d.getStorage().containsKey(item);
        } else if (container instanceof PSet s) {
            return s.contains(item);
        } else if (container instanceof String s) {
            if (!(item instanceof String sub)) {
                throw PRaise.typeError(null, "'in <string>' requires string as left operand, not %s", typeName(item));
            }
            return Strings.containsStr(s, sub);
        } else if (container instanceof PList l) {
            for (int i = 0; i < l.size(); i++) {
                Object x = l.get(i);
                if (Comparison.eq(x, item)) {
                    return true;
                }
            }
            return false;
        } else if (container instanceof PTuple t) {
            for (Object x : t.getItems()) {
                if (Comparison.eq(x, item)) {
                    return true;
                }
            }
            return false;
        } else if (container instanceof PRange r) {
            if (item instanceof Long || item instanceof Boolean) {
                long v = Arithmetic.asLong(item);
                long n = r.length();
                if (n == 0) {
                    return false;
                }
                long offset = v - r.start;
                return offset % r.step == 0 && offset / r.step >= 0 && offset / r.step < n;
            }
        } else if (container instanceof PDictView v) {
            if (v.kind == Iterators.DictIterKind.KEYS) {
                return v.dict.getStorage().containsKey(item);
            }
        }
        Object special = SpecialMethods.lookupUser(container, "__contains__");
        if (special != null) {
            return isTrue(SpecialMethods.callMethod(container, "__contains__", item));
        }
        Object it;
        try {
            it = getIter(container);
        } catch (dev.krait.runtime.PException e) {
            if (e.getException().getPythonClass() == BuiltinClasses.TYPE_ERROR) {
                throw PRaise.typeError(null, "argument of type '%s' is not iterable", typeName(container));
            }
            throw e;
        }
        Object x;
        while ((x = next(it)) != null) {
            if (x == item || Comparison.eq(x, item)) {
                return true;
            }
        }
        return false;
    }

    private static boolean bytesContain(byte[] bytes, Object item) {
        if (item instanceof byte[] sub) {
            outer:
            for (int i = 0; i + sub.length <= bytes.length; i++) {
                for (int j = 0; j < sub.length; j++) {
                    if (bytes[i + j] != sub[j]) {
                        continue outer;
                    }
                }
                return true;
            }
            return false;
        }
        if (!isIndexable(item)) {
            throw PRaise.typeError(null, "a bytes-like object is required, not '%s'", typeName(item));
        }
        long v = toIndexValue(item);
        if (v < 0 || v > 255) {
            throw PRaise.valueError(null, "byte must be in range(0, 256)");
        }
        for (byte b : bytes) {
            if ((b & 0xff) == v) {
                return true;
            }
        }
        return false;
    }

    public static boolean isNotImplemented(Object o) {
        return o == PNotImplemented.INSTANCE;
    }

    public static boolean isException(Object o) {
        return o instanceof PBaseException;
    }
}
