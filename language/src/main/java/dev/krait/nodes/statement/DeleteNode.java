package dev.krait.nodes.statement;

import com.oracle.truffle.api.frame.VirtualFrame;

import dev.krait.nodes.ExprNode;
import dev.krait.nodes.StmtNode;
import dev.krait.nodes.variables.CellNodes;
import dev.krait.ops.Attributes;
import dev.krait.ops.Items;
import dev.krait.runtime.BuiltinClasses;
import dev.krait.runtime.GlobalCell;
import dev.krait.runtime.PModule;
import dev.krait.runtime.PRaise;

/** The forms of {@code del}. */
public final class DeleteNode {
    private DeleteNode() {
    }

    public static final class DeleteLocal extends StmtNode {
        private final int slot;
        private final String name;

        public DeleteLocal(int slot, String name) {
            this.slot = slot;
            this.name = name;
        }

        @Override
        public void executeVoid(VirtualFrame frame) {
            if (frame.getValue(slot) == null) {
                throw dev.krait.nodes.variables.ReadLocalNode.unbound(name);
            }
            frame.getFrameDescriptor().setSlotKind(slot, com.oracle.truffle.api.frame.FrameSlotKind.Object);
            frame.setObject(slot, null);
        }
    }

    /** The implicit delete of an except clause's name: no error when already unbound. */
    public static final class ClearLocal extends StmtNode {
        private final int slot;

        public ClearLocal(int slot) {
            this.slot = slot;
        }

        @Override
        public void executeVoid(VirtualFrame frame) {
            frame.getFrameDescriptor().setSlotKind(slot, com.oracle.truffle.api.frame.FrameSlotKind.Object);
            frame.setObject(slot, null);
        }
    }

    public static final class DeleteCell extends StmtNode {
        private final int slot;
        private final String name;
        private final boolean free;
        private final boolean quiet;

        public DeleteCell(int slot, String name, boolean free, boolean quiet) {
            this.slot = slot;
            this.name = name;
            this.free = free;
            this.quiet = quiet;
        }

        @Override
        public void executeVoid(VirtualFrame frame) {
            if (quiet) {
                ((dev.krait.runtime.PCell) frame.getObject(slot)).value = null;
                return;
            }
            CellNodes.delete(frame, slot, name, free);
        }
    }

    public static final class DeleteGlobal extends StmtNode {
        private final String name;
        private final PModule module;
        private final boolean quiet;

        public DeleteGlobal(String name, PModule module, boolean quiet) {
            this.name = name;
            this.module = module;
            this.quiet = quiet;
        }

        @Override
        public void executeVoid(VirtualFrame frame) {
            deleteGlobal(module.cell(name), name, quiet);
        }
    }

    /** {@code del name} of a global (quiet: no error when unbound); shared with the bytecode engine. */
    public static void deleteGlobal(GlobalCell cell, String name, boolean quiet) {
        if (cell.get() == null && !quiet) {
            throw PRaise.error(null, BuiltinClasses.NAME_ERROR, "name '%s' is not defined", name);
        }
        cell.delete();
    }

    public static final class DeleteItem extends StmtNode {
        @Child private ExprNode object;
        @Child private ExprNode key;

        public DeleteItem(ExprNode object, ExprNode key) {
            this.object = object;
            this.key = key;
        }

        @Override
        public void executeVoid(VirtualFrame frame) {
            Items.delItem(object.execute(frame), key.execute(frame));
        }
    }

    public static final class DeleteAttribute extends StmtNode {
        @Child private ExprNode object;
        private final String name;

        public DeleteAttribute(ExprNode object, String name) {
            this.object = object;
            this.name = name;
        }

        @Override
        public void executeVoid(VirtualFrame frame) {
            Attributes.delete(object.execute(frame), name);
        }
    }
}
