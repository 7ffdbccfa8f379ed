package dev.krait.runtime;

/** Iterates a set in table order; fails if the set's size changes meanwhile, as CPython's set iterator does. */
public final class SetIterator extends PIterator {
    private final PSet set;
    private final int expectedSize;
    private int position;
    private boolean exhausted;

    public SetIterator(PSet set) {
        this.set = set;
        this.expectedSize = set.size();
    }

    @Override
    public PythonClass getPythonClass() {
        return BuiltinClasses.SET_ITERATOR;
    }

    @Override
    public Object next() {
        if (exhausted) {
            return null;
        }
        if (set.size() != expectedSize) {
            exhausted = true;
            throw PRaise.error(null, BuiltinClasses.RUNTIME_ERROR, "Set changed size during iteration");
        }
        SetStorage storage = set.getStorage();
        int limit = storage.limit();
        while (position < limit) {
            Object key = storage.keyAt(position++);
            if (key != null) {
                return key;
            }
        }
        exhausted = true;
        return null;
    }

    /** How many elements are left (for __length_hint__). */
    public int remaining() {
        if (exhausted) {
            return 0;
        }
        int n = 0;
        SetStorage storage = set.getStorage();
        for (int p = position; p < storage.limit(); p++) {
            if (storage.keyAt(p) != null) {
                n++;
            }
        }
        return n;
    }
}
