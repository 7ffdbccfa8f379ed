package dev.krait.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.Source;
import org.junit.jupiter.api.Test;

import dev.krait.launcher.KraitPolyglot;
import dev.krait.launcher.Mode;
import dev.krait.tests.ProgramRunner.Outcome;

/** The jit mode really compiles with Graal, and the ast mode really does not. No timing is measured. */
class JitTest {
    private static final String HOT_LOOP = """
                    def count_up(n):
                        i = 0
                        total = 0
                        while i < n:
                            total = total + i % 7
                            i = i + 1
                        return total

                    for _ in range(3):
                        print(count_up(2000000))
                    """;
    private static final String HOT_LOOP_OUTPUT = "5999995\n".repeat(3);

    /** "Interpreted" is what Truffle reports when it found no compiler (missing JVMCI or upgrade module path). */
    @Test
    void jitEngineHasTheGraalCompiler() {
        try (Engine engine = KraitPolyglot.engineBuilder(Mode.JIT).build()) {
            assertNotEquals("Interpreted", engine.getImplementationName());
        }
    }

    @Test
    void jitModeCompilesAHotLoop() throws InterruptedException {
        String log = runHotLoopTracingCompilation(Mode.JIT);
        assertTrue(log.contains("opt done"), "no compilation finished; compilation log:\n" + log);
    }

    @Test
    void astModeCompilesNothing() throws InterruptedException {
        String log = runHotLoopTracingCompilation(Mode.AST);
        assertFalse(log.contains("opt done"), "the ast mode compiled:\n" + log);
    }

    @Test
    void bytecodeModeCompilesNothing() throws InterruptedException {
        String log = runHotLoopTracingCompilation(Mode.BYTECODE);
        assertFalse(log.contains("opt done"), "the bytecode mode compiled:\n" + log);
    }

    private static String runHotLoopTracingCompilation(Mode mode) throws InterruptedException {
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        try (Engine engine = KraitPolyglot.engineBuilder(mode)
                        .option("engine.TraceCompilation", "true")
                        // Compile on the program's thread, so the compilation has finished when the program has.
                        .option("engine.BackgroundCompilation", "false")
                        .logHandler(log)
                        .build()) {
            Source source = Source.newBuilder(KraitPolyglot.LANGUAGE_ID, HOT_LOOP, "hot_loop.py").buildLiteral();
            Outcome outcome = ProgramRunner.run(engine, mode, source, "hot_loop.py", ProgramRunner.DEFAULT_TIMEOUT);
            assertEquals(new Outcome(HOT_LOOP_OUTPUT, "", 0), outcome);
        }
        return log.toString(StandardCharsets.UTF_8);
    }
}
