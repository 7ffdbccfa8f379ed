package dev.krait.builtins.modules;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.krait.ast.CompareOperator;
import dev.krait.builtins.Builtin;
import dev.krait.builtins.BuiltinNode;
import dev.krait.ops.Comparison;
import dev.krait.ops.PyObjectOps;
import dev.krait.ops.Repr;
import dev.krait.runtime.BuiltinClasses;
import dev.krait.runtime.KraitContext;
import dev.krait.runtime.PIterator;
import dev.krait.runtime.PList;
import dev.krait.runtime.PModule;
import dev.krait.runtime.PNone;
import dev.krait.runtime.PNotImplemented;
import dev.krait.runtime.PRaise;
import dev.krait.runtime.PSlice;
import dev.krait.runtime.PythonClass;

/**
 * {@code _collections}: the deque, a ring buffer in Java (O(1) at both ends). The rest of the collections module
 * (defaultdict, OrderedDict, Counter, namedtuple, ...) is Python, in Krait's library.
 */
@GenerateNodeFactory
public final class CollectionsModule {
    private CollectionsModule() {
    }

    public static final PythonClass DEQUE = LibraryTypes.unhashable(LibraryTypes.define("collections", "deque", CollectionsModuleFactory.getFactories()));
    static final PythonClass DEQUE_ITERATOR = new PythonClass("_deque_iterator", "_collections", true, BuiltinClasses.OBJECT);
    static final PythonClass DEQUE_REVERSE_ITERATOR = new PythonClass("_deque_reverse_iterator", "_collections", true, BuiltinClasses.OBJECT);

    @TruffleBoundary
    public static void initialize(PModule module, KraitContext context) {
        module.set("deque", DEQUE);
    }

    /** A deque: items[(head + i) % capacity] for i < size; maxlen < 0 means unbounded. */
    public static final class PDeque extends LibraryObject {
        Object[] items = new Object[8];
        int head;
        int size;
        long maxlen = -1;
        /** Bumped by every mutation, so that iterators notice. */
        long state;

        PDeque(PythonClass cls) {
            super(cls);
        }

        Object get(int i) {
            return items[(head + i) & (items.length - 1)];
        }

        void set(int i, Object v) {
            items[(head + i) & (items.length - 1)] = v;
        }

        private void grow() {
            Object[] bigger = new Object[items.length * 2];
            for (int i = 0; i < size; i++) {
                bigger[i] = get(i);
            }
            items = bigger;
            head = 0;
        }

        void append(Object v) {
            state++;
            if (maxlen == 0) {
                return;
            }
            if (size == items.length) {
                grow();
            }
            items[(head + size) & (items.length - 1)] = v;
            size++;
            if (maxlen >= 0 && size > maxlen) {
                popLeft();
            }
        }

        void appendLeft(Object v) {
            state++;
            if (maxlen == 0) {
                return;
            }
            if (size == items.length) {
                grow();
            }
            head = (head - 1) & (items.length - 1);
            items[head] = v;
            size++;
            if (maxlen >= 0 && size > maxlen) {
                pop();
            }
        }

        Object pop() {
            if (size == 0) {
                throw PRaise.indexError(null, "pop from an empty deque");
            }
            state++;
            int at = (head + size - 1) & (items.length - 1);
            Object v = items[at];
            items[at] = null;
            size--;
            return v;
        }

        Object popLeft() {
            if (size == 0) {
                throw PRaise.indexError(null, "pop from an empty deque");
            }
            state++;
            Object v = items[head];
            items[head] = null;
            head = (head + 1) & (items.length - 1);
            size--;
            return v;
        }

        void clear() {
            state++;
            items = new Object[8];
            head = 0;
            size = 0;
        }

        Object[] toArray() {
            Object[] out = new Object[size];
            for (int i = 0; i < size; i++) {
                out[i] = get(i);
            }
            return out;
        }

        /** Removes item i by shifting the shorter side. */
        void removeAt(int i) {
            state++;
            if (i < size / 2) {
                for (int k = i; k > 0; k--) {
                    set(k, get(k - 1));
                }
                items[head] = null;
                head = (head + 1) & (items.length - 1);
            } else {
                for (int k = i; k < size - 1; k++) {
                    set(k, get(k + 1));
                }
                set(size - 1, null);
            }
            size--;
        }

        void rotate(long n) {
            if (size <= 1) {
                return;
            }
            state++;
            int k = (int) Math.floorMod(n, (long) size);
            if (k == 0) {
                return;
            }
            if (size == items.length) {
                // Full ring: rotating is moving the head.
                head = (head - k) & (items.length - 1);
                return;
            }
            Object[] arr = toArray();
            for (int i = 0; i < size; i++) {
                set((i + k) % size, arr[i]);
            }
        }

        int normalize(Object index) {
            if (index instanceof PSlice) {
                throw PRaise.typeError(null, "sequence index must be integer, not 'slice'");
            }
            long i = PyObjectOps.toIndexValue(index);
            if (i < 0) {
                i += size;
            }
            if (i < 0 || i >= size) {
                throw PRaise.indexError(null, "deque index out of range");
            }
            return (int) i;
        }
    }

    static final class DequeIterator extends PIterator {
        private final PDeque deque;
        private final long state;
        private final boolean reverse;
        private int index;

        DequeIterator(PDeque deque, boolean reverse) {
            this.deque = deque;
            this.state = deque.state;
            this.reverse = reverse;
        }

        @Override
        public PythonClass getPythonClass() {
            return reverse ? DEQUE_REVERSE_ITERATOR : DEQUE_ITERATOR;
        }

        @Override
        public Object next() {
            if (deque.state != state) {
                throw PRaise.error(null, BuiltinClasses.RUNTIME_ERROR, "deque mutated during iteration");
            }
            if (index >= deque.size) {
                return null;
            }
            int i = index++;
            return deque.get(reverse ? deque.size - 1 - i : i);
        }
    }

    @TruffleBoundary
    static void extend(PDeque self, Object iterable, boolean left) {
        if (iterable == self) {
            iterable = new PList(self.toArray());
        }
        Object it = PyObjectOps.getIter(iterable);
        Object v;
        while ((v = PyObjectOps.next(it)) != null) {
            if (left) {
                self.appendLeft(v);
            } else {
                self.append(v);
            }
        }
    }

    @Builtin(name = "__new__", signature = "cls, *args, **kwargs", isStatic = true)
    @GenerateNodeFactory
    public abstract static class NewNode extends BuiltinNode.Ternary {
        @Specialization
        static Object create(Object cls, Object args, Object kwargs) {
            return new PDeque((PythonClass) cls);
        }
    }

    @Builtin(name = "__init__", signature = "self, iterable=?, maxlen=None")
    @GenerateNodeFactory
    public abstract static class InitNode extends BuiltinNode.Ternary {
        @Specialization
        @TruffleBoundary
        static Object init(PDeque self, Object iterable, Object maxlen) {
            if (maxlen != PNone.NONE) {
                long m = PyObjectOps.toIndexValue(maxlen);
                if (m < 0) {
                    throw PRaise.valueError(null, "maxlen must be non-negative");
                }
                self.maxlen = m;
            } else {
                self.maxlen = -1;
            }
            if (self.size > 0) {
                self.clear();
            }
            if (iterable != PNone.NO_VALUE) {
                extend(self, iterable, false);
            }
            return PNone.NONE;
        }
    }

    @Builtin(name = "append", signature = "self, x, /")
    @GenerateNodeFactory
    public abstract static class AppendNode extends BuiltinNode.Binary {
        @Specialization
        static Object append(PDeque self, Object x) {
            self.append(x);
            return PNone.NONE;
        }
    }

    @Builtin(name = "appendleft", signature = "self, x, /")
    @GenerateNodeFactory
    public abstract static class AppendLeftNode extends BuiltinNode.Binary {
        @Specialization
        static Object appendLeft(PDeque self, Object x) {
            self.appendLeft(x);
            return PNone.NONE;
        }
    }

    @Builtin(name = "pop", signature = "self, /")
    @GenerateNodeFactory
    public abstract static class PopNode extends BuiltinNode.Unary {
        @Specialization
        static Object pop(PDeque self) {
            return self.pop();
        }
    }

    @Builtin(name = "popleft", signature = "self, /")
    @GenerateNodeFactory
    public abstract static class PopLeftNode extends BuiltinNode.Unary {
        @Specialization
        static Object popLeft(PDeque self) {
            return self.popLeft();
        }
    }

    @Builtin(name = "extend", signature = "self, iterable, /")
    @GenerateNodeFactory
    public abstract static class ExtendNode extends BuiltinNode.Binary {
        @Specialization
        static Object extendRight(PDeque self, Object iterable) {
            extend(self, iterable, false);
            return PNone.NONE;
        }
    }

    @Builtin(name = "extendleft", signature = "self, iterable, /")
    @GenerateNodeFactory
    public abstract static class ExtendLeftNode extends BuiltinNode.Binary {
        @Specialization
        static Object extendLeft(PDeque self, Object iterable) {
            extend(self, iterable, true);
            return PNone.NONE;
        }
    }

    @Builtin(name = "clear", signature = "self, /")
    @GenerateNodeFactory
    public abstract static class ClearNode extends BuiltinNode.Unary {
        @Specialization
        static Object clear(PDeque self) {
            self.clear();
            return PNone.NONE;
        }
    }

    @TruffleBoundary
    static PDeque copyOf(PDeque self) {
        PDeque d = new PDeque(self.getPythonClass());
        d.maxlen = self.maxlen;
        for (int i = 0; i < self.size; i++) {
            d.append(self.get(i));
        }
        return d;
    }

    @Builtin(name = "copy", signature = "self, /")
    @GenerateNodeFactory
    public abstract static class CopyNode extends BuiltinNode.Unary {
        @Specialization
        static Object copy(PDeque self) {
            return copyOf(self);
        }
    }

    @Builtin(name = "__copy__", signature = "self, /")
    @GenerateNodeFactory
    public abstract static class DunderCopyNode extends BuiltinNode.Unary {
        @Specialization
        static Object copy(PDeque self) {
            return copyOf(self);
        }
    }

    @Builtin(name = "count", signature = "self, value, /")
    @GenerateNodeFactory
    public abstract static class CountNode extends BuiltinNode.Binary {
        @Specialization
        @TruffleBoundary
        static long count(PDeque self, Object value) {
            long state = self.state;
            long n = 0;
            for (int i = 0; i < self.size; i++) {
                if (Comparison.eq(self.get(i), value)) {
                    n++;
                }
                if (self.state != state) {
                    throw PRaise.error(null, BuiltinClasses.RUNTIME_ERROR, "deque mutated during iteration");
                }
            }
            return n;
        }
    }

    @Builtin(name = "index", signature = "self, value, start=0, stop=9223372036854775807, /")
    @GenerateNodeFactory
    public abstract static class IndexNode extends BuiltinNode.Quaternary {
        @Specialization
        @TruffleBoundary
        static long index(PDeque self, Object value, Object startArg, Object stopArg) {
            long start = PyObjectOps.toIndexValue(startArg);
            long stop = PyObjectOps.toIndexValue(stopArg);
            if (start < 0) {
                start = Math.max(0, start + self.size);
            }
            if (stop < 0) {
                stop = Math.max(0, stop + self.size);
            }
            for (long i = start; i < Math.min(stop, self.size); i++) {
                if (Comparison.eq(self.get((int) i), value)) {
                    return i;
                }
            }
            throw PRaise.valueError(null, "%s is not in deque", Repr.repr(value));
        }
    }

    @Builtin(name = "insert", signature = "self, index, value, /")
    @GenerateNodeFactory
    public abstract static class InsertNode extends BuiltinNode.Ternary {
        @Specialization
        @TruffleBoundary
        static Object insert(PDeque self, Object indexArg, Object value) {
            if (self.maxlen >= 0 && self.size >= self.maxlen) {
                throw PRaise.indexError(null, "deque already at its maximum size");
            }
            long i = PyObjectOps.toIndexValue(indexArg);
            if (i < 0) {
                i = Math.max(0, i + self.size);
            }
            i = Math.min(i, self.size);
            self.append(PNone.NONE);
            for (int k = self.size - 1; k > i; k--) {
                self.set(k, self.get(k - 1));
            }
            self.set((int) i, value);
            return PNone.NONE;
        }
    }

    @Builtin(name = "remove", signature = "self, value, /")
    @GenerateNodeFactory
    public abstract static class RemoveNode extends BuiltinNode.Binary {
        @Specialization
        @TruffleBoundary
        static Object remove(PDeque self, Object value) {
            for (int i = 0; i < self.size; i++) {
                if (Comparison.eq(self.get(i), value)) {
                    self.removeAt(i);
                    return PNone.NONE;
                }
            }
            throw PRaise.valueError(null, "%s is not in deque", Repr.repr(value));
        }
    }

    @Builtin(name = "reverse", signature = "self, /")
    @GenerateNodeFactory
    public abstract static class ReverseNode extends BuiltinNode.Unary {
        @Specialization
        static Object reverse(PDeque self) {
            self.state++;
            for (int i = 0, j = self.size - 1; i < j; i++, j--) {
                Object t = self.get(i);
                self.set(i, self.get(j));
                self.set(j, t);
            }
            return PNone.NONE;
        }
    }

    @Builtin(name = "rotate", signature = "self, n=1, /")
    @GenerateNodeFactory
    public abstract static class RotateNode extends BuiltinNode.Binary {
        @Specialization
        static Object rotate(PDeque self, Object n) {
            self.rotate(PyObjectOps.toIndexValue(n));
            return PNone.NONE;
        }
    }

    @Builtin(name = "__len__", signature = "self, /")
    @GenerateNodeFactory
    public abstract static class LenNode extends BuiltinNode.Unary {
        @Specialization
        static long len(PDeque self) {
            return self.size;
        }
    }

    @Builtin(name = "__bool__", signature = "self, /")
    @GenerateNodeFactory
    public abstract static class BoolNode extends BuiltinNode.Unary {
        @Specialization
        static boolean bool(PDeque self) {
            return self.size != 0;
        }
    }

    @Builtin(name = "__getitem__", signature = "self, index, /")
    @GenerateNodeFactory
    public abstract static class GetItemNode extends BuiltinNode.Binary {
        @Specialization
        static Object get(PDeque self, Object index) {
            return self.get(self.normalize(index));
        }
    }

    @Builtin(name = "__setitem__", signature = "self, index, value, /")
    @GenerateNodeFactory
    public abstract static class SetItemNode extends BuiltinNode.Ternary {
        @Specialization
        static Object set(PDeque self, Object index, Object value) {
            self.set(self.normalize(index), value);
            return PNone.NONE;
        }
    }

    @Builtin(name = "__delitem__", signature = "self, index, /")
    @GenerateNodeFactory
    public abstract static class DelItemNode extends BuiltinNode.Binary {
        @Specialization
        static Object del(PDeque self, Object index) {
            self.removeAt(self.normalize(index));
            return PNone.NONE;
        }
    }

    @Builtin(name = "__iter__", signature = "self, /")
    @GenerateNodeFactory
    public abstract static class IterNode extends BuiltinNode.Unary {
        @Specialization
        static Object iter(PDeque self) {
            return new DequeIterator(self, false);
        }
    }

    @Builtin(name = "__reversed__", signature = "self, /")
    @GenerateNodeFactory
    public abstract static class ReversedNode extends BuiltinNode.Unary {
        @Specialization
        static Object reversed(PDeque self) {
            return new DequeIterator(self, true);
        }
    }

    @Builtin(name = "__contains__", signature = "self, value, /")
    @GenerateNodeFactory
    public abstract static class ContainsNode extends BuiltinNode.Binary {
        @Specialization
        @TruffleBoundary
        static boolean contains(PDeque self, Object value) {
            long state = self.state;
            for (int i = 0; i < self.size; i++) {
                if (Comparison.eq(self.get(i), value)) {
                    return true;
                }
                if (self.state != state) {
                    throw PRaise.error(null, BuiltinClasses.RUNTIME_ERROR, "deque mutated during iteration");
                }
            }
            return false;
        }
    }

    @TruffleBoundary
    static Object compare(CompareOperator op, PDeque self, Object other) {
        if (!(other instanceof PDeque o)) {
            return PNotImplemented.INSTANCE;
        }
        return Comparison.richCompare(op, new PList(self.toArray()), new PList(o.toArray()));
    }

    @Builtin(name = "__eq__", signature = "self, other, /")
    @GenerateNodeFactory
    public abstract static class EqNode extends BuiltinNode.Binary {
        @Specialization
        static Object eq(PDeque self, Object other) {
            return compare(CompareOperator.EQ, self, other);
        }
    }

    @Builtin(name = "__ne__", signature = "self, other, /")
    @GenerateNodeFactory
    public abstract static class NeNode extends BuiltinNode.Binary {
        @Specialization
        static Object ne(PDeque self, Object other) {
            return compare(CompareOperator.NE, self, other);
        }
    }

    @Builtin(name = "__lt__", signature = "self, other, /")
    @GenerateNodeFactory
    public abstract static class LtNode extends BuiltinNode.Binary {
        @Specialization
        static Object lt(PDeque self, Object other) {
            return compare(CompareOperator.LT, self, other);
        }
    }

    @Builtin(name = "__le__", signature = "self, other, /")
    @GenerateNodeFactory
    public abstract static class LeNode extends BuiltinNode.Binary {
        @Specialization
        static Object le(PDeque self, Object other) {
            return compare(CompareOperator.LE, self, other);
        }
    }

    @Builtin(name = "__gt__", signature = "self, other, /")
    @GenerateNodeFactory
    public abstract static class GtNode extends BuiltinNode.Binary {
        @Specialization
        static Object gt(PDeque self, Object other) {
            return compare(CompareOperator.GT, self, other);
        }
    }

    @Builtin(name = "__ge__", signature = "self, other, /")
    @GenerateNodeFactory
    public abstract static class GeNode extends BuiltinNode.Binary {
        @Specialization
        static Object ge(PDeque self, Object other) {
            return compare(CompareOperator.GE, self, other);
        }
    }

    @Builtin(name = "__add__", signature = "self, other, /")
    @GenerateNodeFactory
    public abstract static class AddNode extends BuiltinNode.Binary {
        @Specialization
        @TruffleBoundary
        static Object add(PDeque self, Object other) {
            if (!(other instanceof PDeque o)) {
                throw PRaise.typeError(null, "can only concatenate deque (not \"%s\") to deque", PyObjectOps.typeName(other));
            }
            PDeque d = copyOf(self);
            extend(d, o, false);
            return d;
        }
    }

    @Builtin(name = "__iadd__", signature = "self, other, /")
    @GenerateNodeFactory
    public abstract static class IAddNode extends BuiltinNode.Binary {
        @Specialization
        static Object iadd(PDeque self, Object other) {
            extend(self, other, false);
            return self;
        }
    }

    @TruffleBoundary
    static void repeatInPlace(PDeque self, Object n) {
        long times = PyObjectOps.toIndexValue(n);
        Object[] items = self.toArray();
        if (times <= 0) {
            self.clear();
            return;
        }
        for (long k = 1; k < times; k++) {
            for (Object v : items) {
                self.append(v);
            }
        }
    }

    @Builtin(name = "__mul__", signature = "self, n, /")
    @GenerateNodeFactory
    public abstract static class MulNode extends BuiltinNode.Binary {
        @Specialization
        static Object mul(PDeque self, Object n) {
            PDeque d = copyOf(self);
            repeatInPlace(d, n);
            return d;
        }
    }

    @Builtin(name = "__rmul__", signature = "self, n, /")
    @GenerateNodeFactory
    public abstract static class RMulNode extends BuiltinNode.Binary {
        @Specialization
        static Object rmul(PDeque self, Object n) {
            PDeque d = copyOf(self);
            repeatInPlace(d, n);
            return d;
        }
    }

    @Builtin(name = "__imul__", signature = "self, n, /")
    @GenerateNodeFactory
    public abstract static class IMulNode extends BuiltinNode.Binary {
        @Specialization
        static Object imul(PDeque self, Object n) {
            repeatInPlace(self, n);
            return self;
        }
    }

    private static final ThreadLocal<java.util.IdentityHashMap<Object, Boolean>> REPR_ACTIVE = ThreadLocal.withInitial(java.util.IdentityHashMap::new);

    @Builtin(name = "__repr__", signature = "self, /")
    @GenerateNodeFactory
    public abstract static class ReprNode extends BuiltinNode.Unary {
        @Specialization
        @TruffleBoundary
        static Object repr(PDeque self) {
            String name = self.getPythonClass().name;
            java.util.IdentityHashMap<Object, Boolean> active = REPR_ACTIVE.get();
            if (active.containsKey(self)) {
                return "[...]";
            }
            active.put(self, Boolean.TRUE);
            try {
                String items = Repr.repr(new PList(self.toArray()));
                return self.maxlen < 0 ? name + "(" + items + ")" : name + "(" + items + ", maxlen=" + self.maxlen + ")";
            } finally {
                active.remove(self);
            }
        }
    }

    @Builtin(name = "__getattr__", signature = "self, name, /")
    @GenerateNodeFactory
    public abstract static class GetAttrNode extends BuiltinNode.Binary {
        @Specialization
        @TruffleBoundary
        static Object get(PDeque self, Object name) {
            if ("maxlen".equals(name)) {
                return self.maxlen < 0 ? PNone.NONE : (Object) self.maxlen;
            }
            throw PRaise.error(null, BuiltinClasses.ATTRIBUTE_ERROR, "'collections.deque' object has no attribute '%s'", Repr.str(name));
        }
    }

    /** deque[int] in annotations: Krait has no generic aliases, so the class itself. */
    @Builtin(name = "__class_getitem__", signature = "*args", isStatic = true)
    @GenerateNodeFactory
    public abstract static class ClassGetItemNode extends BuiltinNode.Unary {
        @Specialization
        static Object classGetItem(Object args) {
            return DEQUE;
        }
    }
}
