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

    @Specialization(guards = {"list.getPythonClass() == LIST", "index >= 0", "index < list.size()"})
    static void setList(PList list, long index, Object value) {
        list.set((int) index, value);
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
