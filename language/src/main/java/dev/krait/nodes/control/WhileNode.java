package dev.krait.nodes.control;

import com.oracle.truffle.api.Truffle;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.LoopNode;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.nodes.RepeatingNode;
import com.oracle.truffle.api.profiles.BranchProfile;

import dev.krait.nodes.ExprNode;
import dev.krait.nodes.StmtNode;
import dev.krait.ops.IsTrueNode;

/** while/else as a Truffle LoopNode, so hot loops are compiled with on-stack replacement. */
public final class WhileNode extends StmtNode {
    @Child private LoopNode loop;
    @Child private StmtNode orElse;

    public WhileNode(ExprNode condition, StmtNode body, StmtNode orElse) {
        this.loop = Truffle.getRuntime().createLoopNode(new WhileRepeatingNode(condition, body));
        this.orElse = orElse;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        Object status = loop.execute(frame);
        if (status != LoopStatus.BROKEN && orElse != null) {
            orElse.executeVoid(frame);
        }
    }

    static final class WhileRepeatingNode extends Node implements RepeatingNode {
        @Child private ExprNode condition;
        @Child private IsTrueNode isTrue = IsTrueNode.create();
        @Child private StmtNode body;
        private final BranchProfile breakTaken = BranchProfile.create();
        private final BranchProfile continueTaken = BranchProfile.create();

        WhileRepeatingNode(ExprNode condition, StmtNode body) {
            this.condition = condition;
            this.body = body;
        }

        @Override
        public boolean executeRepeating(VirtualFrame frame) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Object executeRepeatingWithValue(VirtualFrame frame) {
            if (!isTrue.execute(condition.execute(frame))) {
                return LoopStatus.FINISHED;
            }
            try {
                body.executeVoid(frame);
            } catch (ControlExceptions.BreakException e) {
                breakTaken.enter();
                return LoopStatus.BROKEN;
            } catch (ControlExceptions.ContinueException e) {
                continueTaken.enter();
            }
            return CONTINUE_LOOP_STATUS;
        }

        @Override
        public boolean shouldContinue(Object returnValue) {
            return returnValue == CONTINUE_LOOP_STATUS;
        }

        @Override
        public Object initialLoopStatus() {
            return CONTINUE_LOOP_STATUS;
        }
    }
}
