package dev.krait.builtins;

import java.math.BigInteger;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.krait.ops.Arithmetic;
import dev.krait.ops.Calls;
import dev.krait.ops.Comparison;
import dev.krait.ops.Items;
import dev.krait.ops.PyObjectOps;
import dev.krait.runtime.BuiltinClasses;
import dev.krait.runtime.PException;
import dev.krait.runtime.PIterator;
import dev.krait.runtime.PList;
import dev.krait.runtime.PNone;
import dev.krait.runtime.PRaise;
import dev.krait.runtime.PTuple;
import dev.krait.runtime.PythonClass;

/** The lazy iterators that builtins return: enumerate, zip, map, filter, reversed and iter(callable, sentinel). */
public final class BuiltinIterators {
    private BuiltinIterators() {
    }

    /** enumerate(iterable, start): (count, value) pairs. */
    public static final class Enumerate extends PIterator {
        private final Object iterator;
        private long count;
        /** Used instead of {@link #count} once the count leaves the long range (or starts outside it). */
        private BigInteger bigCount;

        public Enumerate(Object iterator, Object start) {
            this.iterator = iterator;
            if (start instanceof BigInteger b) {
                bigCount = b;
            } else {
                count = Arithmetic.asLong(start);
            }
        }

        @Override
        public PythonClass getPythonClass() {
            return BuiltinClasses.ENUMERATE;
        }

        @Override
        @TruffleBoundary
        public Object next() {
            Object value = PyObjectOps.next(iterator);
            if (value == null) {
                return null;
            }
            Object index;
            if (bigCount == null) {
                index = count;
                if (count == Long.MAX_VALUE) {
                    bigCount = BigInteger.valueOf(count).add(BigInteger.ONE);
                } else {
                    count++;
                }
            } else {
                index = Arithmetic.normalize(bigCount);
                bigCount = bigCount.add(BigInteger.ONE);
            }
            return new PTuple(new Object[]{index, value});
        }
    }

    /** zip(*iterables, strict=False). */
    public static final class Zip extends PIterator {
        private final Object[] iterators;
        private final boolean strict;
        private boolean exhausted;

        public Zip(Object[] iterators, boolean strict) {
            this.iterators = iterators;
            this.strict = strict;
        }

        @Override
        public PythonClass getPythonClass() {
            return BuiltinClasses.ZIP;
        }

        @Override
        @TruffleBoundary
        public Object next() {
            if (exhausted || iterators.length == 0) {
                return null;
            }
            Object[] values = new Object[iterators.length];
            for (int i = 0; i < iterators.length; i++) {
                Object v = PyObjectOps.next(iterators[i]);
                if (v == null) {
                    exhausted = true;
                    if (strict) {
                        checkStrict(i);
                    }
                    return null;
                }
                values[i] = v;
            }
            return new PTuple(values);
        }

        /** Iterator {@code i} ran out: with strict=True, all must have run out at the same time. */
        private void checkStrict(int i) {
            if (i > 0) {
                throw PRaise.valueError(null, "zip() argument %d is shorter than argument%s %s", i + 1, i == 1 ? "" : "s", i == 1 ? "1" : "1-" + i);
            }
            for (int j = 1; j < iterators.length; j++) {
                if (PyObjectOps.next(iterators[j]) != null) {
                    throw PRaise.valueError(null, "zip() argument %d is longer than argument%s %s", j + 1, j == 1 ? "" : "s", j == 1 ? "1" : "1-" + j);
                }
            }
        }
    }

    /** map(function, *iterables). */
    public static final class MapIterator extends PIterator {
        private final Object function;
        private final Object[] iterators;

        public MapIterator(Object function, Object[] iterators) {
            this.function = function;
            this.iterators = iterators;
        }

        @Override
        public PythonClass getPythonClass() {
            return BuiltinClasses.MAP;
        }

        @Override
        @TruffleBoundary
        public Object next() {
            Object[] args = new Object[iterators.length];
            for (int i = 0; i < iterators.length; i++) {
                Object v = PyObjectOps.next(iterators[i]);
                if (v == null) {
                    return null;
                }
                args[i] = v;
            }
            return Calls.callUncached(function, args);
        }
    }

    /** filter(function or None, iterable). */
    public static final class Filter extends PIterator {
        private final Object function;
        private final Object iterator;

        public Filter(Object function, Object iterator) {
            this.function = function;
            this.iterator = iterator;
        }

        @Override
        public PythonClass getPythonClass() {
            return BuiltinClasses.FILTER;
        }

        @Override
        @TruffleBoundary
        public Object next() {
            Object v;
            while ((v = PyObjectOps.next(iterator)) != null) {
                Object verdict = function == PNone.NONE || function == BuiltinClasses.BOOL ? v : Calls.callUncached(function, v);
                if (PyObjectOps.isTrue(verdict)) {
                    return v;
                }
            }
            return null;
        }
    }

    /** reversed(list): walks indices downwards, stopping if the list shrank below the index. */
    public static final class ReversedList extends PIterator {
        private final PList list;
        private int index;

        public ReversedList(PList list) {
            this.list = list;
            this.index = list.size() - 1;
        }

        @Override
        public PythonClass getPythonClass() {
            return BuiltinClasses.LIST_REVERSEITERATOR;
        }

        @Override
        public Object next() {
            if (index >= 0 && index < list.size()) {
                return list.get(index--);
            }
            index = -1;
            return null;
        }
    }

    /** reversed(sequence) through len() and [] (tuples, strs and user sequences). */
    public static final class ReversedSequence extends PIterator {
        private final Object sequence;
        private long index;

        public ReversedSequence(Object sequence, long length) {
            this.sequence = sequence;
            this.index = length - 1;
        }

        @Override
        public PythonClass getPythonClass() {
            return BuiltinClasses.REVERSED;
        }

        @Override
        @TruffleBoundary
        public Object next() {
            if (index < 0) {
                return null;
            }
            try {
                return Items.getItem(sequence, index--);
            } catch (PException e) {
                PythonClass t = e.getException().getPythonClass();
                if (t.isSubclassOf(BuiltinClasses.INDEX_ERROR) || t.isSubclassOf(BuiltinClasses.STOP_ITERATION)) {
                    index = -1;
                    return null;
                }
                throw e;
            }
        }
    }

    /** iter(callable, sentinel): calls until the result equals the sentinel. */
    public static final class CallableIterator extends PIterator {
        private final Object callable;
        private final Object sentinel;
        private boolean exhausted;

        public CallableIterator(Object callable, Object sentinel) {
            this.callable = callable;
            this.sentinel = sentinel;
        }

        @Override
        public PythonClass getPythonClass() {
            return BuiltinClasses.CALLABLE_ITERATOR;
        }

        @Override
        @TruffleBoundary
        public Object next() {
            if (exhausted) {
                return null;
            }
            Object v;
            try {
                v = Calls.callUncached(callable);
            } catch (PException e) {
                if (e.getException().getPythonClass().isSubclassOf(BuiltinClasses.STOP_ITERATION)) {
                    exhausted = true;
                    return null;
                }
                throw e;
            }
            if (v == sentinel || Comparison.eq(v, sentinel)) {
                exhausted = true;
                return null;
            }
            return v;
        }
    }
}
