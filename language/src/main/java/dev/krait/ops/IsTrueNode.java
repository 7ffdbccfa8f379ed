package dev.krait.ops;

import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.GenerateUncached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

import dev.krait.runtime.PList;
import dev.krait.runtime.PNone;

/** The truth value of any object (if, while, and, or, not). */
@GenerateUncached
public abstract class IsTrueNode extends Node {

    public abstract boolean execute(Object value);

    public static IsTrueNode create() {
        return IsTrueNodeGen.create();
    }

    public static IsTrueNode getUncached() {
        return IsTrueNodeGen.getUncached();
    }

    @Specialization
    static boolean doBoolean(boolean b) {
        return b;
    }

    @Specialization
    static boolean doLong(long l) {
        return l != 0;
    }

    @Specialization
    static boolean doDouble(double d) {
        return d != 0;
    }

    @Specialization
    static boolean doString(String s) {
        return !s.isEmpty();
    }

    @Specialization
    static boolean doNone(PNone none) {
        return false;
    }

    @Specialization
    static boolean doList(PList list) {
        return list.size() != 0;
    }

    @Fallback
    static boolean doGeneric(Object value) {
        return PyObjectOps.isTrue(value);
    }
}
