package dev.krait.nodes.control;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.profiles.CountingConditionProfile;

import dev.krait.nodes.ExprNode;
import dev.krait.nodes.StmtNode;
import dev.krait.ops.IsTrueNode;

public final class IfNode extends StmtNode {
    @Child private ExprNode condition;
    @Child private IsTrueNode isTrue = IsTrueNode.create();
    @Child private StmtNode thenBranch;
    @Child private StmtNode elseBranch;
    private final CountingConditionProfile profile = CountingConditionProfile.create();

    public IfNode(ExprNode condition, StmtNode thenBranch, StmtNode elseBranch) {
        this.condition = condition;
        this.thenBranch = thenBranch;
        this.elseBranch = elseBranch;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        if (profile.profile(isTrue.execute(condition.execute(frame)))) {
            thenBranch.executeVoid(frame);
        } else if (elseBranch != null) {
            elseBranch.executeVoid(frame);
        }
    }
}
