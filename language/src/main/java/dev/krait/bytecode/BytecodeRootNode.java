package dev.krait.bytecode;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.RootNode;
import com.oracle.truffle.api.source.Source;

import dev.krait.KraitLanguage;
import dev.krait.nodes.FunctionRootNode;
import dev.krait.runtime.KraitContext;
import dev.krait.runtime.PException;
import dev.krait.runtime.PFunction;
import dev.krait.runtime.PDict;
import dev.krait.runtime.PModule;

/**
 * The Truffle root of a code object: a module body, or the body of a function, lambda or comprehension. It sets up
 * the frame's locals (the bound arguments arrive in the Truffle frame's arguments, after the function object, in
 * co_varnames order, exactly as for the AST engine's roots) and runs the {@link Interpreter} loop. Recursion depth
 * and traceback handling are those of the AST engine's FunctionRootNode and ModuleBodyRootNode.
 */
public final class BytecodeRootNode extends RootNode {
    private final Source source;
    private final CodeObject code;
    /** The module whose body this is; null for functions (their globals come with the function object). */
    private final PModule module;
    @Child private CodeBodyNode body = new CodeBodyNode();

    BytecodeRootNode(KraitLanguage language, Source source, CodeObject code) {
        this(language, source, code, null);
    }

    private BytecodeRootNode(KraitLanguage language, Source source, CodeObject code, PModule module) {
        super(language);
        this.source = source;
        this.code = code;
        if (code.safepointLocation == null) {
            code.safepointLocation = this;
        }
        this.module = module;
    }

    /** The root that runs a compiled module body in {@code module}'s namespace. */
    public static BytecodeRootNode forModule(KraitLanguage language, Source source, CodeObject code, PModule module) {
        return new BytecodeRootNode(language, source, code, module);
    }

    private PException outOfMemory() {
        CompilerDirectives.transferToInterpreter();
        PException error = FunctionRootNode.memoryError();
        error.setLine(code.firstLine);
        Interpreter.recordFrame(error, code, false);
        return error;
    }

    public CodeObject getCode() {
        return code;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        return body.execute(frame);
    }

    Object executeCode(VirtualFrame frame) {
        KraitContext context = KraitContext.get(this);
        if (module != null) {
            context.depth++;
            try {
                return Interpreter.run(code, module, new Object[code.localsPlusNames.length], null, null, context);
            } catch (PException e) {
                Interpreter.recordFrame(e, code, false);
                throw e;
            } catch (OutOfMemoryError e) {
                throw outOfMemory();
            } finally {
                context.depth--;
            }
        }
        if (++context.depth > context.recursionLimit) {
            context.depth--;
            throw FunctionRootNode.recursionError();
        }
        try {
            Object[] args = frame.getArguments();
            PFunction function = (PFunction) args[0];
            Object[] locals = new Object[code.localsPlusNames.length];
            PDict namespace = null;
            if (code.kind == CodeObject.Kind.CLASS) {
                namespace = (PDict) args[1];
            } else {
                System.arraycopy(args, 1, locals, 0, code.parameterCount);
            }
            try {
                return Interpreter.run(code, function.globals, locals, function.closure, namespace, context);
            } catch (OutOfMemoryError e) {
                // The frame is abandoned: dropping its values first usually frees the memory the error itself needs.
                java.util.Arrays.fill(locals, null);
                throw e;
            }
        } catch (PException e) {
            Interpreter.recordFrame(e, code, false);
            throw e;
        } catch (StackOverflowError e) {
            CompilerDirectives.transferToInterpreter();
            PException error = FunctionRootNode.recursionError();
            // Where in this frame the Java stack ran out is unknown: report the function's first line, as the AST engine does.
            error.setLine(code.firstLine);
            Interpreter.recordFrame(error, code, false);
            throw error;
        } catch (OutOfMemoryError e) {
            throw outOfMemory();
        } finally {
            context.depth--;
        }
    }

    @Override
    public String getName() {
        return code.name;
    }

    @Override
    public String getQualifiedName() {
        return code.qualname;
    }

    @Override
    public com.oracle.truffle.api.source.SourceSection getSourceSection() {
        return BytecodeRootNode.sectionOf(source, code);
    }

    /**
     * Where profilers show the code: a module is its whole source; a function the first line of its def (a code
     * object knows no more). Sections must differ, as tools key their counts by them.
     */
    static com.oracle.truffle.api.source.SourceSection sectionOf(Source source, CodeObject code) {
        if (code.kind == CodeObject.Kind.MODULE && source.hasCharacters()) {
            return source.createSection(0, source.getLength());
        }
        if (code.firstLine >= 1 && code.firstLine <= source.getLineCount()) {
            return source.createSection(code.firstLine);
        }
        return source.createUnavailableSection();
    }

    @Override
    public String toString() {
        return "<bytecode " + code.qualname + ">";
    }
}
