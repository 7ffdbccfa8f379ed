package dev.krait.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** The iterators of the builtin containers. */
public final class Iterators {
    private Iterators() {
    }

    public static final class ListIterator extends PIterator {
        private final PList list;
        private int index;

        public ListIterator(PList list) {
            this.list = list;
        }

        @Override
        public PythonClass getPythonClass() {
            return BuiltinClasses.LIST_ITERATOR;
        }

        @Override
        public Object next() {
            if (index < list.size()) {
                return list.get(index++);
            }
            index = Integer.MAX_VALUE;
            return null;
        }
    }

    /** Iterates a fixed array: tuples, and snapshots taken by builtins. */
    public static final class ArrayIterator extends PIterator {
        private final Object[] items;
        private final int size;
        private int index;
        private final PythonClass pythonClass;

        public ArrayIterator(Object[] items, int size, PythonClass pythonClass) {
            this.items = items;
            this.size = size;
            this.pythonClass = pythonClass;
        }

        public ArrayIterator(Object[] items) {
            this(items, items.length, BuiltinClasses.TUPLE_ITERATOR);
        }

        @Override
        public PythonClass getPythonClass() {
            return pythonClass;
        }

        @Override
        public Object next() {
            return index < size ? items[index++] : null;
        }
    }

    public static final class RangeIterator extends PIterator {
        private long next;
        private final long step;
        private long remaining;

        public RangeIterator(PRange range) {
            this.next = range.start;
            this.step = range.step;
            this.remaining = range.length();
        }

        @Override
        public PythonClass getPythonClass() {
            return BuiltinClasses.RANGE_ITERATOR;
        }

        @Override
        public Object next() {
            if (remaining <= 0) {
                return null;
            }
            remaining--;
            long v = next;
            next += step;
            return v;
        }

        /** For loops over ranges: the remaining count and the next value without boxing. */
        public long remaining() {
            return remaining;
        }

        public long nextLong() {
            remaining--;
            long v = next;
            next += step;
            return v;
        }
    }

    /** Iterates a str by code point. */
    public static final class StrIterator extends PIterator {
        private final String s;
        private int index;

        public StrIterator(String s) {
            this.s = s;
        }

        @Override
        public PythonClass getPythonClass() {
            return BuiltinClasses.STR_ITERATOR;
        }

        @Override
        @TruffleBoundary
        public Object next() {
            if (index >= s.length()) {
                return null;
            }
            int cp = s.codePointAt(index);
            int n = Character.charCount(cp);
            String r = s.substring(index, index + n);
            index += n;
            return r;
        }
    }

    public enum DictIterKind {
        KEYS, VALUES, ITEMS
    }

    /** Iterates a dict's keys, values or items (and set elements), failing if the size changes meanwhile. */
    public static final class DictIterator extends PIterator {
        private final DictStorage storage;
        private final DictIterKind kind;
        private final int expectedSize;
        private int position;
        private final boolean isSet;

        public DictIterator(DictStorage storage, DictIterKind kind, boolean isSet) {
            this.storage = storage;
            this.kind = kind;
            this.expectedSize = storage.size();
            this.isSet = isSet;
        }

        @Override
        public PythonClass getPythonClass() {
            if (isSet) {
                return BuiltinClasses.SET_ITERATOR;
            }
            return switch (kind) {
                case KEYS -> BuiltinClasses.DICT_KEYITERATOR;
                case VALUES -> BuiltinClasses.DICT_VALUEITERATOR;
                case ITEMS -> BuiltinClasses.DICT_ITEMITERATOR;
            };
        }

        @Override
        public Object next() {
            if (storage.size() != expectedSize) {
                position = Integer.MAX_VALUE;
                throw PRaise.error(null, BuiltinClasses.RUNTIME_ERROR, isSet ? "Set changed size during iteration" : "dictionary changed size during iteration");
            }
            while (position < storage.limit()) {
                int p = position++;
                Object key = storage.keyAt(p);
                if (key != null) {
                    return switch (kind) {
                        case KEYS -> key;
                        case VALUES -> storage.valueAt(p);
                        case ITEMS -> PTuple.of(key, storage.valueAt(p));
                    };
                }
            }
            return null;
        }
    }
}
