package dev.krait.runtime;

/** A Python tuple: an immutable array of values. */
public final class PTuple implements PyObject, HasDict {
    public static final PTuple EMPTY = new PTuple(new Object[0]);

    private final Object[] items;
    private final PythonClass pythonClass;
    /** Attributes of instances of user subclasses; null until one is set. */
    private PDict attributes;

    public PTuple(Object[] items) {
        this(items, BuiltinClasses.TUPLE);
    }

    public PTuple(Object[] items, PythonClass pythonClass) {
        this.items = items;
        this.pythonClass = pythonClass;
    }

    @Override
    public PDict getDict(boolean create) {
        if (attributes == null && create) {
            attributes = new PDict();
        }
        return attributes;
    }

    public static PTuple of(Object... items) {
        return new PTuple(items);
    }

    @Override
    public PythonClass getPythonClass() {
        return pythonClass;
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
