package dev.krait.runtime;

/** A Python dict (insertion-ordered). */
public final class PDict implements PyObject {
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

    @Override
    public PythonClass getPythonClass() {
        return pythonClass;
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
