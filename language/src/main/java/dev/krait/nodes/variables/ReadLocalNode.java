package dev.krait.nodes.variables;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.frame.VirtualFrame;

import dev.krait.nodes.ExprNode;
import dev.krait.runtime.BuiltinClasses;
import dev.krait.runtime.PRaise;

/** Reads a local variable from its frame slot, specialized on the slot's current type. */
public abstract class ReadLocalNode extends ExprNode {
    protected final int slot;
    protected final String name;

    protected ReadLocalNode(int slot, String name) {
        this.slot = slot;
        this.name = name;
    }

    public static ReadLocalNode create(int slot, String name) {
        return ReadLocalNodeGen.create(slot, name);
    }

    @Specialization(guards = "frame.isLong(slot)")
    protected long readLong(VirtualFrame frame) {
        return frame.getLong(slot);
    }

    @Specialization(guards = "frame.isDouble(slot)")
    protected double readDouble(VirtualFrame frame) {
        return frame.getDouble(slot);
    }

    @Specialization(guards = "frame.isBoolean(slot)")
    protected boolean readBoolean(VirtualFrame frame) {
        return frame.getBoolean(slot);
    }

    @Specialization(replaces = {"readLong", "readDouble", "readBoolean"})
    protected Object readObject(VirtualFrame frame) {
        Object value;
        if (frame.isObject(slot)) {
            value = frame.getObject(slot);
        } else {
            CompilerDirectives.transferToInterpreter();
            value = frame.getValue(slot);
        }
        if (value == null) {
            throw unbound(name).positionIfMissing(this);
        }
        return value;
    }

    /** Shared with the bytecode engine (LOAD_FAST, DELETE_FAST). */
    public static dev.krait.runtime.PException unbound(String name) {
        return PRaise.error(null, BuiltinClasses.UNBOUND_LOCAL_ERROR, "cannot access local variable '%s' where it is not associated with a value", name);
    }
}
