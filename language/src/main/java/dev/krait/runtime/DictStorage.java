package dev.krait.runtime;

import java.util.Arrays;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * An insertion-ordered hash table like CPython's compact dict: entries (hash, key, value) in insertion order, plus a
 * sparse open-addressing index into them. Deleted entries keep their slot (key null) until the next resize.
 * Used by dicts, sets (values unused) and keyword-argument maps.
 */
public final class DictStorage {
    private static final int EMPTY = -1;
    private static final int DUMMY = -2;

    private int[] index;
    private long[] hashes;
    private Object[] keys;
    private Object[] values;
    /** Entries in use including deleted ones. */
    private int fill;
    /** Live entries. */
    private int size;
    /** Bumped on every insertion or deletion, so iterators notice changes of size. */
    private int version;

    public DictStorage() {
        this(8);
    }

    public DictStorage(int capacity) {
        int entries = Math.max(capacity, 4);
        keys = new Object[entries];
        values = new Object[entries];
        hashes = new long[entries];
        index = newIndex(entries);
    }

    private static int[] newIndex(int entries) {
        int n = 8;
        while (n < entries * 3 / 2 + 1) {
            n <<= 1;
        }
        int[] idx = new int[n];
        Arrays.fill(idx, EMPTY);
        return idx;
    }

    public int size() {
        return size;
    }

    public int version() {
        return version;
    }

    /** Entry capacity: iteration visits positions [0, limit()). */
    public int limit() {
        return fill;
    }

    /** The key at an entry position, or null for a deleted entry. */
    public Object keyAt(int position) {
        return keys[position];
    }

    public Object valueAt(int position) {
        return values[position];
    }

    public void setValueAt(int position, Object value) {
        values[position] = value;
    }

    /**
     * The entry index of {@code key}, or -1. Str and int keys probe without a boundary while every colliding key is
     * of the same kind (their equality cannot run Python code); any other key takes the general path.
     */
    public int find(Object key, long hash) {
        if (key instanceof String s) {
            return findStr(s, hash);
        } else if (key instanceof Long l) {
            return findLong(l, hash);
        }
        return findGeneric(key, hash);
    }

    private int findStr(String key, long hash) {
        int mask = index.length - 1;
        int i = (int) (hash & mask);
        long perturb = hash;
        while (true) {
            int ix = index[i];
            if (ix == EMPTY) {
                return -1;
            }
            if (ix >= 0 && hashes[ix] == hash) {
                if (!(keys[ix] instanceof String k)) {
                    return findGeneric(key, hash);
                }
                if (k == key || k.equals(key)) {
                    return ix;
                }
            }
            perturb >>>= 5;
            i = (int) ((i * 5L + perturb + 1) & mask);
        }
    }

    private int findLong(long key, long hash) {
        int mask = index.length - 1;
        int i = (int) (hash & mask);
        long perturb = hash;
        while (true) {
            int ix = index[i];
            if (ix == EMPTY) {
                return -1;
            }
            if (ix >= 0 && hashes[ix] == hash) {
                if (!(keys[ix] instanceof Long k)) {
                    return findGeneric(key, hash);
                }
                if (k == key) {
                    return ix;
                }
            }
            perturb >>>= 5;
            i = (int) ((i * 5L + perturb + 1) & mask);
        }
    }

    @TruffleBoundary
    private int findGeneric(Object key, long hash) {
        int mask = index.length - 1;
        int i = (int) (hash & mask);
        long perturb = hash;
        while (true) {
            int ix = index[i];
            if (ix == EMPTY) {
                return -1;
            }
            if (ix >= 0 && hashes[ix] == hash) {
                Object k = keys[ix];
                if (k == key || Hashing.keysEqual(k, key)) {
                    return ix;
                }
            }
            perturb >>>= 5;
            i = (int) ((i * 5L + perturb + 1) & mask);
        }
    }

    public Object get(Object key) {
        int pos = find(key, Hashing.hash(key));
        return pos < 0 ? null : values[pos];
    }

    public Object get(Object key, long hash) {
        int pos = find(key, hash);
        return pos < 0 ? null : values[pos];
    }

    public boolean containsKey(Object key) {
        return find(key, Hashing.hash(key)) >= 0;
    }

    public void put(Object key, Object value) {
        put(key, Hashing.hash(key), value);
    }

    @TruffleBoundary
    public void put(Object key, long hash, Object value) {
        int pos = find(key, hash);
        if (pos >= 0) {
            values[pos] = value;
            return;
        }
        if (fill == keys.length) {
            resize(size * 2 + 4);
        }
        keys[fill] = key;
        values[fill] = value;
        hashes[fill] = hash;
        insertIndex(hash, fill);
        fill++;
        size++;
        version++;
    }

    private void insertIndex(long hash, int entry) {
        int mask = index.length - 1;
        int i = (int) (hash & mask);
        long perturb = hash;
        while (index[i] >= 0) {
            perturb >>>= 5;
            i = (int) ((i * 5L + perturb + 1) & mask);
        }
        index[i] = entry;
    }

    /** Removes the key; returns its value or null when absent. */
    @TruffleBoundary
    public Object remove(Object key, long hash) {
        int mask = index.length - 1;
        int i = (int) (hash & mask);
        long perturb = hash;
        while (true) {
            int ix = index[i];
            if (ix == EMPTY) {
                return null;
            }
            if (ix >= 0 && hashes[ix] == hash && (keys[ix] == key || Hashing.keysEqual(keys[ix], key))) {
                Object old = values[ix];
                index[i] = DUMMY;
                keys[ix] = null;
                values[ix] = null;
                size--;
                version++;
                return old;
            }
            perturb >>>= 5;
            i = (int) ((i * 5L + perturb + 1) & mask);
        }
    }

    public Object remove(Object key) {
        return remove(key, Hashing.hash(key));
    }

    /** Removes and returns the position of the last live entry (for popitem), or -1 when empty. */
    public int lastPosition() {
        for (int p = fill - 1; p >= 0; p--) {
            if (keys[p] != null) {
                return p;
            }
        }
        return -1;
    }

    public void clear() {
        keys = new Object[4];
        values = new Object[4];
        hashes = new long[4];
        index = newIndex(4);
        fill = 0;
        size = 0;
        version++;
    }

    @TruffleBoundary
    private void resize(int capacity) {
        Object[] oldKeys = keys;
        Object[] oldValues = values;
        long[] oldHashes = hashes;
        int oldFill = fill;
        keys = new Object[capacity];
        values = new Object[capacity];
        hashes = new long[capacity];
        index = newIndex(capacity);
        fill = 0;
        for (int p = 0; p < oldFill; p++) {
            if (oldKeys[p] != null) {
                keys[fill] = oldKeys[p];
                values[fill] = oldValues[p];
                hashes[fill] = oldHashes[p];
                insertIndex(oldHashes[p], fill);
                fill++;
            }
        }
    }

    public DictStorage copy() {
        DictStorage c = new DictStorage(Math.max(size, 4));
        for (int p = 0; p < fill; p++) {
            if (keys[p] != null) {
                c.put(keys[p], hashes[p], values[p]);
            }
        }
        return c;
    }

    public long hashAt(int position) {
        return hashes[position];
    }
}
