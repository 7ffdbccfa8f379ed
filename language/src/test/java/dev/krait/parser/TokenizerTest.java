package dev.krait.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The token stream itself: INDENT/DEDENT/NEWLINE placement, ignored lines, positions. */
class TokenizerTest {

    private static List<String> tokens(String source) {
        Tokenizer tokenizer = new Tokenizer(source, "<test>");
        List<String> result = new ArrayList<>();
        Token t;
        do {
            t = tokenizer.next();
            result.add(t.kind() == TokenKind.NAME || t.kind() == TokenKind.OP || t.kind() == TokenKind.NUMBER
                            || t.kind() == TokenKind.STRING ? t.text() : t.kind().name());
        } while (t.kind() != TokenKind.ENDMARKER);
        return result;
    }

    @Test
    void blockStructure() {
        assertEquals(List.of("if", "x", ":", "NEWLINE", "INDENT", "y", "NEWLINE", "DEDENT", "z", "NEWLINE", "ENDMARKER"),
                        tokens("if x:\n    y\n\n  # comment\nz"));
    }

    @Test
    void noNewlinesInsideBrackets() {
        assertEquals(List.of("f", "(", "a", ",", "b", ")", "NEWLINE", "ENDMARKER"), tokens("f(a,\n\n   b)\n"));
    }

    @Test
    void backslashContinuationJoinsLines() {
        assertEquals(List.of("x", "=", "1", "+", "2", "NEWLINE", "ENDMARKER"), tokens("x = 1 + \\\n        2\n"));
    }

    @Test
    void dedentsCloseEveryOpenBlockAtEnd() {
        assertEquals(List.of("if", "a", ":", "NEWLINE", "INDENT", "if", "b", ":", "NEWLINE", "INDENT", "c", "NEWLINE",
                        "DEDENT", "DEDENT", "ENDMARKER"), tokens("if a:\n if b:\n  c"));
    }

    @Test
    void numbersCarryTheirValues() {
        Tokenizer tokenizer = new Tokenizer("1_000 0o17 1.5e3 .5", "<test>");
        assertEquals(1000L, tokenizer.next().value());
        assertEquals(15L, tokenizer.next().value());
        assertEquals(1500.0, tokenizer.next().value());
        assertEquals(0.5, tokenizer.next().value());
    }

    @Test
    void tokensKnowWhereTheyAre() {
        Tokenizer tokenizer = new Tokenizer("x = '''a\nb'''", "<test>");
        tokenizer.next();
        tokenizer.next();
        Token string = tokenizer.next();
        assertEquals(new Token(TokenKind.STRING, "'''a\nb'''", null, 1, 4, 2, 4), string);
    }
}
