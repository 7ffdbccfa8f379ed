package dev.krait.ops;

import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.GenerateUncached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

import dev.krait.runtime.Iterators;

/** The next value of an iterator, or null when it is exhausted. */
@GenerateUncached
public abstract class NextNode extends Node {

    public abstract Object execute(Object iterator);

    public static NextNode create() {
        return NextNodeGen.create();
    }

    public static NextNode getUncached() {
        return NextNodeGen.getUncached();
    }

    @Specialization
    static Object nextRange(Iterators.RangeIterator it) {
        return it.next();
    }

    @Specialization
    static Object nextList(Iterators.ListIterator it) {
        return it.next();
    }

    @Fallback
    static Object nextGeneric(Object it) {
        return PyObjectOps.next(it);
    }
}
