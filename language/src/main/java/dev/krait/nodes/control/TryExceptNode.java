package dev.krait.nodes.control;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.profiles.BranchProfile;

import dev.krait.nodes.ExprNode;
import dev.krait.nodes.KraitRootNode;
import dev.krait.nodes.StmtNode;
import dev.krait.nodes.TargetNode;
import dev.krait.runtime.BuiltinClasses;
import dev.krait.runtime.KraitContext;
import dev.krait.runtime.PBaseException;
import dev.krait.runtime.PException;
import dev.krait.runtime.PRaise;
import dev.krait.runtime.PTuple;
import dev.krait.runtime.PythonClass;

/** try/except/else. */
public final class TryExceptNode extends StmtNode {
    @Child private StmtNode body;
    @Children private final Handler[] handlers;
    @Child private StmtNode orElse;
    private final BranchProfile exceptionTaken = BranchProfile.create();

    public TryExceptNode(StmtNode body, Handler[] handlers, StmtNode orElse) {
        this.body = body;
        this.handlers = handlers;
        this.orElse = orElse;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        try {
            body.executeVoid(frame);
        } catch (PException e) {
            exceptionTaken.enter();
            handle(frame, e);
            return;
        }
        if (orElse != null) {
            orElse.executeVoid(frame);
        }
    }

    @ExplodeLoop
    private void handle(VirtualFrame frame, PException e) {
        PBaseException exc = e.getException();
        for (Handler h : handlers) {
            if (h.matches(frame, exc)) {
                KraitRootNode root = (KraitRootNode) getRootNode();
                recordFrame(e, root);
                h.run(frame, exc);
                return;
            }
        }
        throw e;
    }

    @TruffleBoundary
    private static void recordFrame(PException e, KraitRootNode root) {
        e.recordFrame(root.getName(), root.getFilename(), true);
    }

    /** A handler in {@code node}'s frame caught {@code e}: the frame's traceback entry is recorded now. */
    public static void recordHandledFrame(PException e, com.oracle.truffle.api.nodes.Node node) {
        recordFrame(e, (KraitRootNode) node.getRootNode());
    }

    /** One {@code except [type [as name]]:} clause. */
    public static final class Handler extends Node {
        @Child private ExprNode type;
        @Child private TargetNode name;
        @Child private StmtNode body;
        /** Deletes the name after the handler, as Python does. */
        @Child private StmtNode deleteName;

        public Handler(ExprNode type, TargetNode name, StmtNode body, StmtNode deleteName) {
            this.type = type;
            this.name = name;
            this.body = body;
            this.deleteName = deleteName;
        }

        public boolean matches(VirtualFrame frame, PBaseException exc) {
            if (type == null) {
                return true;
            }
            return exceptionMatches(exc, type.execute(frame));
        }

        public void run(VirtualFrame frame, PBaseException exc) {
            KraitContext context = KraitContext.get(this);
            PBaseException saved = context.handledException;
            if (saved != null) {
                // Raised (and now caught) while another exception was being handled: that one is its context.
                chain(exc, saved);
            }
            context.handledException = exc;
            try {
                if (name != null) {
                    name.assign(frame, exc);
                }
                body.executeVoid(frame);
            } catch (PException inner) {
                chain(inner.getException(), exc);
                throw inner;
            } finally {
                context.handledException = saved;
                if (deleteName != null) {
                    deleteName.executeVoid(frame);
                }
            }
        }
    }

    /** An exception raised while another is handled remembers it as its __context__. */
    @TruffleBoundary
    public static void chain(PBaseException raised, PBaseException handled) {
        if (raised == handled || raised.context != null) {
            return;
        }
        for (PBaseException c = handled; c != null; c = c.context) {
            if (c == raised) {
                return;
            }
        }
        raised.context = handled;
    }

    @TruffleBoundary
    public static boolean exceptionMatches(PBaseException exc, Object type) {
        if (type instanceof PythonClass c) {
            if (!c.isSubclassOf(BuiltinClasses.BASE_EXCEPTION)) {
                throw notAnException();
            }
            return exc.getPythonClass().isSubclassOf(c);
        }
        if (type instanceof PTuple t) {
            for (Object o : t.getItems()) {
                if (exceptionMatches(exc, o)) {
                    return true;
                }
            }
            return false;
        }
        throw notAnException();
    }

    private static RuntimeException notAnException() {
        return PRaise.typeError(null, "catching classes that do not inherit from BaseException is not allowed");
    }
}
