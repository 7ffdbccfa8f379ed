package dev.krait.runtime;

/** A Python dict (insertion-ordered). */
public final class PDict implements PyObject, HasDict {
    private DictStorage storage;
    private final PythonClass pythonClass;

    public PDict() {
        this(new DictStorage(), BuiltinClasses.DICT);
    }

    public PDict(DictStorage storage) {
        this(storage, BuiltinClasses.DICT);
    }

    public PDict(DictStorage storage, PythonClass pythonClass) {
        this.storage = storage;
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

    public DictStorage getStorage() {
        return storage;
    }

    public void setStorage(DictStorage storage) {
        this.storage = storage;
    }

    public int size() {
        return storage.size();
    }

    public Object get(Object key) {
        return storage.get(key);
    }

    public void put(Object key, Object value) {
        storage.put(key, value);
    }
}
