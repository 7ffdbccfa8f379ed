package dev.krait.nodes.variables;

import com.oracle.truffle.api.frame.VirtualFrame;

import dev.krait.nodes.ExprNode;
import dev.krait.nodes.TargetNode;
import dev.krait.runtime.BuiltinClasses;
import dev.krait.runtime.PCell;
import dev.krait.runtime.PRaise;

/** Variables captured by inner functions: the frame slot holds a {@link PCell}. */
public final class CellNodes {
    private CellNodes() {
    }

    static PCell cell(VirtualFrame frame, int slot) {
        return (PCell) frame.getObject(slot);
    }

    /** Shared with the bytecode engine (LOAD_DEREF, DELETE_DEREF). */
    public static dev.krait.runtime.PException unbound(String name, boolean free) {
        if (free) {
            return PRaise.error(null, BuiltinClasses.NAME_ERROR, "cannot access free variable '%s' where it is not associated with a value in enclosing scope", name);
        }
        return ReadLocalNode.unbound(name);
    }

    public static final class ReadCellNode extends ExprNode {
        private final int slot;
        private final String name;
        private final boolean free;

        public ReadCellNode(int slot, String name, boolean free) {
            this.slot = slot;
            this.name = name;
            this.free = free;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            Object v = cell(frame, slot).value;
            if (v == null) {
                throw unbound(name, free).positionIfMissing(this);
            }
            return v;
        }
    }

    public static final class WriteCellNode extends TargetNode {
        private final int slot;

        public WriteCellNode(int slot) {
            this.slot = slot;
        }

        @Override
        public void assign(VirtualFrame frame, Object value) {
            cell(frame, slot).value = value;
        }
    }

    /** {@code del x} of a cell variable. */
    public static void delete(VirtualFrame frame, int slot, String name, boolean free) {
        PCell c = cell(frame, slot);
        if (c.value == null) {
            throw unbound(name, free);
        }
        c.value = null;
    }
}
