package dev.krait.ops;

import java.util.Arrays;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.krait.ast.CompareOperator;
import dev.krait.runtime.BuiltinClasses;
import dev.krait.runtime.PList;
import dev.krait.runtime.PNone;
import dev.krait.runtime.PRaise;
import dev.krait.runtime.PTuple;

/**
 * list.sort() and sorted(): a stable sort that, like CPython's, asks only {@code a < b}. Exceptions raised by key
 * functions or comparisons propagate unchanged. Lists of only ints, only floats or only strs take a Java sort with
 * the same result.
 */
public final class Sorting {
    private Sorting() {
    }

    /** Sorts the list in place; during the sort the list looks empty, and changing it is an error afterwards. */
    @TruffleBoundary
    public static void sortList(PList list, Object key, boolean reverse) {
        int n = list.size();
        long[] longs = key == PNone.NONE || key == PNone.NO_VALUE ? list.toLongArray() : null;
        if (longs != null) {
            // Equal ints are indistinguishable, so an unstable primitive sort gives the same list.
            java.util.Arrays.sort(longs, 0, n);
            if (reverse) {
                for (int i = 0, j = n - 1; i < j; i++, j--) {
                    long t = longs[i];
                    longs[i] = longs[j];
                    longs[j] = t;
                }
            }
            list.setContents(longs, n);
            return;
        }
        Object[] items = list.toArray();
        list.setContents(new Object[4], 0);
        boolean modified;
        try {
            sort(items, key, reverse);
        } finally {
            // An exception from a key or a comparison wins over the modification check, as in CPython.
            modified = list.size() != 0;
            list.setContents(items, n);
        }
        if (modified) {
            throw PRaise.valueError(null, "list modified during sort");
        }
    }

    /** Sorts the array in place, stably; {@code key} is None or a callable. */
    @TruffleBoundary
    public static void sort(Object[] items, Object key, boolean reverse) {
        if (items.length < 2) {
            return;
        }
        Object[] keys = items;
        if (key != PNone.NONE && key != PNone.NO_VALUE) {
            keys = new Object[items.length];
            for (int i = 0; i < items.length; i++) {
                keys[i] = Calls.callUncached(key, items[i]);
            }
        }
        if (reverse) {
            // Reversing before and after keeps equal elements in their original order, as CPython does.
            reverse(items);
            if (keys != items) {
                reverse(keys);
            }
        }
        if (keys != items && sortByHomogeneousKeys(items, keys)) {
            // done
        } else if (keys != items || !sortHomogeneous(items)) {
            int[] perm = mergeSort(keys);
            Object[] sortedItems = new Object[items.length];
            for (int i = 0; i < perm.length; i++) {
                sortedItems[i] = items[perm[i]];
            }
            System.arraycopy(sortedItems, 0, items, 0, items.length);
        }
        if (reverse) {
            reverse(items);
        }
    }

    private static void reverse(Object[] a) {
        for (int i = 0, j = a.length - 1; i < j; i++, j--) {
            Object t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }

    /** Sorts all-int (long), all-float (no NaN) or all-str arrays directly; false when the array is mixed. */
    private static boolean sortHomogeneous(Object[] items) {
        Class<?> first = items[0].getClass();
        if (first != Long.class && first != Double.class && first != String.class) {
            return false;
        }
        for (Object o : items) {
            if (o.getClass() != first || (o instanceof Double d && Double.isNaN(d))) {
                return false;
            }
        }
        if (first == Long.class) {
            long[] values = new long[items.length];
            for (int i = 0; i < values.length; i++) {
                values[i] = (Long) items[i];
            }
            Arrays.sort(values);
            for (int i = 0; i < values.length; i++) {
                items[i] = values[i];
            }
        } else if (first == Double.class) {
            // Not Double.compare: -0.0 and 0.0 are equal in Python and must keep their order.
            Arrays.sort(items, (a, b) -> {
                double x = (Double) a;
                double y = (Double) b;
                return x < y ? -1 : (x > y ? 1 : 0);
            });
        } else {
            Arrays.sort(items, (a, b) -> Comparison.compareStrings((String) a, (String) b));
        }
        return true;
    }

    /** With keys that are all ints, all floats (no NaN) or all strs: a stable Java sort of the items by key. */
    private static boolean sortByHomogeneousKeys(Object[] items, Object[] keys) {
        Class<?> first = keys[0].getClass();
        if (first != Long.class && first != Double.class && first != String.class) {
            return false;
        }
        for (Object k : keys) {
            if (k.getClass() != first || (k instanceof Double d && Double.isNaN(d))) {
                return false;
            }
        }
        Integer[] order = new Integer[items.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        // Arrays.sort on objects is a stable merge sort (TimSort).
        if (first == Long.class) {
            Arrays.sort(order, (a, b) -> Long.compare((Long) keys[a], (Long) keys[b]));
        } else if (first == Double.class) {
            Arrays.sort(order, (a, b) -> {
                double x = (Double) keys[a];
                double y = (Double) keys[b];
                return x < y ? -1 : (x > y ? 1 : 0);
            });
        } else {
            Arrays.sort(order, (a, b) -> Comparison.compareStrings((String) keys[a], (String) keys[b]));
        }
        Object[] sorted = new Object[items.length];
        for (int i = 0; i < order.length; i++) {
            sorted[i] = items[order[i]];
        }
        System.arraycopy(sorted, 0, items, 0, items.length);
        return true;
    }

    private static boolean lessThan(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) {
            return x < y;
        }
        if (a instanceof PTuple ta && b instanceof PTuple tb) {
            int order = compareSimpleTuples(ta, tb);
            if (order != NOT_SIMPLE) {
                return order < 0;
            }
        }
        Object r = Comparison.richCompare(CompareOperator.LT, a, b);
        return r instanceof Boolean bool ? bool : PyObjectOps.isTrue(r);
    }

    private static final int NOT_SIMPLE = 2;

    /**
     * Tuples (exactly tuple) compared as Python does, when every pair of elements looked at is two ints or two strs:
     * -1, 0 or 1; NOT_SIMPLE when another pair comes up (then the general comparison decides).
     */
    private static int compareSimpleTuples(PTuple a, PTuple b) {
        if (a.getPythonClass() != BuiltinClasses.TUPLE || b.getPythonClass() != BuiltinClasses.TUPLE) {
            return NOT_SIMPLE;
        }
        int n = Math.min(a.size(), b.size());
        for (int i = 0; i < n; i++) {
            Object x = a.get(i);
            Object y = b.get(i);
            if (x instanceof Long lx && y instanceof Long ly) {
                if (lx.longValue() != ly.longValue()) {
                    return lx < ly ? -1 : 1;
                }
            } else if (x instanceof String sx && y instanceof String sy) {
                int c = Comparison.compareStrings(sx, sy);
                if (c != 0) {
                    return c < 0 ? -1 : 1;
                }
            } else {
                return NOT_SIMPLE;
            }
        }
        return Integer.compare(a.size(), b.size());
    }

    /** Stable merge sort of the keys using only '<'; returns the permutation (original indices in sorted order). */
    private static int[] mergeSort(Object[] keys) {
        int n = keys.length;
        int[] idx = new int[n];
        for (int i = 0; i < n; i++) {
            idx[i] = i;
        }
        int[] tmp = new int[n];
        // Bottom-up: binary insertion sort of small runs, then merges of doubling width.
        final int run = 16;
        for (int lo = 0; lo < n; lo += run) {
            insertionSort(keys, idx, lo, Math.min(lo + run, n));
        }
        for (int width = run; width < n; width *= 2) {
            for (int lo = 0; lo < n - width; lo += 2 * width) {
                merge(keys, idx, tmp, lo, lo + width, Math.min(lo + 2 * width, n));
            }
        }
        return idx;
    }

    private static void insertionSort(Object[] keys, int[] idx, int lo, int hi) {
        for (int i = lo + 1; i < hi; i++) {
            int current = idx[i];
            Object k = keys[current];
            // Binary search for the first position whose key is greater than k (after equal ones: stable).
            int left = lo;
            int right = i;
            while (left < right) {
                int mid = (left + right) >>> 1;
                if (lessThan(k, keys[idx[mid]])) {
                    right = mid;
                } else {
                    left = mid + 1;
                }
            }
            System.arraycopy(idx, left, idx, left + 1, i - left);
            idx[left] = current;
        }
    }

    private static void merge(Object[] keys, int[] idx, int[] tmp, int lo, int mid, int hi) {
        // Already in order: nothing to merge.
        if (!lessThan(keys[idx[mid]], keys[idx[mid - 1]])) {
            return;
        }
        System.arraycopy(idx, lo, tmp, lo, hi - lo);
        int i = lo;
        int j = mid;
        int k = lo;
        while (i < mid && j < hi) {
            if (lessThan(keys[tmp[j]], keys[tmp[i]])) {
                idx[k++] = tmp[j++];
            } else {
                idx[k++] = tmp[i++];
            }
        }
        while (i < mid) {
            idx[k++] = tmp[i++];
        }
        while (j < hi) {
            idx[k++] = tmp[j++];
        }
    }
}
