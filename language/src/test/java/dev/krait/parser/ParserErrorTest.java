package dev.krait.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every snippet of errors.txt must fail as in CPython 3.11 (errors.expected): same exception type, message, line,
 * caret offset and line text.
 */
class ParserErrorTest {

    @TestFactory
    Stream<DynamicTest> errorsMatchCPython() {
        List<Snippets.Snippet> snippets = Snippets.read("errors.txt");
        List<String> expected = Snippets.resource("errors.expected").lines().toList();
        assertEquals(snippets.size() * 3, expected.size(), "errors.expected is stale: run generate_expected.py");
        return snippets.stream().map(snippet -> {
            int index = snippets.indexOf(snippet) * 3;
            return DynamicTest.dynamicTest(snippet.name(), () -> {
                assertEquals("### " + snippet.name(), expected.get(index));
                PythonSyntaxError e = assertThrows(PythonSyntaxError.class, () -> {
                    if (snippet.flags().contains("eval")) {
                        Parser.parseExpression(snippet.body(), "<test>");
                    } else {
                        Parser.parse(snippet.body(), "<test>");
                    }
                });
                String actual = e.typeName + "|" + e.getMessage() + "|" + e.line + "|" + e.offset;
                assertEquals(expected.get(index + 1), actual);
                assertEquals(expected.get(index + 2), e.lineText == null ? "" : e.lineText.stripTrailing());
            });
        });
    }
}
