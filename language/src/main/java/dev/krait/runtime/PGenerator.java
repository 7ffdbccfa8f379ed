package dev.krait.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.frame.MaterializedFrame;

/**
 * A generator: the suspended frame of a generator function and the call target that resumes its body. Each resume
 * runs the body from the top on the saved frame; the statements record where they were suspended and skip ahead.
 */
public final class PGenerator extends PIterator {
    /** What the body call target returns when the generator has finished (instead of a yielded value). */
    public static final Object FINISHED = new Object();

    public final MaterializedFrame frame;
    public final RootCallTarget body;
    public final String name;
    public final String qualname;
    /** The value the suspended yield evaluates to (send), or None. */
    public Object sentValue = PNone.NONE;
    /** An exception to raise at the suspended yield (throw/close), or null. */
    public PBaseException pendingThrow;
    /** The value of the body's return statement once finished (StopIteration.value, the result of yield from). */
    public Object returnValue = PNone.NONE;
    private boolean returnValueTaken;
    private boolean started;
    private boolean running;
    private boolean finished;

    public PGenerator(MaterializedFrame frame, RootCallTarget body, String name, String qualname) {
        this.frame = frame;
        this.body = body;
        this.name = name;
        this.qualname = qualname;
    }

    @Override
    public PythonClass getPythonClass() {
        return BuiltinClasses.GENERATOR;
    }

    @Override
    public Object takeStopValue() {
        if (!finished || returnValueTaken) {
            return null;
        }
        returnValueTaken = true;
        return returnValue;
    }

    public boolean isFinished() {
        return finished;
    }

    public boolean isStarted() {
        return started;
    }

    /** Called by the body's root around each resume. */
    public void enter() {
        if (running) {
            throw PRaise.valueError(null, "generator already executing");
        }
        running = true;
        started = true;
    }

    public void exit(boolean done) {
        running = false;
        if (done) {
            finished = true;
        }
    }

    /** The next value, or null when the generator is (or becomes) exhausted. */
    @Override
    public Object next() {
        return resume(PNone.NONE, null);
    }

    /** Resumes with a sent value or an exception to throw in; null when the generator finished. */
    @TruffleBoundary
    public Object resume(Object value, PBaseException toThrow) {
        if (finished) {
            if (toThrow != null) {
                throw PRaise.raise(toThrow, null);
            }
            return null;
        }
        if (!started && toThrow != null) {
            finished = true;
            throw PRaise.raise(toThrow, null);
        }
        if (!started && value != PNone.NONE) {
            throw PRaise.typeError(null, "can't send non-None value to a just-started generator");
        }
        sentValue = value;
        pendingThrow = toThrow;
        Object result = body.call(this);
        return result == FINISHED ? null : result;
    }
}
