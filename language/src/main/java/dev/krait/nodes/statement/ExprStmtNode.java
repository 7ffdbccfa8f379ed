package dev.krait.nodes.statement;

import com.oracle.truffle.api.frame.VirtualFrame;

import dev.krait.nodes.ExprNode;
import dev.krait.nodes.StmtNode;

/** An expression evaluated for its effect. */
public final class ExprStmtNode extends StmtNode {
    @Child private ExprNode expr;

    public ExprStmtNode(ExprNode expr) {
        this.expr = expr;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        expr.execute(frame);
    }
}
