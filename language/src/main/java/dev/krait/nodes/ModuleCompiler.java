package dev.krait.nodes;

import com.oracle.truffle.api.nodes.RootNode;
import com.oracle.truffle.api.source.Source;

import dev.krait.KraitLanguage;
import dev.krait.ast.Module;
import dev.krait.bytecode.BytecodeRootNode;
import dev.krait.bytecode.CodeObject;
import dev.krait.bytecode.Compiler;
import dev.krait.parser.Parser;
import dev.krait.runtime.KraitContext;
import dev.krait.runtime.PModule;
import dev.krait.scope.ScopeAnalyzer;
import dev.krait.scope.ScopeTable;

/**
 * The pipeline from source text to an executable module body: parse, analyse scopes, then build the engine's code:
 * Truffle nodes (jit and ast modes) or a code object run by the bytecode loop (bytecode mode).
 */
public final class ModuleCompiler {
    /** The value of the {@code python.Mode} option that selects the bytecode engine. */
    public static final String BYTECODE_MODE = "bytecode";

    private ModuleCompiler() {
    }

    /**
     * One input of the interactive prompt, run in the existing {@code __main__}: parsed as CPython's "single" mode
     * (its expression statements display their values).
     *
     * @throws dev.krait.parser.PythonSyntaxError with {@code isIncompleteInput()} when more lines are needed
     */
    public static RootNode compileInteractive(KraitLanguage language, KraitContext context, Source source, PModule module) {
        String text = source.getCharacters().toString();
        String filename = source.getName();
        Module tree = Parser.parseInteractive(text, filename);
        ScopeTable scopes = ScopeAnalyzer.analyze(tree, text, filename);
        if (BYTECODE_MODE.equals(context.mode)) {
            CodeObject code = Compiler.compileInteractive(language, source, scopes, tree);
            return BytecodeRootNode.forModule(language, source, code, module);
        }
        return new Translator(language, source, scopes, module).translateInteractive(tree);
    }

    public static RootNode compile(KraitLanguage language, KraitContext context, Source source, PModule module) {
        String text = source.getCharacters().toString();
        String filename = source.getName();
        Module tree = Parser.parse(text, filename);
        if (!tree.body().isEmpty() && tree.body().get(0) instanceof dev.krait.ast.Stmt.ExprStmt first
                        && first.value() instanceof dev.krait.ast.Expr.StrLiteral doc) {
            module.set("__doc__", doc.value());
        }
        ScopeTable scopes = ScopeAnalyzer.analyze(tree, text, filename);
        if (BYTECODE_MODE.equals(context.mode)) {
            CodeObject code = Compiler.compileModule(language, source, scopes, tree);
            return BytecodeRootNode.forModule(language, source, code, module);
        }
        return new Translator(language, source, scopes, module).translateModule(tree);
    }
}
