package dev.krait.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.krait.tests.KraitProcess.Result;

/** Runs the real ./krait script as a user would. */
class KraitCommandTest {
    private static final long TIMEOUT_SECONDS = 120;

    @TempDir
    Path tempDir;

    @Test
    void version() throws Exception {
        Result result = krait("--version");
        assertEquals(0, result.exitStatus(), result.stderr());
        assertTrue(result.stdout().startsWith("Krait 0.1.0 (Python 3.11 subset) on "), result.stdout());
        assertFalse(result.stdout().contains("Interpreted"), "./krait runs without the Graal compiler: " + result.stdout());
    }

    @Test
    void help() throws Exception {
        Result result = krait("--help");
        assertEquals(0, result.exitStatus(), result.stderr());
        assertTrue(result.stdout().startsWith("usage: krait"), result.stdout());
        assertTrue(result.stdout().contains("--mode=jit|ast|bytecode"), result.stdout());
    }

    @Test
    void codeFromTheCommandLine() throws Exception {
        assertEquals(new Result(0, "2\n", ""), krait("-c", "print(1+1)"));
    }

    @Test
    void codeInTheAstMode() throws Exception {
        assertEquals(new Result(0, "2\n", ""), krait("--mode=ast", "-c", "print(1+1)"));
    }

    @Test
    void codeInTheBytecodeMode() throws Exception {
        assertEquals(new Result(0, "2\n", ""), krait("--mode=bytecode", "-c", "print(1+1)"));
    }

    /** The interpretive modes run on Truffle's fallback runtime, unless compilation options ask for the optimizing one. */
    @Test
    void interpretiveModesRunInterpretedAndAcceptCompilationOptions() throws Exception {
        Result version = krait("--mode=ast", "--version");
        assertTrue(version.stdout().contains(" on Interpreted"), version.stdout());
        assertEquals(new Result(0, "2\n", ""), krait("--mode=ast", "--engine.TraceCompilation=true", "-c", "print(1+1)"));
        assertEquals(new Result(0, "2\n", ""), krait("--mode=bytecode", "--engine.Compilation=false", "-c", "print(1+1)"));
    }

    @Test
    void disPrintsTheListingWithoutRunning() throws Exception {
        Result result = krait("--dis", "-c", "print(1+1)");
        assertEquals(0, result.exitStatus(), result.stderr());
        assertEquals("""
                          0           0 RESUME                   0

                          1           2 PUSH_NULL
                                      4 LOAD_NAME                0 (print)
                                      6 LOAD_CONST               0 (1)
                                      8 LOAD_CONST               0 (1)
                                     10 BINARY_OP                0 (+)
                                     12 CALL                     1
                                     14 POP_TOP
                                     16 LOAD_CONST               1 (None)
                                     18 RETURN_VALUE
                        """, result.stdout());
    }

    @Test
    void scriptSeesItsArguments() throws Exception {
        Path script = Files.writeString(tempDir.resolve("argv.py"), "import sys\nprint(sys.argv)\n");
        Result result = krait(script.toString(), "one", "--two", "3");
        assertEquals(new Result(0, "['" + script + "', 'one', '--two', '3']\n", ""), result);
    }

    @Test
    void uncaughtExceptionExitsWithStatus1() throws Exception {
        Result result = krait("-c", "def f():\n    return 1 / 0\nf()\n");
        assertEquals(1, result.exitStatus(), result.stderr());
        assertEquals("", result.stdout());
        assertTrue(result.stderr().startsWith("Traceback (most recent call last):\n"), result.stderr());
        assertTrue(result.stderr().endsWith("ZeroDivisionError: division by zero\n"), result.stderr());
    }

    @Test
    void unknownOptionExitsWithStatus2() throws Exception {
        Result result = krait("--no-such-option", "-c", "pass");
        assertEquals(2, result.exitStatus());
        assertTrue(result.stderr().contains("no-such-option"), result.stderr());
    }

    @Test
    void missingScriptExitsWithStatus2() throws Exception {
        Result result = krait(tempDir.resolve("missing.py").toString());
        assertEquals(2, result.exitStatus());
        assertTrue(result.stderr().contains("can't open file"), result.stderr());
    }

    private Result krait(String... args) throws IOException, InterruptedException {
        return KraitProcess.run(tempDir, TIMEOUT_SECONDS, List.of(args));
    }
}
