package dev.krait.runtime;

import java.util.Arrays;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** A Python list: a growable array of values. Callers check indices; this class only stores. */
public final class PList implements PyObject, HasDict {
    private Object[] items;
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

    public PList(Object[] items, int size, PythonClass pythonClass) {
        this.items = items;
        this.size = size;
        this.pythonClass = pythonClass;
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

    public Object get(int index) {
        return items[index];
    }

    public void set(int index, Object value) {
        items[index] = value;
    }

    public void append(Object value) {
        if (size == items.length) {
            grow(size + 1);
        }
        items[size++] = value;
    }

    @TruffleBoundary
    private void grow(int minCapacity) {
        items = Arrays.copyOf(items, Math.max(minCapacity, items.length + (items.length >> 1) + 4));
    }

    @TruffleBoundary
    public void insert(int index, Object value) {
        if (size == items.length) {
            grow(size + 1);
        }
        System.arraycopy(items, index, items, index + 1, size - index);
        items[index] = value;
        size++;
    }

    @TruffleBoundary
    public Object removeAt(int index) {
        Object v = items[index];
        System.arraycopy(items, index + 1, items, index, size - index - 1);
        items[--size] = null;
        return v;
    }

    @TruffleBoundary
    public void addAll(Object[] values, int count) {
        if (size + count > items.length) {
            grow(size + count);
        }
        System.arraycopy(values, 0, items, size, count);
        size += count;
    }

    /** Replaces elements [start, stop) with the given values (slice assignment with step 1). */
    @TruffleBoundary
    public void replaceRange(int start, int stop, Object[] values) {
        int removed = stop - start;
        int newSize = size - removed + values.length;
        if (newSize > items.length) {
            grow(newSize);
        }
        System.arraycopy(items, stop, items, start + values.length, size - stop);
        System.arraycopy(values, 0, items, start, values.length);
        for (int i = newSize; i < size; i++) {
            items[i] = null;
        }
        size = newSize;
    }

    public void clear() {
        items = new Object[4];
        size = 0;
    }

    /** A copy of the live elements. */
    @TruffleBoundary
    public Object[] toArray() {
        return Arrays.copyOf(items, size);
    }

    /** The backing array (live elements are [0, size)); for bulk readers such as sort. */
    public Object[] getBackingArray() {
        return items;
    }

    public void setContents(Object[] newItems, int newSize) {
        items = newItems;
        size = newSize;
    }
}
