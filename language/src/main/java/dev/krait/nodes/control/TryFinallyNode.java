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

    /** An exception raised by the finally block while another is pending gets that one as its __context__. */
    private void runFinallyWhilePending(VirtualFrame frame, dev.krait.runtime.PException pending) {
        try {
            finalBody.executeVoid(frame);
        } catch (dev.krait.runtime.PException raised) {
            TryExceptNode.chain(raised.getException(), pending.getException());
            throw raised;
        }
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        try {
            body.executeVoid(frame);
        } catch (Throwable t) {
            if (t instanceof dev.krait.runtime.PException pending) {
                runFinallyWhilePending(frame, pending);
            } else {
                finalBody.executeVoid(frame);
            }
            throw t;
        }
        finalBody.executeVoid(frame);
    }
}
