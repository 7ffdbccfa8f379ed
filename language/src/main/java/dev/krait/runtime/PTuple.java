package dev.krait.runtime;

/** A Python tuple: an immutable array of values. */
public final class PTuple implements PyObject {
    public static final PTuple EMPTY = new PTuple(new Object[0]);

    private final Object[] items;

    public PTuple(Object[] items) {
        this.items = items;
    }

    public static PTuple of(Object... items) {
        return new PTuple(items);
    }

    @Override
    public PythonClass getPythonClass() {
        return BuiltinClasses.TUPLE;
    }

    public int size() {
        return items.length;
    }

    public Object get(int index) {
        return items[index];
    }

    /** The backing array: never modify it. */
    public Object[] getItems() {
        return items;
    }
}
