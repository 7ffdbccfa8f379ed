package dev.krait.nodes.control;

import com.oracle.truffle.api.frame.VirtualFrame;

import dev.krait.nodes.ExprNode;
import dev.krait.nodes.StmtNode;
import dev.krait.runtime.PNone;

/** break, continue, return and pass. */
public final class SimpleControlNodes {
    private SimpleControlNodes() {
    }

    public static final class BreakNode extends StmtNode {
        @Override
        public void executeVoid(VirtualFrame frame) {
            throw ControlExceptions.BreakException.INSTANCE;
        }
    }

    public static final class ContinueNode extends StmtNode {
        @Override
        public void executeVoid(VirtualFrame frame) {
            throw ControlExceptions.ContinueException.INSTANCE;
        }
    }

    public static final class ReturnNode extends StmtNode {
        @Child private ExprNode value;

        public ReturnNode(ExprNode value) {
            this.value = value;
        }

        @Override
        public void executeVoid(VirtualFrame frame) {
            throw new ControlExceptions.ReturnException(value == null ? PNone.NONE : value.execute(frame));
        }
    }

    /** A return in tail position: nothing in the function runs after it, so it just leaves its value for the root. */
    public static final class TailReturnNode extends StmtNode {
        @Child private ExprNode value;
        private final int returnSlot;

        public TailReturnNode(ExprNode value, int returnSlot) {
            this.value = value;
            this.returnSlot = returnSlot;
        }

        @Override
        public void executeVoid(VirtualFrame frame) {
            frame.setObject(returnSlot, value == null ? PNone.NONE : value.execute(frame));
        }
    }

    public static final class PassNode extends StmtNode {
        @Override
        public void executeVoid(VirtualFrame frame) {
        }
    }
}
