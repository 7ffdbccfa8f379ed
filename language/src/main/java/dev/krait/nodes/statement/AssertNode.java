package dev.krait.nodes.statement;

import com.oracle.truffle.api.frame.VirtualFrame;

import dev.krait.nodes.ExprNode;
import dev.krait.nodes.StmtNode;
import dev.krait.ops.IsTrueNode;
import dev.krait.runtime.BuiltinClasses;
import dev.krait.runtime.PBaseException;
import dev.krait.runtime.PRaise;
import dev.krait.runtime.PTuple;

public final class AssertNode extends StmtNode {
    @Child private ExprNode test;
    @Child private ExprNode message;
    @Child private IsTrueNode isTrue = IsTrueNode.create();

    public AssertNode(ExprNode test, ExprNode message) {
        this.test = test;
        this.message = message;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        if (!isTrue.execute(test.execute(frame))) {
            PTuple args = message == null ? PTuple.EMPTY : PTuple.of(message.execute(frame));
            throw PRaise.raise(new PBaseException(BuiltinClasses.ASSERTION_ERROR, args), test);
        }
    }
}
