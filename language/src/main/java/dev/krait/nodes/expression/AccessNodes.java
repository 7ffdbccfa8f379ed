package dev.krait.nodes.expression;

import com.oracle.truffle.api.frame.VirtualFrame;

import dev.krait.nodes.ExprNode;
import dev.krait.nodes.TargetNode;
import dev.krait.ops.GetAttrNode;
import dev.krait.ops.GetItemNode;
import dev.krait.runtime.PException;
import dev.krait.runtime.PNone;
import dev.krait.runtime.PSlice;

/** obj.name, obj[key], slices and the walrus. */
public final class AccessNodes {
    private AccessNodes() {
    }

    public static final class AttributeNode extends ExprNode {
        @Child private ExprNode object;
        @Child private GetAttrNode getAttr = GetAttrNode.create();
        private final String name;

        public AttributeNode(ExprNode object, String name) {
            this.object = object;
            this.name = name;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            Object obj = object.execute(frame);
            try {
                return getAttr.execute(obj, name);
            } catch (PException e) {
                throw e.positionIfMissing(this);
            }
        }
    }

    public static final class SubscriptNode extends ExprNode {
        @Child private ExprNode object;
        @Child private ExprNode key;
        @Child private GetItemNode getItem = GetItemNode.create();

        public SubscriptNode(ExprNode object, ExprNode key) {
            this.object = object;
            this.key = key;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            Object obj = object.execute(frame);
            Object k = key.execute(frame);
            try {
                return getItem.execute(obj, k);
            } catch (PException e) {
                throw e.positionIfMissing(this);
            }
        }
    }

    public static final class SliceNode extends ExprNode {
        @Child private ExprNode lower;
        @Child private ExprNode upper;
        @Child private ExprNode step;

        public SliceNode(ExprNode lower, ExprNode upper, ExprNode step) {
            this.lower = lower;
            this.upper = upper;
            this.step = step;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            Object l = lower == null ? PNone.NONE : lower.execute(frame);
            Object u = upper == null ? PNone.NONE : upper.execute(frame);
            Object s = step == null ? PNone.NONE : step.execute(frame);
            return new PSlice(l, u, s);
        }
    }

    public static final class NamedExprNode extends ExprNode {
        @Child private ExprNode value;
        @Child private TargetNode target;

        public NamedExprNode(TargetNode target, ExprNode value) {
            this.target = target;
            this.value = value;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            Object v = value.execute(frame);
            target.assign(frame, v);
            return v;
        }
    }
}
