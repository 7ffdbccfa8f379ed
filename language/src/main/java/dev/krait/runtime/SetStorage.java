package dev.krait.runtime;

import java.util.Arrays;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * The hash table of a set or frozenset, laid out as CPython's setobject.c lays it out, so that iteration (which
 * walks the table in slot order) yields CPython's order: open addressing in a power-of-two table starting at 8
 * slots, each probe looking at a run of up to 10 neighbouring slots before jumping with the perturbed recurrence
 * {@code i = i*5 + 1 + perturb}; deleted slots become dummies that later insertions may reuse; the table grows
 * (to hold four times the live entries, twice beyond 50000) when live plus dummy slots reach 60%.
 *
 * <p>Iteration goes through {@link #limit()} and {@link #keyAt(int)} (null for an unused or deleted slot).
 */
public final class SetStorage {
    private static final int MIN_SIZE = 8;
    private static final int LINEAR_PROBES = 9;
    private static final int PERTURB_SHIFT = 5;
    /** Marks a deleted slot; it keeps probe chains through the slot intact. */
    private static final Object DUMMY = new Object();

    private Object[] keys;
    private long[] hashes;
    private int mask;
    /** Live plus dummy slots. */
    private int fill;
    /** Live slots. */
    private int used;
    /** Where set.pop() resumes its scan. */
    private int finger;

    public SetStorage() {
        keys = new Object[MIN_SIZE];
        hashes = new long[MIN_SIZE];
        mask = MIN_SIZE - 1;
    }

    public int size() {
        return used;
    }

    /** Number of slots; iteration visits positions [0, limit()). */
    public int limit() {
        return mask + 1;
    }

    /** The element in a slot, or null when the slot is unused or deleted. */
    public Object keyAt(int position) {
        Object k = keys[position];
        return k == DUMMY ? null : k;
    }

    public long hashAt(int position) {
        return hashes[position];
    }

    public boolean contains(Object key) {
        return find(key, Hashing.hash(key)) >= 0;
    }

    /**
     * find for an int element, without a boundary while the probe meets only ints: their equality cannot
     * run Python code. Any other colliding element takes the general path.
     */
    public int findLong(long key) {
        long hash = Hashing.hashLong(key);
        Object[] table = keys;
        int i = (int) (hash & mask);
        long perturb = hash;
        while (true) {
            int probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
            for (int j = i; j <= i + probes; j++) {
                Object k = table[j];
                if (k == null) {
                    return -1;
                }
                if (k != DUMMY && hashes[j] == hash) {
                    if (k instanceof Long l) {
                        if (l == key) {
                            return j;
                        }
                    } else {
                        return find(key, hash);
                    }
                }
            }
            perturb >>>= PERTURB_SHIFT;
            i = (int) ((i * 5L + 1 + perturb) & mask);
        }
    }

    /** add for an int element: the boundary-free probe first, the general insertion only when it is absent. */
    public boolean addLong(long key) {
        if (findLong(key) >= 0) {
            return false;
        }
        return add(key, Hashing.hashLong(key));
    }

    /** discard for an int element. */
    public boolean discardLong(long key) {
        int slot = findLong(key);
        if (slot < 0) {
            return false;
        }
        keys[slot] = DUMMY;
        hashes[slot] = -1;
        used--;
        return true;
    }

    /** The slot holding an element equal to {@code key}, or -1. */
    @TruffleBoundary
    public int find(Object key, long hash) {
        while (true) {
            Object[] table = keys;
            int i = (int) (hash & mask);
            long perturb = hash;
            while (true) {
                int probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
                for (int j = i; j <= i + probes; j++) {
                    Object k = table[j];
                    if (k == null) {
                        return -1;
                    }
                    if (k != DUMMY && hashes[j] == hash) {
                        if (k == key || Hashing.keysEqual(k, key)) {
                            return j;
                        }
                        if (table != keys || table[j] != k) {
                            break; // the comparison changed the set: start over
                        }
                    }
                }
                if (table != keys) {
                    break;
                }
                perturb >>>= PERTURB_SHIFT;
                i = (int) ((i * 5L + 1 + perturb) & mask);
            }
        }
    }

    public boolean add(Object key) {
        return add(key, Hashing.hash(key));
    }

    /** Adds the element unless an equal one is present; true when added. */
    @TruffleBoundary
    public boolean add(Object key, long hash) {
        restart: while (true) {
            Object[] table = keys;
            int i = (int) (hash & mask);
            long perturb = hash;
            int freeSlot = -1;
            while (true) {
                int probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
                for (int j = i; j <= i + probes; j++) {
                    Object k = table[j];
                    if (k == null) {
                        if (freeSlot >= 0) {
                            // Reuse the last deleted slot seen on the way (fill is unchanged: no resize check).
                            keys[freeSlot] = key;
                            hashes[freeSlot] = hash;
                            used++;
                            return true;
                        }
                        keys[j] = key;
                        hashes[j] = hash;
                        fill++;
                        used++;
                        if ((long) fill * 5 >= (long) mask * 3) {
                            resize(used > 50000 ? used * 2 : used * 4);
                        }
                        return true;
                    }
                    if (k == DUMMY) {
                        freeSlot = j;
                    } else if (hashes[j] == hash) {
                        if (k == key || Hashing.keysEqual(k, key)) {
                            return false;
                        }
                        if (table != keys || table[j] != k) {
                            continue restart;
                        }
                    }
                }
                perturb >>>= PERTURB_SHIFT;
                i = (int) ((i * 5L + 1 + perturb) & mask);
            }
        }
    }

    public boolean discard(Object key) {
        return discard(key, Hashing.hash(key));
    }

    /** Removes an element equal to {@code key}, leaving a dummy; true when one was present. */
    @TruffleBoundary
    public boolean discard(Object key, long hash) {
        int slot = find(key, hash);
        if (slot < 0) {
            return false;
        }
        keys[slot] = DUMMY;
        hashes[slot] = -1;
        used--;
        return true;
    }

    /** Removes and returns an arbitrary element (the next live slot from where the last pop stopped), or null. */
    @TruffleBoundary
    public Object pop() {
        if (used == 0) {
            return null;
        }
        int i = finger & mask;
        while (keys[i] == null || keys[i] == DUMMY) {
            i = i == mask ? 0 : i + 1;
        }
        Object key = keys[i];
        keys[i] = DUMMY;
        hashes[i] = -1;
        used--;
        finger = i + 1;
        return key;
    }

    public void clear() {
        keys = new Object[MIN_SIZE];
        hashes = new long[MIN_SIZE];
        mask = MIN_SIZE - 1;
        fill = 0;
        used = 0;
    }

    /** Rebuilds the table with the smallest size above {@code minUsed}, dropping dummies. */
    @TruffleBoundary
    private void resize(int minUsed) {
        int newSize = MIN_SIZE;
        while (newSize <= minUsed) {
            newSize <<= 1;
        }
        Object[] oldKeys = keys;
        long[] oldHashes = hashes;
        keys = new Object[newSize];
        hashes = new long[newSize];
        mask = newSize - 1;
        fill = used;
        for (int p = 0; p < oldKeys.length; p++) {
            Object k = oldKeys[p];
            if (k != null && k != DUMMY) {
                insertClean(k, oldHashes[p]);
            }
        }
    }

    /** Puts an element known to be absent into a table without dummies (fill and used are the caller's). */
    private void insertClean(Object key, long hash) {
        int i = (int) (hash & mask);
        long perturb = hash;
        while (true) {
            int probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
            for (int j = i; j <= i + probes; j++) {
                if (keys[j] == null) {
                    keys[j] = key;
                    hashes[j] = hash;
                    return;
                }
            }
            perturb >>>= PERTURB_SHIFT;
            i = (int) ((i * 5L + 1 + perturb) & mask);
        }
    }

    /** Adds every element of another set, as CPython's set_merge (used by update, union, copy and set(a_set)). */
    @TruffleBoundary
    public void addAll(SetStorage other) {
        if (other == this || other.used == 0) {
            return;
        }
        if ((long) (fill + other.used) * 5 >= (long) mask * 3) {
            resize((used + other.used) * 2);
        }
        if (fill == 0 && mask == other.mask && other.fill == other.used) {
            // Same size, no dummies: the layout carries over slot for slot.
            keys = other.keys.clone();
            hashes = other.hashes.clone();
            fill = other.fill;
            used = other.used;
            return;
        }
        if (fill == 0) {
            fill = other.used;
            used = other.used;
            for (int p = 0; p <= other.mask; p++) {
                Object k = other.keys[p];
                if (k != null && k != DUMMY) {
                    insertClean(k, other.hashes[p]);
                }
            }
            return;
        }
        for (int p = 0; p <= other.mask; p++) {
            Object k = other.keys[p];
            if (k != null && k != DUMMY) {
                add(k, other.hashes[p]);
            }
        }
    }

    /** Adds the keys of a dict, sized up front once as CPython does for set.update(a_dict). */
    @TruffleBoundary
    public void addAllKeys(DictStorage dict) {
        int n = dict.size();
        if ((long) (fill + n) * 5 >= (long) mask * 3) {
            resize((used + n) * 2);
        }
        for (int p = 0; p < dict.limit(); p++) {
            Object k = dict.keyAt(p);
            if (k != null) {
                add(k, dict.hashAt(p));
            }
        }
    }

    /** After bulk removals: drops the dummies when they take more than a quarter of the table. */
    @TruffleBoundary
    public void compactIfManyDummies() {
        if (fill - used > mask / 4) {
            resize(used > 50000 ? used * 2 : used * 4);
        }
    }

    public SetStorage copy() {
        SetStorage c = new SetStorage();
        c.addAll(this);
        return c;
    }

    /** Exchanges the tables of two sets (CPython's set_swap_bodies, used by the in-place intersections). */
    public void swapContents(SetStorage other) {
        Object[] k = keys;
        keys = other.keys;
        other.keys = k;
        long[] h = hashes;
        hashes = other.hashes;
        other.hashes = h;
        int m = mask;
        mask = other.mask;
        other.mask = m;
        int f = fill;
        fill = other.fill;
        other.fill = f;
        int u = used;
        used = other.used;
        other.used = u;
    }

    /** hash(frozenset): an order-independent mix of the element hashes, as CPython computes it. */
    @TruffleBoundary
    public long frozenSetHash() {
        long hash = 0;
        for (int p = 0; p <= mask; p++) {
            Object k = keys[p];
            if (k != null && k != DUMMY) {
                hash ^= shuffleBits(hashes[p]);
            }
        }
        hash ^= ((long) used + 1) * 1927868237L;
        hash ^= (hash >>> 11) ^ (hash >>> 25);
        hash = hash * 69069L + 907133923L;
        return hash == -1 ? 590923713L : hash;
    }

    private static long shuffleBits(long h) {
        return ((h ^ 89869747L) ^ (h << 16)) * 3644798167L;
    }

    /** The live elements in table order. */
    @TruffleBoundary
    public Object[] toArray() {
        Object[] out = new Object[used];
        int n = 0;
        for (int p = 0; p <= mask; p++) {
            Object k = keys[p];
            if (k != null && k != DUMMY) {
                out[n++] = k;
            }
        }
        return n == out.length ? out : Arrays.copyOf(out, n);
    }
}
