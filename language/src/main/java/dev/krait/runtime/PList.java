package dev.krait.runtime;

import java.util.Arrays;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * A Python list. Its elements live in one of three stores, chosen by what they are (storage strategies, as in PyPy
 * and GraalPy): a {@code long[]} while every element is an int that fits in a long, a {@code double[]} while every
 * element is a float, otherwise an {@code Object[]}. Ints and floats are then stored without boxes: a million ints take
 * 8 MB, not 8 MB of references plus a box each, and storing one in compiled code allocates nothing. The first value of
 * another kind turns the store into an {@code Object[]} for good; an empty list takes the kind of its first element.
 * Callers check indices; this class only stores.
 */
public final class PList implements PyObject, HasDict {
    /** {@code long[]}, {@code double[]} or {@code Object[]}; elements [0, size) are live. */
    private Object store;
    private int size;
    private final PythonClass pythonClass;

    public PList() {
        this(new Object[4], 0);
    }

    public PList(Object[] items) {
        this(items, items.length);
    }

    public PList(Object[] items, int size) {
        this(items, size, BuiltinClasses.LIST);
    }

    /** A list of {@code items[0, size)}; takes the array (or, if its elements allow, a primitive copy of it). */
    public PList(Object[] items, int size, PythonClass pythonClass) {
        this.store = storeFor(items, size);
        this.size = size;
        this.pythonClass = pythonClass;
    }

    private PList(Object store, int size, PythonClass pythonClass, @SuppressWarnings("unused") boolean raw) {
        this.store = store;
        this.size = size;
        this.pythonClass = pythonClass;
    }

    /** A list of {@code count} copies of {@code value}, e.g. {@code [0] * n}. */
    public static PList filled(Object value, int count) {
        if (value instanceof Long v) {
            long[] a = new long[count];
            if (v != 0) {
                Arrays.fill(a, v);
            }
            return new PList(a, count, BuiltinClasses.LIST, true);
        } else if (value instanceof Double v) {
            double[] a = new double[count];
            Arrays.fill(a, v);
            return new PList(a, count, BuiltinClasses.LIST, true);
        }
        Object[] a = new Object[count];
        Arrays.fill(a, value);
        return new PList(a, count, BuiltinClasses.LIST, true);
    }

    /** The store for {@code items[0, size)}: a primitive copy when every element is a long or every one a double. */
    private static Object storeFor(Object[] items, int size) {
        if (size == 0) {
            return items;
        }
        if (items[0] instanceof Long) {
            long[] longs = new long[Math.max(items.length, 4)];
            for (int i = 0; i < size; i++) {
                if (!(items[i] instanceof Long v)) {
                    return items;
                }
                longs[i] = v;
            }
            return longs;
        } else if (items[0] instanceof Double) {
            double[] doubles = new double[Math.max(items.length, 4)];
            for (int i = 0; i < size; i++) {
                if (!(items[i] instanceof Double v)) {
                    return items;
                }
                doubles[i] = v;
            }
            return doubles;
        }
        return items;
    }

    /** Attributes of instances of user subclasses; null until one is set. */
    private PDict attributes;

    @Override
    public PythonClass getPythonClass() {
        return pythonClass;
    }

    @Override
    public PDict getDict(boolean create) {
        if (attributes == null && create) {
            attributes = new PDict();
        }
        return attributes;
    }

    public int size() {
        return size;
    }

    // ------------------------------------------------------------------ the store's kind (for specializations)

    public boolean isLongStore() {
        return store instanceof long[];
    }

    public boolean isDoubleStore() {
        return store instanceof double[];
    }

    public boolean isObjectStore() {
        return store instanceof Object[];
    }

    public long getLong(int index) {
        return ((long[]) store)[index];
    }

    public double getDouble(int index) {
        return ((double[]) store)[index];
    }

    public Object getObject(int index) {
        return ((Object[]) store)[index];
    }

    public void setLong(int index, long value) {
        ((long[]) store)[index] = value;
    }

    public void setDouble(int index, double value) {
        ((double[]) store)[index] = value;
    }

    // ------------------------------------------------------------------ elements as objects

    public Object get(int index) {
        Object s = store;
        if (s instanceof long[] longs) {
            return longs[index];
        } else if (s instanceof double[] doubles) {
            return doubles[index];
        }
        return ((Object[]) s)[index];
    }

    public void set(int index, Object value) {
        Object s = store;
        if (s instanceof long[] longs) {
            if (value instanceof Long v) {
                longs[index] = v;
                return;
            }
        } else if (s instanceof double[] doubles) {
            if (value instanceof Double v) {
                doubles[index] = v;
                return;
            }
        } else {
            ((Object[]) s)[index] = value;
            return;
        }
        toObjectStore()[index] = value;
    }

    public void append(Object value) {
        Object s = store;
        int n = size;
        if (s instanceof long[] longs && value instanceof Long v) {
            if (n == longs.length) {
                longs = growLongs(n + 1);
            }
            longs[n] = v;
        } else if (s instanceof double[] doubles && value instanceof Double v) {
            if (n == doubles.length) {
                doubles = growDoubles(n + 1);
            }
            doubles[n] = v;
        } else if (n == 0 && (value instanceof Long || value instanceof Double)) {
            startPrimitiveStore(value);
        } else {
            Object[] items = s instanceof Object[] objects ? objects : toObjectStore();
            if (n == items.length) {
                items = growObjects(n + 1);
            }
            items[n] = value;
        }
        size = n + 1;
    }

    /** The first element of an empty list chooses a primitive store. */
    private void startPrimitiveStore(Object first) {
        int capacity = Math.max(4, store instanceof Object[] objects ? objects.length : 4);
        if (first instanceof Long v) {
            long[] longs = new long[capacity];
            longs[0] = v;
            store = longs;
        } else {
            double[] doubles = new double[capacity];
            doubles[0] = (Double) first;
            store = doubles;
        }
    }

    private static int newCapacity(int length, int minCapacity) {
        return Math.max(minCapacity, length + (length >> 1) + 4);
    }

    @TruffleBoundary
    private long[] growLongs(int minCapacity) {
        long[] longs = (long[]) store;
        longs = Arrays.copyOf(longs, newCapacity(longs.length, minCapacity));
        store = longs;
        return longs;
    }

    @TruffleBoundary
    private double[] growDoubles(int minCapacity) {
        double[] doubles = (double[]) store;
        doubles = Arrays.copyOf(doubles, newCapacity(doubles.length, minCapacity));
        store = doubles;
        return doubles;
    }

    @TruffleBoundary
    private Object[] growObjects(int minCapacity) {
        Object[] items = (Object[]) store;
        items = Arrays.copyOf(items, newCapacity(items.length, minCapacity));
        store = items;
        return items;
    }

    /** Generalizes the store to objects (for good) and returns it. */
    private Object[] toObjectStore() {
        Object s = store;
        if (s instanceof Object[] objects) {
            return objects;
        }
        Object[] objects = boxAll(s, Math.max(4, size));
        store = objects;
        return objects;
    }

    @TruffleBoundary
    private Object[] boxAll(Object s, int capacity) {
        Object[] objects = new Object[capacity];
        if (s instanceof long[] longs) {
            for (int i = 0; i < size; i++) {
                objects[i] = longs[i];
            }
        } else {
            double[] doubles = (double[]) s;
            for (int i = 0; i < size; i++) {
                objects[i] = doubles[i];
            }
        }
        return objects;
    }

    // ------------------------------------------------------------------ bulk operations (behind boundaries)

    @TruffleBoundary
    public void insert(int index, Object value) {
        if (size == 0 && index == 0) {
            append(value);
            return;
        }
        Object[] items = toObjectStoreUnlessFits(value);
        if (items == null) {
            // value fits the primitive store: open a gap there
            append(value);
            Object s = store;
            System.arraycopy(s, index, s, index + 1, size - 1 - index);
            set(index, value);
            return;
        }
        if (size == items.length) {
            items = growObjects(size + 1);
        }
        System.arraycopy(items, index, items, index + 1, size - index);
        items[index] = value;
        size++;
    }

    /** Null if {@code value} can be stored in the current primitive store; the object store otherwise. */
    private Object[] toObjectStoreUnlessFits(Object value) {
        if ((store instanceof long[] && value instanceof Long) || (store instanceof double[] && value instanceof Double)) {
            return null;
        }
        return toObjectStore();
    }

    @TruffleBoundary
    public Object removeAt(int index) {
        Object v = get(index);
        Object s = store;
        System.arraycopy(s, index + 1, s, index, size - index - 1);
        size--;
        if (s instanceof Object[] objects) {
            objects[size] = null;
        }
        return v;
    }

    @TruffleBoundary
    public void addAll(Object[] values, int count) {
        for (int i = 0; i < count; i++) {
            append(values[i]);
        }
    }

    /** Appends the elements of {@code other} (which may be this list). */
    @TruffleBoundary
    public void addAll(PList other) {
        int count = other.size;
        if (count == 0) {
            return;
        }
        if (size == 0 || store.getClass() == other.store.getClass()) {
            if (size == 0) {
                Object o = other.store;
                store = o instanceof long[] ? new long[count + 4] : o instanceof double[] ? new double[count + 4] : new Object[count + 4];
            }
            Object s = ensureCapacity(size + count);
            System.arraycopy(other.store, 0, s, size, count);
            size += count;
            return;
        }
        addAll(other.toArray(), count);
    }

    private Object ensureCapacity(int capacity) {
        Object s = store;
        if (s instanceof long[] longs) {
            return capacity > longs.length ? growLongs(capacity) : longs;
        } else if (s instanceof double[] doubles) {
            return capacity > doubles.length ? growDoubles(capacity) : doubles;
        }
        Object[] objects = (Object[]) s;
        return capacity > objects.length ? growObjects(capacity) : objects;
    }

    /** Replaces elements [start, stop) with the given values (slice assignment with step 1). */
    @TruffleBoundary
    public void replaceRange(int start, int stop, Object[] values) {
        Object[] items = toObjectStore();
        int removed = stop - start;
        int newSize = size - removed + values.length;
        if (newSize > items.length) {
            items = growObjects(newSize);
        }
        System.arraycopy(items, stop, items, start + values.length, size - stop);
        System.arraycopy(values, 0, items, start, values.length);
        for (int i = newSize; i < size; i++) {
            items[i] = null;
        }
        size = newSize;
    }

    /** Reverses the elements in place. */
    @TruffleBoundary
    public void reverse() {
        for (int i = 0, j = size - 1; i < j; i++, j--) {
            Object t = get(i);
            set(i, get(j));
            set(j, t);
        }
    }

    public void clear() {
        store = new Object[4];
        size = 0;
    }

    /** A copy of the live elements. */
    @TruffleBoundary
    public Object[] toArray() {
        Object s = store;
        if (s instanceof Object[] objects) {
            return Arrays.copyOf(objects, size);
        }
        return boxAll(s, size);
    }

    /** The live elements as a {@code long[]} copy, if the list stores longs; null otherwise (for sort). */
    @TruffleBoundary
    public long[] toLongArray() {
        return store instanceof long[] longs ? Arrays.copyOf(longs, size) : null;
    }

    /** Replaces the contents with {@code newItems[0, newSize)} (the list takes the array). */
    public void setContents(Object[] newItems, int newSize) {
        store = storeFor(newItems, newSize);
        size = newSize;
    }

    /** Replaces the contents with {@code longs[0, newSize)} (the list takes the array). */
    public void setContents(long[] longs, int newSize) {
        store = longs;
        size = newSize;
    }
}
