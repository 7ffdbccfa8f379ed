package dev.krait.nodes.call;

import com.oracle.truffle.api.frame.VirtualFrame;

import dev.krait.builtins.DataModelBuiltins;
import dev.krait.nodes.ExprNode;

/** Zero-argument {@code super()}: the class from the method's {@code __class__} cell and its first argument. */
public final class SuperNode extends ExprNode {
    @Child private ExprNode classCell;
    @Child private ExprNode firstArgument;

    public SuperNode(ExprNode classCell, ExprNode firstArgument) {
        this.classCell = classCell;
        this.firstArgument = firstArgument;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        return DataModelBuiltins.SuperNewNode.make(classCell.execute(frame), firstArgument.execute(frame));
    }
}
