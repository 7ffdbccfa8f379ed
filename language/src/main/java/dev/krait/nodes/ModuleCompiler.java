package dev.krait.nodes;

import com.oracle.truffle.api.nodes.RootNode;
import com.oracle.truffle.api.source.Source;

import dev.krait.KraitLanguage;
import dev.krait.ast.Module;
import dev.krait.parser.Parser;
import dev.krait.runtime.KraitContext;
import dev.krait.runtime.PModule;
import dev.krait.scope.ScopeAnalyzer;
import dev.krait.scope.ScopeTable;

/** The pipeline from source text to an executable module body: parse, analyse scopes, build the engine's code. */
public final class ModuleCompiler {
    private ModuleCompiler() {
    }

    public static RootNode compile(KraitLanguage language, KraitContext context, Source source, PModule module) {
        String text = source.getCharacters().toString();
        String filename = source.getName();
        Module tree = Parser.parse(text, filename);
        ScopeTable scopes = ScopeAnalyzer.analyze(tree, text, filename);
        return new Translator(language, source, scopes, module).translateModule(tree);
    }
}
