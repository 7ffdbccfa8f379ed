package dev.krait.ops;

import com.oracle.truffle.api.dsl.GenerateUncached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

/** {@code obj.name}. */
@GenerateUncached
public abstract class GetAttrNode extends Node {

    public abstract Object execute(Object obj, String name);

    public static GetAttrNode create() {
        return GetAttrNodeGen.create();
    }

    public static GetAttrNode getUncached() {
        return GetAttrNodeGen.getUncached();
    }

    @Specialization
    static Object getGeneric(Object obj, String name) {
        return Attributes.get(obj, name);
    }
}
