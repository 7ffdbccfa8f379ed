package dev.krait.nodes;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.FrameDescriptor;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.source.Source;

import dev.krait.KraitLanguage;
import dev.krait.runtime.KraitContext;
import dev.krait.runtime.PException;
import dev.krait.runtime.PModule;
import dev.krait.runtime.PNone;

/** The body of a module: its names are globals, its frame holds only temporaries (loop iterators). */
public final class ModuleBodyRootNode extends KraitRootNode {
    @Child private StmtNode body;
    /** The module whose body this is: a debugger shows its globals as the frame's variables. */
    final PModule module;

    public ModuleBodyRootNode(KraitLanguage language, FrameDescriptor descriptor, Source source, StmtNode body, PModule module) {
        super(language, descriptor, source, "<module>");
        this.body = body;
        this.module = module;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        KraitContext context = KraitContext.get(this);
        context.depth++;
        try {
            body.executeVoid(frame);
            return PNone.NONE;
        } catch (PException e) {
            recordFrame(e);
            throw e;
        } catch (OutOfMemoryError e) {
            CompilerDirectives.transferToInterpreter();
            PException error = FunctionRootNode.memoryError();
            error.setLocation(body);
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
}
