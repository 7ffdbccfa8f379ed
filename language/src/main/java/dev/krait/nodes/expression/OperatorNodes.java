package dev.krait.nodes.expression;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

import dev.krait.ast.CompareOperator;
import dev.krait.ast.Operator;
import dev.krait.ast.UnaryOperator;
import dev.krait.nodes.ExprNode;
import dev.krait.ops.BinaryOpNode;
import dev.krait.ops.CompareNode;
import dev.krait.ops.IsTrueNode;
import dev.krait.ops.UnaryOpNode;
import dev.krait.runtime.PException;

/** Operators: the AST evaluates the operands and hands them to the shared operation nodes. */
public final class OperatorNodes {
    private OperatorNodes() {
    }

    public static final class BinaryNode extends ExprNode {
        @Child private ExprNode left;
        @Child private ExprNode right;
        @Child private BinaryOpNode op;

        public BinaryNode(ExprNode left, Operator op, ExprNode right) {
            this.left = left;
            this.right = right;
            this.op = BinaryOpNode.create(op);
        }

        @Override
        public Object execute(VirtualFrame frame) {
            Object l = left.execute(frame);
            Object r = right.execute(frame);
            try {
                return op.execute(l, r);
            } catch (PException e) {
                throw e.positionIfMissing(this);
            }
        }
    }

    public static final class UnaryNode extends ExprNode {
        @Child private ExprNode operand;
        @Child private UnaryOpNode op;

        public UnaryNode(UnaryOperator op, ExprNode operand) {
            this.operand = operand;
            this.op = UnaryOpNode.create(op);
        }

        @Override
        public Object execute(VirtualFrame frame) {
            Object v = operand.execute(frame);
            try {
                return op.execute(v);
            } catch (PException e) {
                throw e.positionIfMissing(this);
            }
        }
    }

    public static final class NotNode extends ExprNode {
        @Child private ExprNode operand;
        @Child private IsTrueNode isTrue = IsTrueNode.create();

        public NotNode(ExprNode operand) {
            this.operand = operand;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            return !isTrue.execute(operand.execute(frame));
        }
    }

    /** {@code a < b}. */
    public static final class CompareOneNode extends ExprNode {
        @Child private ExprNode left;
        @Child private ExprNode right;
        @Child private CompareNode op;

        public CompareOneNode(ExprNode left, CompareOperator op, ExprNode right) {
            this.left = left;
            this.right = right;
            this.op = CompareNode.create(op);
        }

        @Override
        public Object execute(VirtualFrame frame) {
            Object l = left.execute(frame);
            Object r = right.execute(frame);
            try {
                return op.execute(l, r);
            } catch (PException e) {
                throw e.positionIfMissing(this);
            }
        }
    }

    /** {@code a < b < c}: each operand evaluated once, stopping at the first false comparison. */
    public static final class ChainedCompareNode extends ExprNode {
        @Children private final ExprNode[] operands;
        @Children private final CompareNode[] ops;
        @Children private final IsTrueNode[] truth;

        public ChainedCompareNode(ExprNode[] operands, CompareOperator[] ops) {
            this.operands = operands;
            this.ops = new CompareNode[ops.length];
            this.truth = new IsTrueNode[ops.length];
            for (int i = 0; i < ops.length; i++) {
                this.ops[i] = CompareNode.create(ops[i]);
                this.truth[i] = IsTrueNode.create();
            }
        }

        @Override
        @ExplodeLoop
        public Object execute(VirtualFrame frame) {
            Object left = operands[0].execute(frame);
            Object result = Boolean.TRUE;
            for (int i = 0; i < ops.length; i++) {
                Object right = operands[i + 1].execute(frame);
                try {
                    result = ops[i].execute(left, right);
                } catch (PException e) {
                    throw e.positionIfMissing(this);
                }
                if (i < ops.length - 1 && !truth[i].execute(result)) {
                    return result;
                }
                left = right;
            }
            return result;
        }
    }

    /** {@code a and b and c} / {@code a or b or c}: returns the deciding operand. */
    public static final class BoolOpNode extends ExprNode {
        @Children private final ExprNode[] values;
        @Children private final IsTrueNode[] truth;
        private final boolean isAnd;

        public BoolOpNode(boolean isAnd, ExprNode[] values) {
            this.isAnd = isAnd;
            this.values = values;
            this.truth = new IsTrueNode[values.length - 1];
            for (int i = 0; i < truth.length; i++) {
                truth[i] = IsTrueNode.create();
            }
        }

        @Override
        @ExplodeLoop
        public Object execute(VirtualFrame frame) {
            for (int i = 0; i < truth.length; i++) {
                Object v = values[i].execute(frame);
                if (truth[i].execute(v) != isAnd) {
                    return v;
                }
            }
            return values[values.length - 1].execute(frame);
        }
    }

    /**
     * {@code a and b} used as a condition (if, while, conditional expression): only the truth matters, so each operand
     * is tested once (a falsy {@code a} is not tested again by the if), as CPython's jumps do.
     */
    public static final class TruthBoolOpNode extends ExprNode {
        @Children private final ExprNode[] values;
        @Children private final IsTrueNode[] truth;
        private final boolean isAnd;

        public TruthBoolOpNode(boolean isAnd, ExprNode[] values) {
            this.isAnd = isAnd;
            this.values = values;
            this.truth = new IsTrueNode[values.length];
            for (int i = 0; i < truth.length; i++) {
                truth[i] = IsTrueNode.create();
            }
        }

        @Override
        @ExplodeLoop
        public Object execute(VirtualFrame frame) {
            for (int i = 0; i < values.length; i++) {
                if (truth[i].execute(values[i].execute(frame)) != isAnd) {
                    return !isAnd;
                }
            }
            return isAnd;
        }
    }

    public static final class IfExpNode extends ExprNode {
        @Child private ExprNode test;
        @Child private ExprNode body;
        @Child private ExprNode orElse;
        @Child private IsTrueNode isTrue = IsTrueNode.create();

        public IfExpNode(ExprNode test, ExprNode body, ExprNode orElse) {
            this.test = test;
            this.body = body;
            this.orElse = orElse;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            return isTrue.execute(test.execute(frame)) ? body.execute(frame) : orElse.execute(frame);
        }
    }
}
