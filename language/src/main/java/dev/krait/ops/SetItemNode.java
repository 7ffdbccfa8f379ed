package dev.krait.ops;

import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.GenerateUncached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

import dev.krait.runtime.BuiltinClasses;
import dev.krait.runtime.PDict;
import dev.krait.runtime.PList;
import dev.krait.runtime.PythonClass;

/** {@code obj[key] = value}. */
@GenerateUncached
public abstract class SetItemNode extends Node {

    public abstract void execute(Object obj, Object key, Object value);

    public static SetItemNode create() {
        return SetItemNodeGen.create();
    }

    public static SetItemNode getUncached() {
        return SetItemNodeGen.getUncached();
    }

    static final PythonClass DICT = BuiltinClasses.DICT;

    static final PythonClass LIST = BuiltinClasses.LIST;

    // Ints into a list of ints and floats into a list of floats are stored unboxed (see PList).
    @Specialization(guards = {"list.getPythonClass() == LIST", "list.isLongStore()", "inBounds(index, list.size())"})
    static void setLongList(PList list, long index, long value) {
        list.setLong(GetItemNode.normalize(index, list.size()), value);
    }

    @Specialization(guards = {"list.getPythonClass() == LIST", "list.isDoubleStore()", "inBounds(index, list.size())"})
    static void setDoubleList(PList list, long index, double value) {
        list.setDouble(GetItemNode.normalize(index, list.size()), value);
    }

    @Specialization(guards = {"list.getPythonClass() == LIST", "inBounds(index, list.size())"})
    static void setList(PList list, long index, Object value) {
        list.set(GetItemNode.normalize(index, list.size()), value);
    }

    static boolean inBounds(long index, int size) {
        return GetItemNode.inBounds(index, size);
    }

    @Specialization(guards = "dict.getPythonClass() == DICT")
    static void setDict(PDict dict, Object key, Object value) {
        dict.put(key, value);
    }

    @Fallback
    static void setGeneric(Object obj, Object key, Object value) {
        Items.setItem(obj, key, value);
    }
}
