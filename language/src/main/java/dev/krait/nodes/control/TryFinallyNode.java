package dev.krait.nodes.control;

import com.oracle.truffle.api.frame.VirtualFrame;

import dev.krait.nodes.StmtNode;

/** try/finally: the finally block runs on every way out (normal, exception, break, continue, return). */
public final class TryFinallyNode extends StmtNode {
    @Child private StmtNode body;
    @Child private StmtNode finalBody;

    public TryFinallyNode(StmtNode body, StmtNode finalBody) {
        this.body = body;
        this.finalBody = finalBody;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        try {
            body.executeVoid(frame);
        } catch (Throwable t) {
            finalBody.executeVoid(frame);
            throw t;
        }
        finalBody.executeVoid(frame);
    }
}
