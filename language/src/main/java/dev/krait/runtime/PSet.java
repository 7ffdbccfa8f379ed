package dev.krait.runtime;

/** A Python set or frozenset. Its table is laid out as CPython's, so iteration order matches CPython's. */
public final class PSet implements PyObject {
    private SetStorage storage;
    private final PythonClass pythonClass;

    public PSet(SetStorage storage, PythonClass pythonClass) {
        this.storage = storage;
        this.pythonClass = pythonClass;
    }

    public PSet() {
        this(new SetStorage(), BuiltinClasses.SET);
    }

    /** An empty set or frozenset of the given class. */
    public PSet(PythonClass pythonClass) {
        this(new SetStorage(), pythonClass);
    }

    @Override
    public PythonClass getPythonClass() {
        return pythonClass;
    }

    public boolean isFrozen() {
        return pythonClass.isSubclassOf(BuiltinClasses.FROZENSET);
    }

    public SetStorage getStorage() {
        return storage;
    }

    public void setStorage(SetStorage storage) {
        this.storage = storage;
    }

    public int size() {
        return storage.size();
    }

    public void add(Object value) {
        storage.add(value);
    }

    public boolean contains(Object value) {
        return storage.find(value, lookupHash(value)) >= 0;
    }

    /** The hash to look an element up by: a (mutable, unhashable) set is looked up as the equal frozenset. */
    public static long lookupHash(Object key) {
        if (key instanceof PSet s && !s.isFrozen()) {
            return s.storage.frozenSetHash();
        }
        return Hashing.hash(key);
    }

    /**
     * A set display made only of constants, e.g. {@code {16, 1, 2}}: CPython 3.11 compiles one with more than two
     * elements to a frozenset constant merged into a new empty set, which can lay the table out differently (and
     * so iterate in a different order) than adding the elements one by one.
     */
    public static PSet fromConstantDisplay(Object[] constants) {
        SetStorage folded = new SetStorage();
        for (Object c : constants) {
            folded.add(c);
        }
        if (constants.length <= 2) {
            return new PSet(folded, BuiltinClasses.SET);
        }
        SetStorage result = new SetStorage();
        result.addAll(folded);
        return new PSet(result, BuiltinClasses.SET);
    }
}
