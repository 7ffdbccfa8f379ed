package dev.krait.nodes.statement;

import com.oracle.truffle.api.frame.VirtualFrame;

import dev.krait.builtins.modules.SysModule;
import dev.krait.nodes.ExprNode;
import dev.krait.nodes.StmtNode;
import dev.krait.runtime.KraitContext;

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

    /** An expression statement of interactive input outside functions and classes: its value is displayed. */
    public static final class PrintExprNode extends StmtNode {
        @Child private ExprNode expr;

        public PrintExprNode(ExprNode expr) {
            this.expr = expr;
        }

        @Override
        public void executeVoid(VirtualFrame frame) {
            SysModule.printExpr(KraitContext.get(this), expr.execute(frame));
        }
    }
}
