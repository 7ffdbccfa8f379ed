package dev.krait.nodes.control;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

import dev.krait.nodes.StmtNode;
import dev.krait.runtime.PException;

/**
 * A sequence of statements. An exception raised by an operation deep inside a statement carries no position; the
 * block gives it the statement's, so the traceback shows the right line.
 */
public final class BlockNode extends StmtNode {
    @Children private final StmtNode[] statements;

    public BlockNode(StmtNode[] statements) {
        this.statements = statements;
    }

    @Override
    @ExplodeLoop
    public void executeVoid(VirtualFrame frame) {
        for (StmtNode s : statements) {
            try {
                s.executeVoid(frame);
            } catch (PException e) {
                if (!e.hasPosition()) {
                    e.setLocation(s);
                }
                throw e;
            }
        }
    }

    @Override
    public boolean isInstrumentable() {
        return false;
    }
}
