package dev.krait.bytecode;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.RootNode;
import com.oracle.truffle.api.source.Source;

import dev.krait.KraitLanguage;
import dev.krait.ast.Module;
import dev.krait.parser.Parser;
import dev.krait.parser.PythonSyntaxError;
import dev.krait.runtime.KraitContext;
import dev.krait.runtime.KraitExit;
import dev.krait.runtime.PNone;
import dev.krait.runtime.TracebackPrinter;
import dev.krait.scope.ScopeAnalyzer;
import dev.krait.scope.ScopeTable;

/**
 * {@code krait --dis}: compiles the program to bytecode and prints the listing of every code object on stdout,
 * without running it. A syntax error is reported as running the program would report it.
 */
public final class DisassembleRootNode extends RootNode {
    private final Source source;

    public DisassembleRootNode(KraitLanguage language, Source source) {
        super(language);
        this.source = source;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        return disassemble();
    }

    @TruffleBoundary
    private Object disassemble() {
        KraitContext context = KraitContext.get(this);
        String text = source.getCharacters().toString();
        CodeObject code;
        try {
            Module tree = Parser.parse(text, source.getName());
            ScopeTable scopes = ScopeAnalyzer.analyze(tree, text, source.getName());
            code = Compiler.compileModule(KraitLanguage.get(this), source, scopes, tree);
        } catch (PythonSyntaxError e) {
            context.out.flush();
            TracebackPrinter.print(context, TracebackPrinter.toPythonException(e));
            throw new KraitExit(1);
        }
        context.out.print(Disassembler.disassemble(code));
        context.out.flush();
        return PNone.NONE;
    }

    @Override
    public String getName() {
        return "<dis>";
    }
}
