package dev.krait.nodes.statement;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

import dev.krait.nodes.ExprNode;
import dev.krait.nodes.StmtNode;
import dev.krait.nodes.TargetNode;

/** {@code t1 = t2 = value}: the value is computed once and stored into each target left to right. */
public final class AssignNode extends StmtNode {
    @Child private ExprNode value;
    @Children private final TargetNode[] targets;

    public AssignNode(ExprNode value, TargetNode[] targets) {
        this.value = value;
        this.targets = targets;
    }

    @Override
    @ExplodeLoop
    public void executeVoid(VirtualFrame frame) {
        Object v = value.execute(frame);
        for (TargetNode t : targets) {
            t.assign(frame, v);
        }
    }
}
