package dev.krait.nodes.call;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

import dev.krait.nodes.ExprNode;
import dev.krait.ops.CallNode;
import dev.krait.runtime.PException;

/** {@code @d1 @d2 def f}: decorators are evaluated first, then applied innermost first: d1(d2(f)). */
public final class DecorateNode extends ExprNode {
    @Children private final ExprNode[] decorators;
    @Child private ExprNode definition;
    @Children private final CallNode[] calls;

    public DecorateNode(ExprNode[] decorators, ExprNode definition) {
        this.decorators = decorators;
        this.definition = definition;
        this.calls = new CallNode[decorators.length];
        for (int i = 0; i < calls.length; i++) {
            calls[i] = CallNode.create();
        }
    }

    @Override
    @ExplodeLoop
    public Object execute(VirtualFrame frame) {
        Object[] fns = new Object[decorators.length];
        for (int i = 0; i < decorators.length; i++) {
            fns[i] = decorators[i].execute(frame);
        }
        Object result = definition.execute(frame);
        for (int i = decorators.length - 1; i >= 0; i--) {
            try {
                result = calls[i].call(fns[i], result);
            } catch (PException e) {
                e.setLocation(decorators[i]);
                throw e;
            }
        }
        return result;
    }
}
