package dev.krait.nodes.generator;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.FrameDescriptor;
import com.oracle.truffle.api.frame.MaterializedFrame;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.source.Source;

import dev.krait.KraitLanguage;
import dev.krait.nodes.KraitRootNode;
import dev.krait.nodes.StmtNode;
import dev.krait.nodes.control.ControlExceptions;
import dev.krait.runtime.BuiltinClasses;
import dev.krait.runtime.KraitContext;
import dev.krait.runtime.PBaseException;
import dev.krait.runtime.PException;
import dev.krait.runtime.PGenerator;
import dev.krait.runtime.PRaise;

/**
 * Resumes a generator's body on its saved frame. Returns the yielded value, or {@link PGenerator#FINISHED} when the
 * body ends (its return value is kept in the generator). Compiled by Graal like any other root.
 */
public final class GeneratorBodyRootNode extends KraitRootNode {
    @Child private StmtNode body;
    private final int generatorSlot;

    public GeneratorBodyRootNode(KraitLanguage language, Source source, String name, StmtNode body, int generatorSlot) {
        super(language, FrameDescriptor.newBuilder().build(), source, name);
        this.body = body;
        this.generatorSlot = generatorSlot;
    }

    @Override
    public Object execute(VirtualFrame ignored) {
        PGenerator generator = (PGenerator) ignored.getArguments()[0];
        MaterializedFrame frame = generator.frame;
        KraitContext context = KraitContext.get(this);
        generator.enter();
        frame.setObject(generatorSlot, generator);
        context.depth++;
        boolean done = true;
        try {
            if (generator.pendingThrow != null && !generator.isStarted()) {
                throw PRaise.raise(generator.pendingThrow, null);
            }
            body.executeVoid(frame);
            generator.returnValue = dev.krait.runtime.PNone.NONE;
            return PGenerator.FINISHED;
        } catch (YieldException y) {
            done = false;
            return y.value;
        } catch (ControlExceptions.ReturnException r) {
            generator.returnValue = r.value;
            return PGenerator.FINISHED;
        } catch (PException e) {
            throw leave(e, name, getFilename());
        } finally {
            context.depth--;
            generator.exit(done);
        }
    }

    /**
     * StopIteration escaping a generator becomes RuntimeError (PEP 479); the frame goes into the traceback. Shared
     * with the bytecode engine's generator frames.
     */
    @TruffleBoundary
    public static PException leave(PException e, String name, String filename) {
        PException result = e;
        PBaseException exc = e.getException();
        if (exc.getPythonClass().isSubclassOf(BuiltinClasses.STOP_ITERATION)) {
            int line = e.currentLine();
            e.recordFrame(name, filename, false);
            PException replacement = PRaise.error(null, BuiltinClasses.RUNTIME_ERROR, "generator raised StopIteration");
            replacement.getException().cause = exc;
            replacement.getException().context = exc;
            replacement.getException().suppressContext = true;
            result = replacement;
            result.setLine(line);
        }
        result.recordFrame(name, filename, false);
        return result;
    }

    @Override
    public String toString() {
        return "<generator " + name + ">";
    }
}
