package dev.krait.nodes;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.frame.FrameDescriptor;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import com.oracle.truffle.api.source.Source;

import dev.krait.KraitLanguage;
import dev.krait.nodes.control.ControlExceptions;
import dev.krait.runtime.BuiltinClasses;
import dev.krait.runtime.KraitContext;
import dev.krait.runtime.PCell;
import dev.krait.runtime.PException;
import dev.krait.runtime.PFunction;
import dev.krait.runtime.PGenerator;
import dev.krait.runtime.PNone;
import dev.krait.runtime.PRaise;

/**
 * The body of a function, lambda or comprehension. On entry it checks the recursion limit, moves the bound arguments
 * into their frame slots (or cells) and loads the closure; on an exception it adds its traceback entry.
 */
public final class FunctionRootNode extends KraitRootNode {
    @Child private StmtNode body;
    /** Writes argument i (frame argument i + 1) to its local; null where the parameter lives in a cell. */
    @Children private final TargetNode[] parameterWriters;
    /** For each parameter that is captured: the cell slot, else -1. */
    @CompilationFinal(dimensions = 1) private final int[] parameterCellSlots;
    /** Cell slots of captured locals that are not parameters. */
    @CompilationFinal(dimensions = 1) private final int[] localCellSlots;
    /** Slots receiving the closure's cells, in freevars order. */
    @CompilationFinal(dimensions = 1) private final int[] freeSlots;
    /** For generator functions: the body, run by the generator object this root returns; null otherwise. */
    private final RootCallTarget generatorBody;
    private final String qualname;
    /** The slot holding the value of a return in tail position (or a comprehension's result); -1 if none. */
    private final int returnSlot;

    public FunctionRootNode(KraitLanguage language, FrameDescriptor descriptor, Source source, String name, StmtNode body,
                    TargetNode[] parameterWriters, int[] parameterCellSlots, int[] localCellSlots, int[] freeSlots, RootCallTarget generatorBody,
                    String qualname, int returnSlot) {
        super(language, descriptor, source, name);
        this.returnSlot = returnSlot;
        this.generatorBody = generatorBody;
        this.qualname = qualname;
        this.body = body;
        this.parameterWriters = parameterWriters;
        this.parameterCellSlots = parameterCellSlots;
        this.localCellSlots = localCellSlots;
        this.freeSlots = freeSlots;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        KraitContext context = KraitContext.get(this);
        if (++context.depth > context.recursionLimit) {
            context.depth--;
            throw recursionError();
        }
        try {
            prologue(frame);
            if (generatorBody != null) {
                return new PGenerator(frame.materialize(), generatorBody, name, qualname);
            }
            body.executeVoid(frame);
            if (returnSlot >= 0) {
                // Slots start out holding null: the body ended without reaching a tail return.
                Object value = frame.getObject(returnSlot);
                return value == null ? PNone.NONE : value;
            }
            return PNone.NONE;
        } catch (ControlExceptions.ReturnException r) {
            return r.value;
        } catch (PException e) {
            recordFrame(e);
            throw e;
        } catch (StackOverflowError e) {
            CompilerDirectives.transferToInterpreter();
            PException error = recursionError();
            // Where in this frame the Java stack ran out is unknown: report the function's first statement.
            error.setLocation(body != null ? body : this);
            recordFrame(error);
            throw error;
        } catch (OutOfMemoryError e) {
            CompilerDirectives.transferToInterpreter();
            // The frame is abandoned: dropping its values first usually frees the memory the error itself needs.
            for (int slot = 0; slot < frame.getFrameDescriptor().getNumberOfSlots(); slot++) {
                frame.clear(slot);
            }
            PException error = memoryError();
            error.setLocation(body != null ? body : this);
            recordFrame(error);
            throw error;
        } finally {
            context.depth--;
        }
    }

    @TruffleBoundary
    private void recordFrame(PException e) {
        e.recordFrame(name, getFilename(), false);
    }

    /**
     * A Java heap exhausted by the program becomes Python's MemoryError when it leaves a frame (the allocation that
     * failed is usually the large one, so there is room to raise it); shared with the module and bytecode roots.
     */
    public static PException memoryError() {
        return PRaise.memoryError();
    }

    /** Shared with the bytecode engine's function roots. */
    public static PException recursionError() {
        return PRaise.error(null, BuiltinClasses.RECURSION_ERROR, "maximum recursion depth exceeded");
    }

    @ExplodeLoop
    private void prologue(VirtualFrame frame) {
        Object[] args = frame.getArguments();
        for (int i = 0; i < parameterWriters.length; i++) {
            if (parameterCellSlots[i] >= 0) {
                frame.setObject(parameterCellSlots[i], new PCell(args[i + 1]));
            } else {
                parameterWriters[i].assign(frame, args[i + 1]);
            }
        }
        for (int slot : localCellSlots) {
            frame.setObject(slot, new PCell(null));
        }
        if (freeSlots.length > 0) {
            PCell[] closure = ((PFunction) args[0]).closure;
            for (int i = 0; i < freeSlots.length; i++) {
                frame.setObject(freeSlots[i], closure[i]);
            }
        }
    }

    @Override
    protected com.oracle.truffle.api.source.SourceSection findSection() {
        // A generator function's statements live in the generator body's root.
        if (generatorBody != null) {
            return generatorBody.getRootNode().getSourceSection();
        }
        return super.findSection();
    }

    @Override
    public String toString() {
        return "<function " + name + ">";
    }
}
