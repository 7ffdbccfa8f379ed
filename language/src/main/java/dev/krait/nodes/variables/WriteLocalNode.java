package dev.krait.nodes.variables;

import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.frame.FrameSlotKind;
import com.oracle.truffle.api.frame.VirtualFrame;

import dev.krait.nodes.TargetNode;

/** Stores into a local's frame slot, keeping longs, doubles and bools unboxed while the slot's type is stable. */
public abstract class WriteLocalNode extends TargetNode {
    protected final int slot;

    protected WriteLocalNode(int slot) {
        this.slot = slot;
    }

    public static WriteLocalNode create(int slot) {
        return WriteLocalNodeGen.create(slot);
    }

    public abstract void executeWrite(VirtualFrame frame, Object value);

    @Override
    public final void assign(VirtualFrame frame, Object value) {
        executeWrite(frame, value);
    }

    protected boolean isKind(VirtualFrame frame, FrameSlotKind kind) {
        FrameSlotKind current = frame.getFrameDescriptor().getSlotKind(slot);
        if (current == kind) {
            return true;
        }
        if (current == FrameSlotKind.Illegal) {
            frame.getFrameDescriptor().setSlotKind(slot, kind);
            return true;
        }
        return false;
    }

    @Specialization(guards = "isKind(frame, LONG)")
    protected void writeLong(VirtualFrame frame, long value) {
        frame.setLong(slot, value);
    }

    @Specialization(guards = "isKind(frame, DOUBLE)")
    protected void writeDouble(VirtualFrame frame, double value) {
        frame.setDouble(slot, value);
    }

    @Specialization(guards = "isKind(frame, BOOLEAN)")
    protected void writeBoolean(VirtualFrame frame, boolean value) {
        frame.setBoolean(slot, value);
    }

    @Specialization(replaces = {"writeLong", "writeDouble", "writeBoolean"})
    protected void writeObject(VirtualFrame frame, Object value) {
        frame.getFrameDescriptor().setSlotKind(slot, FrameSlotKind.Object);
        frame.setObject(slot, value);
    }

    static final FrameSlotKind LONG = FrameSlotKind.Long;
    static final FrameSlotKind DOUBLE = FrameSlotKind.Double;
    static final FrameSlotKind BOOLEAN = FrameSlotKind.Boolean;
}
