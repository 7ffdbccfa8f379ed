package dev.krait.nodes.control;

import com.oracle.truffle.api.Truffle;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.LoopNode;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.nodes.RepeatingNode;
import com.oracle.truffle.api.profiles.BranchProfile;

import dev.krait.nodes.ExprNode;
import dev.krait.nodes.StmtNode;
import dev.krait.nodes.TargetNode;
import dev.krait.ops.GetIterNode;
import dev.krait.ops.NextNode;

/** for/else over any iterable, as a LoopNode; the iterator lives in a frame slot of its own. */
public final class ForNode extends StmtNode {
    @Child private ExprNode iterable;
    @Child private GetIterNode getIter = GetIterNode.create();
    @Child private LoopNode loop;
    @Child private StmtNode orElse;
    private final int iteratorSlot;

    public ForNode(TargetNode target, ExprNode iterable, StmtNode body, StmtNode orElse, int iteratorSlot) {
        this.iterable = iterable;
        this.iteratorSlot = iteratorSlot;
        this.loop = Truffle.getRuntime().createLoopNode(new ForRepeatingNode(target, body, iteratorSlot));
        this.orElse = orElse;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        frame.setObject(iteratorSlot, getIter.execute(iterable.execute(frame)));
        Object status = loop.execute(frame);
        frame.setObject(iteratorSlot, null);
        if (status != LoopStatus.BROKEN && orElse != null) {
            orElse.executeVoid(frame);
        }
    }

    static final class ForRepeatingNode extends Node implements RepeatingNode {
        @Child private TargetNode target;
        @Child private StmtNode body;
        @Child private NextNode next = NextNode.create();
        private final int iteratorSlot;
        private final BranchProfile breakTaken = BranchProfile.create();
        private final BranchProfile continueTaken = BranchProfile.create();

        ForRepeatingNode(TargetNode target, StmtNode body, int iteratorSlot) {
            this.target = target;
            this.body = body;
            this.iteratorSlot = iteratorSlot;
        }

        @Override
        public boolean executeRepeating(VirtualFrame frame) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Object executeRepeatingWithValue(VirtualFrame frame) {
            Object value = next.execute(frame.getObject(iteratorSlot));
            if (value == null) {
                return LoopStatus.FINISHED;
            }
            target.assign(frame, value);
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
