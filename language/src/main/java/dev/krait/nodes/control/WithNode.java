package dev.krait.nodes.control;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ControlFlowException;

import dev.krait.nodes.ExprNode;
import dev.krait.nodes.StmtNode;
import dev.krait.nodes.TargetNode;
import dev.krait.ops.Attributes;
import dev.krait.ops.Calls;
import dev.krait.ops.PyObjectOps;
import dev.krait.runtime.KraitContext;
import dev.krait.runtime.PBaseException;
import dev.krait.runtime.PException;
import dev.krait.runtime.PNone;
import dev.krait.runtime.PRaise;
import dev.krait.runtime.PythonClass;

/**
 * {@code with manager [as target]: body}. The manager's __exit__ runs on every way out; when the body raised, a
 * true result from __exit__ suppresses the exception. In a generator body the same node is resumable (state slot).
 */
public final class WithNode extends StmtNode {
    @Child private ExprNode manager;
    @Child private TargetNode target;
    @Child private StmtNode body;
    private final int managerSlot;
    /** Frame slot of the resume state, or -1 outside generators. */
    private final int stateSlot;

    public WithNode(ExprNode manager, TargetNode target, StmtNode body, int managerSlot, int stateSlot) {
        this.manager = manager;
        this.target = target;
        this.body = body;
        this.managerSlot = managerSlot;
        this.stateSlot = stateSlot;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        boolean resumed = stateSlot >= 0 && frame.isInt(stateSlot) && frame.getInt(stateSlot) == 1;
        // The slot keeps the bound __exit__, looked up once on entry as CPython does.
        Object exit;
        if (resumed) {
            exit = frame.getObject(managerSlot);
        } else {
            Object[] entered = enter(manager.execute(frame));
            exit = entered[0];
            frame.setObject(managerSlot, exit);
            if (stateSlot >= 0) {
                frame.setInt(stateSlot, 1);
            }
            if (target != null) {
                try {
                    target.assign(frame, entered[1]);
                } catch (PException e) {
                    clear(frame);
                    if (!exitWithException(exit, e, this)) {
                        throw e;
                    }
                    return;
                }
            }
        }
        try {
            body.executeVoid(frame);
        } catch (PException e) {
            clear(frame);
            if (!exitWithException(exit, e, this)) {
                throw e;
            }
            return;
        } catch (ControlFlowException c) {
            if (c instanceof dev.krait.nodes.generator.YieldException) {
                throw c;
            }
            clear(frame);
            exitNormally(exit);
            throw c;
        }
        clear(frame);
        exitNormally(exit);
    }

    private void clear(VirtualFrame frame) {
        frame.setObject(managerSlot, null);
        if (stateSlot >= 0) {
            frame.setInt(stateSlot, 0);
        }
    }

    /**
     * Entering a context manager, for the bytecode engine's BEFORE_WITH: the bound {@code __exit__} and the result of
     * {@code __enter__()}, with the same protocol check as {@link #executeVoid}.
     */
    @TruffleBoundary
    public static Object[] enter(Object mgr) {
        Object exit = lookupSpecial(mgr, "__exit__");
        Object enter = lookupSpecial(mgr, "__enter__");
        if (enter == null) {
            throw PRaise.typeError(null, "'%s' object does not support the context manager protocol", PyObjectOps.typeName(mgr));
        }
        if (exit == null) {
            throw PRaise.typeError(null, "'%s' object does not support the context manager protocol (missed __exit__ method)", PyObjectOps.typeName(mgr));
        }
        return new Object[]{exit, Calls.callUncached(enter)};
    }

    /** {@code __exit__(type, exc, traceback)} for an exception leaving the body; shared with the bytecode engine. */
    @TruffleBoundary
    public static Object callExit(Object exit, PBaseException exc) {
        Object traceback = exc.traceback == null ? PNone.NONE : new dev.krait.runtime.PTraceback(exc.traceback);
        return Calls.callUncached(exit, exc.getPythonClass(), exc, traceback);
    }

    /** The bound special method found on the manager's type, or null. */
    @TruffleBoundary
    static Object lookupSpecial(Object mgr, String name) {
        PythonClass type = PyObjectOps.typeOf(mgr);
        Object attr = type.lookup(name);
        return attr == null ? null : Attributes.bindToInstance(mgr, type, attr);
    }

    @TruffleBoundary
    private static void exitNormally(Object exit) {
        Calls.callUncached(exit, PNone.NONE, PNone.NONE, PNone.NONE);
    }

    /** Calls __exit__ with the exception; true when it asks to suppress it. */
    @TruffleBoundary
    private static boolean exitWithException(Object exit, PException e, StmtNode node) {
        PBaseException exc = e.getException();
        TryExceptNode.recordHandledFrame(e, node);
        KraitContext context = KraitContext.get(node);
        PBaseException saved = context.handledException;
        context.handledException = exc;
        try {
            return PyObjectOps.isTrue(callExit(exit, exc));
        } catch (PException inner) {
            TryExceptNode.chain(inner.getException(), exc);
            throw inner;
        } finally {
            context.handledException = saved;
        }
    }
}
