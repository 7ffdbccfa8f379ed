package dev.krait.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.ThreadLocalAction;

import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * Ctrl-C (SIGINT) while Python code runs raises KeyboardInterrupt in it, as CPython's default handler does: the
 * signal thread submits a thread-local action that throws at the running thread's next safepoint (loop back edges,
 * calls, blocking waits such as time.sleep). While no code runs the signal goes to the handler installed before
 * (the REPL's line editor, which drops the line being typed).
 */
public final class InterruptSignal implements SignalHandler {
    private static final Signal SIGINT = new Signal("INT");

    private final KraitContext context;
    private SignalHandler previous;

    private InterruptSignal(KraitContext context) {
        this.context = context;
    }

    /** Makes Ctrl-C raise KeyboardInterrupt in {@code context}; again after someone else took the signal over. */
    @TruffleBoundary
    public static void install(KraitContext context) {
        InterruptSignal handler = context.interruptSignal;
        if (handler == null) {
            handler = new InterruptSignal(context);
            context.interruptSignal = handler;
        }
        try {
            SignalHandler replaced = Signal.handle(SIGINT, handler);
            if (replaced != handler) {
                handler.previous = replaced;
            }
        } catch (IllegalArgumentException e) {
            // The JVM keeps SIGINT for itself (-Xrs): Ctrl-C ends the process as it would without Krait.
        }
    }

    @Override
    public void handle(Signal signal) {
        if (context.runningInputs > 0) {
            context.env.submitThreadLocal(null, new RaiseKeyboardInterrupt());
        } else if (previous != null && previous != SignalHandler.SIG_DFL && previous != SignalHandler.SIG_IGN) {
            previous.handle(signal);
        }
    }

    private static final class RaiseKeyboardInterrupt extends ThreadLocalAction {
        RaiseKeyboardInterrupt() {
            super(true, false);
        }

        @Override
        protected void perform(Access access) {
            // In a loop running as compiled OSR code the location is the loop's own root, which would report the
            // function's first line: left without a position, the statement running the loop gives it its line.
            com.oracle.truffle.api.nodes.Node location = access.getLocation();
            if (location instanceof com.oracle.truffle.api.nodes.RootNode) {
                location = null;
            }
            throw PRaise.raise(new PBaseException(BuiltinClasses.KEYBOARD_INTERRUPT, PTuple.EMPTY), location);
        }
    }
}
