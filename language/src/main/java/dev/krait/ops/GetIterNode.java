package dev.krait.ops;

import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.GenerateUncached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

import dev.krait.runtime.Iterators;
import dev.krait.runtime.PList;
import dev.krait.runtime.PRange;

/** {@code iter(obj)}. */
@GenerateUncached
public abstract class GetIterNode extends Node {

    public abstract Object execute(Object obj);

    public static GetIterNode create() {
        return GetIterNodeGen.create();
    }

    public static GetIterNode getUncached() {
        return GetIterNodeGen.getUncached();
    }

    @Specialization
    static Object iterRange(PRange range) {
        return new Iterators.RangeIterator(range);
    }

    static final dev.krait.runtime.PythonClass LIST = dev.krait.runtime.BuiltinClasses.LIST;

    @Specialization(guards = "list.getPythonClass() == LIST")
    static Object iterList(PList list) {
        return new Iterators.ListIterator(list);
    }

    @Fallback
    static Object iterGeneric(Object obj) {
        return PyObjectOps.getIter(obj);
    }
}
