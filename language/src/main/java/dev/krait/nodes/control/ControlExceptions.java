package dev.krait.nodes.control;

import com.oracle.truffle.api.nodes.ControlFlowException;

/** break, continue and return as control-flow exceptions (compiled code turns them into jumps). */
public final class ControlExceptions {
    private ControlExceptions() {
    }

    public static final class BreakException extends ControlFlowException {
        private static final long serialVersionUID = 1L;
        public static final BreakException INSTANCE = new BreakException();
    }

    public static final class ContinueException extends ControlFlowException {
        private static final long serialVersionUID = 1L;
        public static final ContinueException INSTANCE = new ContinueException();
    }

    public static final class ReturnException extends ControlFlowException {
        private static final long serialVersionUID = 1L;
        public final Object value;

        public ReturnException(Object value) {
            this.value = value;
        }
    }
}
