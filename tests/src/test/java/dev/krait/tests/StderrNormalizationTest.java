package dev.krait.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class StderrNormalizationTest {
    @Test
    void dropsPositionMarkersUnderTracebackSourceLines() {
        String cpython = """
                        Traceback (most recent call last):
                          File "f.py", line 3, in <module>
                            f()
                          File "f.py", line 2, in f
                            return 1 / x
                                   ~~^~~
                        ZeroDivisionError: division by zero
                        """;
        String withoutMarkers = """
                        Traceback (most recent call last):
                          File "f.py", line 3, in <module>
                            f()
                          File "f.py", line 2, in f
                            return 1 / x
                        ZeroDivisionError: division by zero
                        """;
        assertEquals(withoutMarkers, GoldenProgram.normalizeStderr(cpython));
        assertEquals(withoutMarkers, GoldenProgram.normalizeStderr(withoutMarkers));
    }

    @Test
    void keepsSyntaxErrorCarets() {
        String syntaxError = """
                          File "s.py", line 1
                            print((1, 2)
                                 ^
                        SyntaxError: '(' was never closed
                        """;
        assertEquals(syntaxError, GoldenProgram.normalizeStderr(syntaxError));
    }

    @Test
    void keepsOutputThatOnlyLooksLikeMarkers() {
        String text = "^^^\n  File \"x.py\", line 1, in f\n~~~\n";
        assertEquals(text, GoldenProgram.normalizeStderr(text));
    }
}
