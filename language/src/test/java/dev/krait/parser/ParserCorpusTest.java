package dev.krait.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Parses every snippet of corpus.txt and compares the tree, printed as ast.dump prints it, with CPython 3.11's output
 * recorded in corpus.expected (with and without positions).
 */
class ParserCorpusTest {

    @TestFactory
    Stream<DynamicTest> corpusMatchesCPython() {
        List<Snippets.Snippet> snippets = Snippets.read("corpus.txt");
        List<String> expected = Snippets.resource("corpus.expected").lines().toList();
        assertEquals(snippets.size() * 3, expected.size(), "corpus.expected is stale: run generate_expected.py");
        return snippets.stream().map(snippet -> {
            int index = snippets.indexOf(snippet) * 3;
            return DynamicTest.dynamicTest(snippet.name(), () -> {
                assertEquals("### " + snippet.name(), expected.get(index));
                boolean eval = snippet.flags().contains("eval");
                String plain;
                String withPositions;
                if (eval) {
                    var tree = Parser.parseExpression(snippet.body(), "<test>");
                    plain = AstDumper.dumpExpression(tree, false);
                    withPositions = AstDumper.dumpExpression(tree, true);
                } else {
                    var tree = Parser.parse(snippet.body(), "<test>");
                    plain = AstDumper.dump(tree, false);
                    withPositions = AstDumper.dump(tree, true);
                }
                assertEquals(expected.get(index + 1), plain);
                if (!snippet.flags().contains("noattrs")) {
                    assertEquals(expected.get(index + 2), withPositions);
                }
            });
        });
    }
}
