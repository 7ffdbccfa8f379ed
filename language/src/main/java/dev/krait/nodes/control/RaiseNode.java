package dev.krait.nodes.control;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.Node;

import dev.krait.nodes.ExprNode;
import dev.krait.nodes.StmtNode;
import dev.krait.ops.Calls;
import dev.krait.runtime.BuiltinClasses;
import dev.krait.runtime.KraitContext;
import dev.krait.runtime.PBaseException;
import dev.krait.runtime.PException;
import dev.krait.runtime.PNone;
import dev.krait.runtime.PRaise;
import dev.krait.runtime.PythonClass;

/** raise, raise X, raise X from Y. */
public final class RaiseNode extends StmtNode {
    @Child private ExprNode exception;
    @Child private ExprNode cause;

    public RaiseNode(ExprNode exception, ExprNode cause) {
        this.exception = exception;
        this.cause = cause;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        if (exception == null) {
            throw reraise(KraitContext.get(this), this);
        }
        Object exc = exception.execute(frame);
        Object causeValue = cause == null ? null : cause.execute(frame);
        throw raise(exc, causeValue, cause != null, this);
    }

    /** Bare raise: the exception being handled, with its traceback as it is. */
    @TruffleBoundary
    public static PException reraise(KraitContext context, Node location) {
        PBaseException handled = context.handledException;
        if (handled == null) {
            return PRaise.error(location, BuiltinClasses.RUNTIME_ERROR, "No active exception to reraise");
        }
        return handled.getCarrier();
    }

    /** The semantics of {@code raise exc [from cause]}, shared by both engines. */
    @TruffleBoundary
    public static PException raise(Object exc, Object causeValue, boolean hasCause, Node location) {
        PBaseException instance = toException(exc, "exceptions must derive from BaseException");
        if (hasCause) {
            if (causeValue == PNone.NONE) {
                instance.cause = null;
            } else {
                instance.cause = toException(causeValue, "exception causes must derive from BaseException");
            }
            instance.suppressContext = true;
        }
        return PRaise.raise(instance, location);
    }

    private static PBaseException toException(Object value, String message) {
        if (value instanceof PBaseException e) {
            return e;
        }
        if (value instanceof PythonClass c && c.isSubclassOf(BuiltinClasses.BASE_EXCEPTION)) {
            Object instance = Calls.callUncached(c);
            if (instance instanceof PBaseException e) {
                return e;
            }
            throw PRaise.typeError(null, "calling %s should have returned an instance of BaseException, not %s", c.name,
                            dev.krait.ops.PyObjectOps.typeName(instance));
        }
        throw PRaise.typeError(null, message);
    }
}
