package dev.krait.nodes.generator;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.Frame;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

import dev.krait.nodes.ExprNode;
import dev.krait.nodes.StmtNode;
import dev.krait.nodes.TargetNode;
import dev.krait.nodes.control.ControlExceptions;
import dev.krait.nodes.control.TryExceptNode;
import dev.krait.ops.Calls;
import dev.krait.ops.GetIterNode;
import dev.krait.ops.IsTrueNode;
import dev.krait.ops.NextNode;
import dev.krait.ops.PyObjectOps;
import dev.krait.ops.SpecialMethods;
import dev.krait.runtime.BuiltinClasses;
import dev.krait.runtime.PBaseException;
import dev.krait.runtime.PException;
import dev.krait.runtime.PGenerator;
import dev.krait.runtime.PNone;
import dev.krait.runtime.PRaise;

/**
 * The statements of a generator body that contain a yield. A resumed body runs from the top again, so each of these
 * keeps in a frame slot where it was when the generator was suspended (0: not started) and continues from there;
 * it clears that state whenever it is left other than by a yield.
 */
public final class GeneratorNodes {
    private GeneratorNodes() {
    }

    static int state(Frame frame, int slot) {
        return frame.isInt(slot) ? frame.getInt(slot) : 0;
    }

    static boolean isYield(Throwable t) {
        return t instanceof YieldException;
    }

    /** A sequence of statements, resumable at the statement that yielded. */
    public static final class GenBlockNode extends StmtNode {
        @Children private final StmtNode[] statements;
        private final int stateSlot;

        public GenBlockNode(StmtNode[] statements, int stateSlot) {
            this.statements = statements;
            this.stateSlot = stateSlot;
        }

        /**
         * Exploded over every statement with a constant index (skipping those before the resume point at run time):
         * a loop starting at the run-time resume index would leave each statement a virtual call that partial
         * evaluation cannot inline, i.e. the body interpreted inside compiled code.
         */
        @Override
        @ExplodeLoop
        public void executeVoid(VirtualFrame frame) {
            int start = state(frame, stateSlot);
            int from = start == 0 ? 0 : start - 1;
            try {
                for (int i = 0; i < statements.length; i++) {
                    if (i < from) {
                        continue;
                    }
                    frame.setInt(stateSlot, i + 1);
                    try {
                        statements[i].executeVoid(frame);
                    } catch (PException e) {
                        if (!e.hasPosition()) {
                            e.setLocation(statements[i]);
                        }
                        throw e;
                    }
                }
            } catch (Throwable t) {
                if (!isYield(t)) {
                    frame.setInt(stateSlot, 0);
                }
                throw t;
            }
            frame.setInt(stateSlot, 0);
        }
    }

    public static final class GenIfNode extends StmtNode {
        @Child private ExprNode condition;
        @Child private IsTrueNode isTrue = IsTrueNode.create();
        @Child private StmtNode thenBranch;
        @Child private StmtNode elseBranch;
        private final int stateSlot;

        public GenIfNode(ExprNode condition, StmtNode thenBranch, StmtNode elseBranch, int stateSlot) {
            this.condition = condition;
            this.thenBranch = thenBranch;
            this.elseBranch = elseBranch;
            this.stateSlot = stateSlot;
        }

        @Override
        public void executeVoid(VirtualFrame frame) {
            int branch = state(frame, stateSlot);
            if (branch == 0) {
                branch = isTrue.execute(condition.execute(frame)) ? 1 : 2;
            }
            frame.setInt(stateSlot, branch);
            try {
                if (branch == 1) {
                    thenBranch.executeVoid(frame);
                } else if (elseBranch != null) {
                    elseBranch.executeVoid(frame);
                }
            } catch (Throwable t) {
                if (!isYield(t)) {
                    frame.setInt(stateSlot, 0);
                }
                throw t;
            }
            frame.setInt(stateSlot, 0);
        }
    }

    public static final class GenWhileNode extends StmtNode {
        @Child private ExprNode condition;
        @Child private IsTrueNode isTrue = IsTrueNode.create();
        @Child private StmtNode body;
        @Child private StmtNode orElse;
        private final int stateSlot;

        /** The condition may itself yield: while it is evaluated the loop's state says "at the condition". */
        private boolean conditionHolds(VirtualFrame frame) {
            frame.setInt(stateSlot, 0);
            return isTrue.execute(condition.execute(frame));
        }

        public GenWhileNode(ExprNode condition, StmtNode body, StmtNode orElse, int stateSlot) {
            this.condition = condition;
            this.body = body;
            this.orElse = orElse;
            this.stateSlot = stateSlot;
        }

        @Override
        public void executeVoid(VirtualFrame frame) {
            int s = state(frame, stateSlot);
            boolean broke = false;
            try {
                if (s != 2) {
                    boolean resumeInBody = s == 1;
                    while (resumeInBody || conditionHolds(frame)) {
                        resumeInBody = false;
                        frame.setInt(stateSlot, 1);
                        try {
                            body.executeVoid(frame);
                        } catch (ControlExceptions.BreakException e) {
                            broke = true;
                            break;
                        } catch (ControlExceptions.ContinueException e) {
                            // next iteration
                        }
                    }
                }
                if (!broke && orElse != null) {
                    frame.setInt(stateSlot, 2);
                    orElse.executeVoid(frame);
                }
            } catch (Throwable t) {
                if (!isYield(t)) {
                    frame.setInt(stateSlot, 0);
                }
                throw t;
            }
            frame.setInt(stateSlot, 0);
        }
    }

    /** The iterable is evaluated once, before the loop; next() never suspends the generator itself. */
    public static final class GenForNode extends StmtNode {
        @Child private TargetNode target;
        @Child private ExprNode iterable;
        @Child private GetIterNode getIter = GetIterNode.create();
        @Child private NextNode next = NextNode.create();
        @Child private StmtNode body;
        @Child private StmtNode orElse;
        private final int stateSlot;
        private final int iteratorSlot;

        public GenForNode(TargetNode target, ExprNode iterable, StmtNode body, StmtNode orElse, int stateSlot, int iteratorSlot) {
            this.target = target;
            this.iterable = iterable;
            this.body = body;
            this.orElse = orElse;
            this.stateSlot = stateSlot;
            this.iteratorSlot = iteratorSlot;
        }

        @Override
        public void executeVoid(VirtualFrame frame) {
            int s = state(frame, stateSlot);
            boolean broke = false;
            try {
                if (s == 0) {
                    frame.setObject(iteratorSlot, getIter.execute(iterable.execute(frame)));
                }
                if (s != 2) {
                    boolean resumeInBody = s == 1;
                    while (true) {
                        if (!resumeInBody) {
                            Object value = next.execute(frame.getObject(iteratorSlot));
                            if (value == null) {
                                break;
                            }
                            target.assign(frame, value);
                        }
                        resumeInBody = false;
                        frame.setInt(stateSlot, 1);
                        try {
                            body.executeVoid(frame);
                        } catch (ControlExceptions.BreakException e) {
                            broke = true;
                            break;
                        } catch (ControlExceptions.ContinueException e) {
                            // next iteration
                        }
                    }
                }
                frame.setObject(iteratorSlot, null);
                if (!broke && orElse != null) {
                    frame.setInt(stateSlot, 2);
                    orElse.executeVoid(frame);
                }
            } catch (Throwable t) {
                if (!isYield(t)) {
                    frame.setInt(stateSlot, 0);
                    frame.setObject(iteratorSlot, null);
                }
                throw t;
            }
            frame.setInt(stateSlot, 0);
        }
    }

    /** try/except/else whose parts may yield; a handler resumed after a yield gets its exception back. */
    public static final class GenTryExceptNode extends StmtNode {
        @Child private StmtNode body;
        @Children private final TryExceptNode.Handler[] handlers;
        @Child private StmtNode orElse;
        private final int stateSlot;
        private final int exceptionSlot;

        public GenTryExceptNode(StmtNode body, TryExceptNode.Handler[] handlers, StmtNode orElse, int stateSlot, int exceptionSlot) {
            this.body = body;
            this.handlers = handlers;
            this.orElse = orElse;
            this.stateSlot = stateSlot;
            this.exceptionSlot = exceptionSlot;
        }

        @Override
        public void executeVoid(VirtualFrame frame) {
            int s = state(frame, stateSlot);
            try {
                if (s <= 1) {
                    frame.setInt(stateSlot, 1);
                    try {
                        body.executeVoid(frame);
                    } catch (PException e) {
                        handleFrom(frame, e, 0);
                        return;
                    }
                    s = 2;
                }
                if (s == 2) {
                    if (orElse != null) {
                        frame.setInt(stateSlot, 2);
                        orElse.executeVoid(frame);
                    }
                } else {
                    // resumed inside handler (s - 3)
                    PException e = (PException) frame.getObject(exceptionSlot);
                    runHandler(frame, e, s - 3);
                    return;
                }
            } catch (Throwable t) {
                if (!isYield(t)) {
                    clear(frame);
                }
                throw t;
            }
            clear(frame);
        }

        private void clear(VirtualFrame frame) {
            frame.setInt(stateSlot, 0);
            frame.setObject(exceptionSlot, null);
        }

        @ExplodeLoop
        private void handleFrom(VirtualFrame frame, PException e, int first) {
            PBaseException exc = e.getException();
            for (int i = 0; i < handlers.length; i++) {
                if (i >= first && handlers[i].matches(frame, exc)) {
                    TryExceptNode.recordHandledFrame(e, this);
                    frame.setObject(exceptionSlot, e);
                    runHandler(frame, e, i);
                    return;
                }
            }
            throw e;
        }

        /** Runs handler {@code index} (a run-time value when resumed): exploded so each handler is a constant. */
        @ExplodeLoop
        private void runHandler(VirtualFrame frame, PException e, int index) {
            for (int i = 0; i < handlers.length; i++) {
                if (i == index) {
                    frame.setInt(stateSlot, 3 + i);
                    handlers[i].run(frame, e.getException());
                    clear(frame);
                    return;
                }
            }
        }
    }

    /** try/finally whose parts may yield; a finally block resumed after a yield still re-raises what it must. */
    public static final class GenTryFinallyNode extends StmtNode {
        @Child private StmtNode body;
        @Child private StmtNode finalBody;
        private final int stateSlot;
        private final int pendingSlot;

        public GenTryFinallyNode(StmtNode body, StmtNode finalBody, int stateSlot, int pendingSlot) {
            this.body = body;
            this.finalBody = finalBody;
            this.stateSlot = stateSlot;
            this.pendingSlot = pendingSlot;
        }

        @Override
        public void executeVoid(VirtualFrame frame) {
            int s = state(frame, stateSlot);
            if (s <= 1) {
                frame.setInt(stateSlot, 1);
                try {
                    body.executeVoid(frame);
                    frame.setObject(pendingSlot, null);
                } catch (Throwable t) {
                    if (isYield(t)) {
                        throw t;
                    }
                    frame.setObject(pendingSlot, t);
                }
            }
            frame.setInt(stateSlot, 2);
            try {
                finalBody.executeVoid(frame);
            } catch (Throwable t) {
                if (!isYield(t)) {
                    frame.setInt(stateSlot, 0);
                    frame.setObject(pendingSlot, null);
                }
                throw t;
            }
            frame.setInt(stateSlot, 0);
            Object pending = frame.getObject(pendingSlot);
            frame.setObject(pendingSlot, null);
            if (pending instanceof RuntimeException r) {
                throw r;
            } else if (pending instanceof Error err) {
                throw err;
            }
        }
    }

    /**
     * {@code yield value}: suspends; evaluates to the sent value when resumed (or raises what throw() passed). Its
     * state: 0 not reached, 1 suspended here, 2 done (the result is kept, so that re-running the enclosing statement
     * on a later resume does not yield again); the enclosing statement resets it ({@link ResetYieldsNode}).
     */
    public static final class YieldNode extends ExprNode {
        @Child private ExprNode value;
        private final int stateSlot;
        private final int resultSlot;
        private final int generatorSlot;

        public YieldNode(ExprNode value, int stateSlot, int resultSlot, int generatorSlot) {
            this.value = value;
            this.stateSlot = stateSlot;
            this.resultSlot = resultSlot;
            this.generatorSlot = generatorSlot;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            int s = state(frame, stateSlot);
            if (s == 2) {
                return frame.getObject(resultSlot);
            }
            if (s == 1) {
                PGenerator generator = (PGenerator) frame.getObject(generatorSlot);
                PBaseException toThrow = generator.pendingThrow;
                if (toThrow != null) {
                    generator.pendingThrow = null;
                    frame.setInt(stateSlot, 0);
                    throw dev.krait.runtime.PRaise.raise(toThrow, this);
                }
                Object sent = generator.sentValue;
                generator.sentValue = PNone.NONE;
                frame.setObject(resultSlot, sent);
                frame.setInt(stateSlot, 2);
                return sent;
            }
            Object v = value == null ? PNone.NONE : value.execute(frame);
            frame.setInt(stateSlot, 1);
            throw new YieldException(v);
        }
    }

    /**
     * An operand evaluated before a yield in the same statement: a resumed generator re-runs the statement, so the
     * operand's value is kept (state 2) instead of being evaluated again (no repeated side effects).
     */
    public static final class CachedOperandNode extends ExprNode {
        @Child private ExprNode operand;
        private final int stateSlot;
        private final int valueSlot;

        public CachedOperandNode(ExprNode operand, int stateSlot, int valueSlot) {
            this.operand = operand;
            this.stateSlot = stateSlot;
            this.valueSlot = valueSlot;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            if (state(frame, stateSlot) == 2) {
                return frame.getObject(valueSlot);
            }
            Object v = operand.execute(frame);
            frame.setObject(valueSlot, v);
            frame.setInt(stateSlot, 2);
            return v;
        }
    }

    /** Clears the yield states of a statement (or a loop condition) once it has been executed to the end. */
    public static final class ResetYieldsNode extends StmtNode {
        @Child private StmtNode statement;
        @com.oracle.truffle.api.CompilerDirectives.CompilationFinal(dimensions = 1) private final int[] stateSlots;

        public ResetYieldsNode(StmtNode statement, int[] stateSlots) {
            this.statement = statement;
            this.stateSlots = stateSlots;
        }

        @Override
        public void executeVoid(VirtualFrame frame) {
            try {
                statement.executeVoid(frame);
            } catch (Throwable t) {
                if (!isYield(t)) {
                    reset(frame, stateSlots);
                }
                throw t;
            }
            reset(frame, stateSlots);
        }

        @ExplodeLoop
        static void reset(VirtualFrame frame, int[] slots) {
            for (int slot : slots) {
                frame.setInt(slot, 0);
            }
        }
    }

    /** A loop condition containing yields: its yield states are cleared after each evaluation. */
    public static final class ResetYieldsExprNode extends ExprNode {
        @Child private ExprNode expression;
        @com.oracle.truffle.api.CompilerDirectives.CompilationFinal(dimensions = 1) private final int[] stateSlots;

        public ResetYieldsExprNode(ExprNode expression, int[] stateSlots) {
            this.expression = expression;
            this.stateSlots = stateSlots;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            Object v;
            try {
                v = expression.execute(frame);
            } catch (Throwable t) {
                if (!isYield(t)) {
                    ResetYieldsNode.reset(frame, stateSlots);
                }
                throw t;
            }
            ResetYieldsNode.reset(frame, stateSlots);
            return v;
        }
    }

    /** {@code yield from iterable}: passes values, sends and throws through; evaluates to the delegate's result. */
    public static final class YieldFromNode extends ExprNode {
        @Child private ExprNode iterable;
        @Child private GetIterNode getIter = GetIterNode.create();
        private final int stateSlot;
        private final int generatorSlot;
        private final int iteratorSlot;

        public YieldFromNode(ExprNode iterable, int stateSlot, int generatorSlot, int iteratorSlot) {
            this.iterable = iterable;
            this.stateSlot = stateSlot;
            this.generatorSlot = generatorSlot;
            this.iteratorSlot = iteratorSlot;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            Object iterator;
            Object sent = PNone.NONE;
            PBaseException toThrow = null;
            if (state(frame, stateSlot) == 0) {
                iterator = getIter.execute(iterable.execute(frame));
                frame.setObject(iteratorSlot, iterator);
            } else {
                iterator = frame.getObject(iteratorSlot);
                PGenerator generator = (PGenerator) frame.getObject(generatorSlot);
                sent = generator.sentValue;
                toThrow = generator.pendingThrow;
                generator.sentValue = PNone.NONE;
                generator.pendingThrow = null;
            }
            Object value;
            try {
                value = advance(iterator, sent, toThrow, lastStopValue);
            } catch (Throwable t) {
                frame.setInt(stateSlot, 0);
                frame.setObject(iteratorSlot, null);
                throw t;
            }
            if (value == null) {
                frame.setInt(stateSlot, 0);
                frame.setObject(iteratorSlot, null);
                Object result = iterator instanceof PGenerator g ? g.returnValue : lastStopValue[0];
                lastStopValue[0] = PNone.NONE;
                return result;
            }
            frame.setInt(stateSlot, 1);
            throw new YieldException(value);
        }

        /** The value of the StopIteration that ended a user iterator (the result of the yield from). */
        private final Object[] lastStopValue = {PNone.NONE};

        /**
         * The delegate's next value, or null when it is exhausted; a StopIteration's value goes to {@code stopValue[0]}.
         * Shared with the bytecode engine (SEND).
         */
        @TruffleBoundary
        public static Object advance(Object iterator, Object sent, PBaseException toThrow, Object[] stopValue) {
            if (iterator instanceof PGenerator g) {
                return g.resume(sent, toThrow);
            }
            if (toThrow != null) {
                Object throwMethod = SpecialMethods.lookupUser(iterator, "throw");
                if (throwMethod == null) {
                    throw dev.krait.runtime.PRaise.raise(toThrow, null);
                }
                return callCatchingStop(throwMethod, iterator, toThrow, stopValue);
            }
            if (sent != PNone.NONE) {
                Object send = SpecialMethods.lookupUser(iterator, "send");
                if (send == null) {
                    throw PRaise.error(null, BuiltinClasses.ATTRIBUTE_ERROR, "'%s' object has no attribute 'send'", PyObjectOps.typeName(iterator));
                }
                return callCatchingStop(send, iterator, sent, stopValue);
            }
            if (iterator instanceof dev.krait.runtime.PIterator) {
                return PyObjectOps.next(iterator);
            }
            Object next = SpecialMethods.lookupUser(iterator, "__next__");
            if (next == null) {
                throw PRaise.typeError(null, "'%s' object is not an iterator", PyObjectOps.typeName(iterator));
            }
            try {
                return Calls.callUncached(next, iterator);
            } catch (PException e) {
                return stopped(e, stopValue);
            }
        }

        private static Object callCatchingStop(Object method, Object self, Object arg, Object[] stopValue) {
            try {
                return Calls.callUncached(method, self, arg);
            } catch (PException e) {
                return stopped(e, stopValue);
            }
        }

        /** null (exhausted) for StopIteration, remembering its value; anything else propagates. */
        private static Object stopped(PException e, Object[] stopValue) {
            PBaseException exc = e.getException();
            if (!exc.getPythonClass().isSubclassOf(BuiltinClasses.STOP_ITERATION)) {
                throw e;
            }
            Object v = dev.krait.ops.Attributes.lookup(exc, "value");
            stopValue[0] = v == null ? PNone.NONE : v;
            return null;
        }
    }
}
