package dev.krait.ops;

import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.GenerateUncached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

import dev.krait.runtime.PDict;
import dev.krait.runtime.PList;
import dev.krait.runtime.PTuple;

/** {@code obj[key]}: in-range list/tuple indexing and dict lookups inline, everything else via {@link Items}. */
@GenerateUncached
public abstract class GetItemNode extends Node {

    public abstract Object execute(Object obj, Object key);

    public static GetItemNode create() {
        return GetItemNodeGen.create();
    }

    public static GetItemNode getUncached() {
        return GetItemNodeGen.getUncached();
    }

    static boolean inRange(long index, int size) {
        return index >= 0 && index < size;
    }

    /** -size <= index < size: a valid index, counted from the end when negative. */
    static boolean inBounds(long index, int size) {
        return index < size && index >= -size;
    }

    static int normalize(long index, int size) {
        return (int) (index < 0 ? index + size : index);
    }

    // One specialization per list store (see PList): an int or float comes out of its array without a box.
    @Specialization(guards = {"list.getPythonClass() == LIST", "list.isLongStore()", "inBounds(index, list.size())"})
    static long getLongList(PList list, long index) {
        return list.getLong(normalize(index, list.size()));
    }

    @Specialization(guards = {"list.getPythonClass() == LIST", "list.isDoubleStore()", "inBounds(index, list.size())"})
    static double getDoubleList(PList list, long index) {
        return list.getDouble(normalize(index, list.size()));
    }

    @Specialization(guards = {"list.getPythonClass() == LIST", "list.isObjectStore()", "inBounds(index, list.size())"})
    static Object getObjectList(PList list, long index) {
        return list.getObject(normalize(index, list.size()));
    }

    /** s[i] of a str without characters outside the BMP, where char and code point indices agree. */
    @Specialization(guards = {"inBounds(index, s.length())", "isBmp(s)"})
    static String getStrChar(String s, long index) {
        return Strings.charString(s.charAt(normalize(index, s.length())));
    }

    static boolean isBmp(String s) {
        return Strings.isBmp(s);
    }

    @Specialization(guards = {"tuple.getPythonClass() == TUPLE", "inRange(index, tuple.size())"})
    static Object getTuple(PTuple tuple, long index) {
        return tuple.get((int) index);
    }

    @Specialization(guards = "dict.getPythonClass() == DICT")
    static Object getDict(PDict dict, Object key) {
        Object v = dict.get(key);
        if (v == null) {
            return Items.getItem(dict, key);
        }
        return v;
    }

    static final dev.krait.runtime.PythonClass DICT = dev.krait.runtime.BuiltinClasses.DICT;
    static final dev.krait.runtime.PythonClass LIST = dev.krait.runtime.BuiltinClasses.LIST;
    static final dev.krait.runtime.PythonClass TUPLE = dev.krait.runtime.BuiltinClasses.TUPLE;

    @Fallback
    static Object getGeneric(Object obj, Object key) {
        return Items.getItem(obj, key);
    }
}
