package dev.krait.nodes.expression;

import com.oracle.truffle.api.frame.VirtualFrame;

import dev.krait.nodes.ExprNode;

/** Constants. */
public final class LiteralNodes {
    private LiteralNodes() {
    }

    public static final class LongLiteral extends ExprNode {
        private final long value;

        public LongLiteral(long value) {
            this.value = value;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            return value;
        }

        @Override
        public long executeLong(VirtualFrame frame) {
            return value;
        }
    }

    public static final class DoubleLiteral extends ExprNode {
        private final double value;

        public DoubleLiteral(double value) {
            this.value = value;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            return value;
        }

        @Override
        public double executeDouble(VirtualFrame frame) {
            return value;
        }
    }

    /** Any other immutable constant: str, big int, bool, None, bytes, Ellipsis. */
    public static final class ObjectLiteral extends ExprNode {
        private final Object value;

        public ObjectLiteral(Object value) {
            this.value = value;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            return value;
        }
    }
}
