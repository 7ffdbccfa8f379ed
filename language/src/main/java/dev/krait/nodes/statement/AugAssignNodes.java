package dev.krait.nodes.statement;

import com.oracle.truffle.api.frame.VirtualFrame;

import dev.krait.ast.Operator;
import dev.krait.nodes.ExprNode;
import dev.krait.nodes.StmtNode;
import dev.krait.nodes.TargetNode;
import dev.krait.ops.GetAttrNode;
import dev.krait.ops.GetItemNode;
import dev.krait.ops.InplaceOpNode;
import dev.krait.ops.SetAttrNode;
import dev.krait.ops.SetItemNode;

/** Augmented assignment ({@code x += v}); the target's object and key are evaluated once. */
public final class AugAssignNodes {
    private AugAssignNodes() {
    }

    public static final class AugAssignName extends StmtNode {
        @Child private ExprNode read;
        @Child private TargetNode write;
        @Child private ExprNode value;
        @Child private InplaceOpNode op;

        public AugAssignName(ExprNode read, TargetNode write, Operator op, ExprNode value) {
            this.read = read;
            this.write = write;
            this.value = value;
            this.op = InplaceOpNode.create(op);
        }

        @Override
        public void executeVoid(VirtualFrame frame) {
            Object current = read.execute(frame);
            write.assign(frame, op.execute(current, value.execute(frame)));
        }
    }

    public static final class AugAssignSubscript extends StmtNode {
        @Child private ExprNode object;
        @Child private ExprNode key;
        @Child private ExprNode value;
        @Child private InplaceOpNode op;
        @Child private GetItemNode getItem = GetItemNode.create();
        @Child private SetItemNode setItem = SetItemNode.create();

        public AugAssignSubscript(ExprNode object, ExprNode key, Operator op, ExprNode value) {
            this.object = object;
            this.key = key;
            this.value = value;
            this.op = InplaceOpNode.create(op);
        }

        @Override
        public void executeVoid(VirtualFrame frame) {
            Object obj = object.execute(frame);
            Object k = key.execute(frame);
            Object current = getItem.execute(obj, k);
            setItem.execute(obj, k, op.execute(current, value.execute(frame)));
        }
    }

    public static final class AugAssignAttribute extends StmtNode {
        @Child private ExprNode object;
        private final String name;
        @Child private ExprNode value;
        @Child private InplaceOpNode op;
        @Child private GetAttrNode getAttr = GetAttrNode.create();
        @Child private SetAttrNode setAttr = SetAttrNode.create();

        public AugAssignAttribute(ExprNode object, String name, Operator op, ExprNode value) {
            this.object = object;
            this.name = name;
            this.value = value;
            this.op = InplaceOpNode.create(op);
        }

        @Override
        public void executeVoid(VirtualFrame frame) {
            Object obj = object.execute(frame);
            Object current = getAttr.execute(obj, name);
            setAttr.execute(obj, name, op.execute(current, value.execute(frame)));
        }
    }
}
