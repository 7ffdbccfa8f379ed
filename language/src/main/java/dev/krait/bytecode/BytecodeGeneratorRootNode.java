package dev.krait.bytecode;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.RootNode;
import com.oracle.truffle.api.source.Source;

import dev.krait.KraitLanguage;
import dev.krait.nodes.generator.GeneratorBodyRootNode;
import dev.krait.runtime.KraitContext;
import dev.krait.runtime.PBaseException;
import dev.krait.runtime.PException;
import dev.krait.runtime.PGenerator;
import dev.krait.runtime.PNone;

/**
 * What {@code PGenerator.resume} calls for a generator compiled to bytecode: it continues the suspended
 * {@link GeneratorFrame} with the sent value (or the exception to throw in) and returns the next yielded value, or
 * {@link PGenerator#FINISHED} with the return value stored in the generator, as the AST engine's generator body does.
 */
final class BytecodeGeneratorRootNode extends RootNode {
    private final Source source;
    private final CodeObject code;

    BytecodeGeneratorRootNode(KraitLanguage language, Source source, CodeObject code) {
        super(language);
        this.source = source;
        this.code = code;
        if (code.safepointLocation == null) {
            code.safepointLocation = this;
        }
    }

    @Override
    public Object execute(VirtualFrame ignored) {
        PGenerator generator = (PGenerator) ignored.getArguments()[0];
        GeneratorFrame frame = (GeneratorFrame) generator.frame.getObject(0);
        KraitContext context = KraitContext.get(this);
        generator.enter();
        context.depth++;
        boolean done = true;
        try {
            Object sent = generator.sentValue;
            PBaseException toThrow = generator.pendingThrow;
            generator.sentValue = PNone.NONE;
            generator.pendingThrow = null;
            Object result = Interpreter.resume(frame, sent, toThrow, context);
            if (frame.suspended) {
                done = false;
                return result;
            }
            generator.returnValue = result;
            return PGenerator.FINISHED;
        } catch (PException e) {
            throw GeneratorBodyRootNode.leave(e, code.name, code.filename);
        } finally {
            context.depth--;
            generator.exit(done);
        }
    }

    @Override
    public String getName() {
        return code.name;
    }

    @Override
    public com.oracle.truffle.api.source.SourceSection getSourceSection() {
        return BytecodeRootNode.sectionOf(source, code);
    }
}
