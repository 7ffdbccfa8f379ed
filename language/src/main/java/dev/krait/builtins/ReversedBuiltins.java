package dev.krait.builtins;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.krait.ops.PyObjectOps;
import dev.krait.ops.SpecialMethods;
import dev.krait.runtime.BuiltinClasses;
import dev.krait.runtime.Iterators;
import dev.krait.runtime.PDict;
import dev.krait.runtime.PDictView;
import dev.krait.runtime.PList;
import dev.krait.runtime.PRaise;
import dev.krait.runtime.PRange;
import dev.krait.runtime.PTuple;

/** The methods of reversed. */
@GenerateNodeFactory
public final class ReversedBuiltins {
    private ReversedBuiltins() {
    }

    @Builtin(name = "__new__", signature = "cls, sequence, /", isStatic = true)
    @GenerateNodeFactory
    public abstract static class NewNode extends BuiltinNode.Binary {
        @Specialization
        static Object create(Object cls, Object sequence) {
            return reversedOf(sequence);
        }

        @TruffleBoundary
        static Object reversedOf(Object seq) {
            if (seq instanceof PList l) {
                return new BuiltinIterators.ReversedList(l);
            } else if (seq instanceof PRange r) {
                long n = r.length();
                long last = r.start + (n - 1) * r.step;
                return new Iterators.RangeIterator(new PRange(last, last - n * r.step, -r.step));
            } else if (seq instanceof PTuple || seq instanceof String || seq instanceof byte[]) {
                return new BuiltinIterators.ReversedSequence(seq, PyObjectOps.len(seq));
            } else if (seq instanceof PDict || seq instanceof PDictView) {
                // A snapshot of the keys (or values, items) in reverse insertion order.
                Object[] items = PyObjectOps.toArray(seq);
                for (int i = 0, j = items.length - 1; i < j; i++, j--) {
                    Object t = items[i];
                    items[i] = items[j];
                    items[j] = t;
                }
                return new Iterators.ArrayIterator(items, items.length, BuiltinClasses.ITERATOR);
            }
            Object special = SpecialMethods.lookupUser(seq, "__reversed__");
            if (special != null) {
                return SpecialMethods.callMethod(seq, "__reversed__");
            }
            if (SpecialMethods.lookupUser(seq, "__getitem__") != null && SpecialMethods.lookupUser(seq, "__len__") != null) {
                return new BuiltinIterators.ReversedSequence(seq, PyObjectOps.len(seq));
            }
            throw PRaise.typeError(null, "'%s' object is not reversible", PyObjectOps.typeName(seq));
        }
    }
}
