package dev.krait.nodes.generator;

import com.oracle.truffle.api.nodes.ControlFlowException;

/** Unwinds a generator body to its root at a yield, carrying the yielded value. */
public final class YieldException extends ControlFlowException {
    private static final long serialVersionUID = 1L;
    public final Object value;

    public YieldException(Object value) {
        this.value = value;
    }
}
