package dev.krait.nodes;

import com.oracle.truffle.api.frame.VirtualFrame;

/** The target of an assignment (a name, attribute, subscript or unpacking pattern): stores a computed value. */
public abstract class TargetNode extends KraitNode {
    public abstract void assign(VirtualFrame frame, Object value);
}
