package dev.krait.runtime;

/** A Python set or frozenset; the storage's values are unused. */
public final class PSet implements PyObject {
    private DictStorage storage;
    private final PythonClass pythonClass;

    public PSet(DictStorage storage, PythonClass pythonClass) {
        this.storage = storage;
        this.pythonClass = pythonClass;
    }

    public PSet() {
        this(new DictStorage(), BuiltinClasses.SET);
    }

    @Override
    public PythonClass getPythonClass() {
        return pythonClass;
    }

    public boolean isFrozen() {
        return pythonClass.isSubclassOf(BuiltinClasses.FROZENSET);
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

    public void add(Object value) {
        storage.put(value, Boolean.TRUE);
    }

    public boolean contains(Object value) {
        return storage.containsKey(value);
    }
}
