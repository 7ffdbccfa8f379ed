package dev.krait.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.krait.launcher.Isolation;
import dev.krait.launcher.KraitPolyglot;
import dev.krait.launcher.Mode;

/**
 * Bad input and hostile programs through the real ./krait: the sandbox and its limits, signals, broken pipes, an
 * exhausted heap and undecodable source all end as a Python error or a clear message, never a Java stack trace.
 */
class HardeningTest {
    private static final long TIMEOUT_SECONDS = 120;

    @TempDir
    Path tempDir;

    record Result(int exitStatus, String stdout, String stderr) {
    }

    @Test
    void sandboxDeniesFilesAndEnvironment() throws Exception {
        Result result = krait(List.of("--sandbox", script("""
                        import os, json
                        print(len(os.environ))
                        for path, mode in (("/etc/passwd", "r"), ("new.txt", "w")):
                            try:
                                open(path, mode)
                            except PermissionError as e:
                                print(type(e).__name__, e)
                        try:
                            os.listdir(".")
                        except PermissionError as e:
                            print(type(e).__name__)
                        print(json.dumps({"library": "still imports"}))
                        """)), Map.of());
        assertEquals(new Result(0, """
                        0
                        PermissionError [Errno 13] Permission denied: '/etc/passwd'
                        PermissionError [Errno 13] Permission denied: 'new.txt'
                        PermissionError
                        {"library": "still imports"}
                        """, ""), result);
        assertFalse(Files.exists(tempDir.resolve("new.txt")));
    }

    @Test
    void statementLimit() throws Exception {
        Result result = krait(List.of("--max-statements=1000", script("while True:\n    pass\n")), Map.of());
        assertEquals(1, result.exitStatus(), result.stderr());
        assertEquals("krait: Statement count limit of 1000 exceeded. Statements executed 1001. (--max-statements)\n", result.stderr());
    }

    @Test
    void statementLimitNeedsTheAstInterpreter() throws Exception {
        Result result = krait(List.of("--mode=bytecode", "--max-statements=10", "-c", "pass"), Map.of());
        assertEquals(2, result.exitStatus());
        assertTrue(result.stderr().startsWith("krait: --max-statements needs --mode=jit or --mode=ast"), result.stderr());
    }

    @Test
    void timeLimitStopsTheBytecodeLoop() throws Exception {
        Result result = krait(List.of("--mode=bytecode", "--max-time=0.5", script("print('started', flush=True)\nwhile True:\n    pass\n")), Map.of());
        assertEquals(new Result(1, "started\n", "krait: the program ran longer than the limit of 0.5 s (--max-time)\n"), result);
    }

    @Test
    void heapLimit() throws Exception {
        Result result = krait(List.of("--max-heap=64m", script("x = []\nwhile True:\n    x.append('a' * 100 + str(len(x)))\n")), Map.of());
        assertEquals(new Result(1, "", "krait: the program's heap exceeded the limit of 64 MiB (--max-heap)\n"), result);
    }

    @Test
    void exhaustedHeapIsMemoryError() throws Exception {
        String program = script("""
                        def grow():
                            x = []
                            while True:
                                x.append([0] * 1000)
                        try:
                            grow()
                        except MemoryError:
                            print("MemoryError caught")
                        grow()
                        """);
        // The interpreter: the first MemoryError is caught, the second ends the program with a traceback.
        Result result = krait(List.of("--mode=ast", program), Map.of("KRAIT_JAVA_OPTS", "-Xmx256m"));
        assertEquals(1, result.exitStatus(), result.stderr());
        assertEquals("MemoryError caught\n", result.stdout());
        assertTrue(result.stderr().startsWith("Traceback (most recent call last):\n"), result.stderr());
        assertTrue(result.stderr().endsWith("\nMemoryError\n"), result.stderr());
        assertFalse(result.stderr().contains("java."), result.stderr());
        // The JIT: the Graal compiler starts on a background thread and can itself run out of the exhausted heap
        // before the program's first MemoryError (then Truffle lets no code run on; the launcher reports
        // MemoryError). Either way: status 1, MemoryError, no Java exception.
        result = krait(List.of("--mode=jit", program), Map.of("KRAIT_JAVA_OPTS", "-Xmx256m"));
        assertEquals(1, result.exitStatus(), result.stderr());
        assertTrue(result.stderr().endsWith("MemoryError\n"), result.stderr());
        assertFalse(result.stderr().contains("java."), result.stderr());
    }

    @Test
    void ctrlCIsKeyboardInterrupt() throws Exception {
        String program = script("""
                        import time
                        print("ready", flush=True)
                        while True:
                            time.sleep(0.01)
                        """);
        Process process = start(List.of(program), Map.of());
        try (BufferedReader stdout = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            assertEquals("ready", stdout.readLine());
            // ./krait execs the JVM, so the process is the one to signal.
            new ProcessBuilder("kill", "-INT", Long.toString(process.pid())).start().waitFor();
            assertTrue(process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS));
        } finally {
            process.destroyForcibly();
        }
        String stderr = Files.readString(tempDir.resolve("stderr.txt"));
        assertEquals(130, process.exitValue(), stderr);
        assertTrue(stderr.startsWith("Traceback (most recent call last):\n  File \"" + program + "\", line 4, in <module>\n"), stderr);
        assertTrue(stderr.endsWith("\nKeyboardInterrupt\n"), stderr);
    }

    @Test
    void brokenPipeIsBrokenPipeError() throws Exception {
        String program = script("for i in range(10 ** 7):\n    print(i)\n");
        Process process = start(List.of(program), Map.of());
        try (BufferedReader stdout = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            // As `krait prog.py | head -1`: read a line, then close the pipe.
            assertEquals("0", stdout.readLine());
        }
        try {
            assertTrue(process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS));
        } finally {
            process.destroyForcibly();
        }
        String stderr = Files.readString(tempDir.resolve("stderr.txt"));
        // CPython's report and status (it does not die of SIGPIPE: the signal is ignored, the write fails).
        assertEquals(1, process.exitValue(), stderr);
        assertEquals("Traceback (most recent call last):\n  File \"" + program + "\", line 2, in <module>\n    print(i)\n"
                        + "BrokenPipeError: [Errno 32] Broken pipe\n", stderr.replace("    ^^^^^^^^\n", ""));
    }

    @Test
    void nonUtf8SourceIsASyntaxError() throws Exception {
        Path program = tempDir.resolve("latin.py");
        Files.write(program, "x = 1\ns = 'caf\u00e9'\n".getBytes(StandardCharsets.ISO_8859_1));
        Result result = krait(List.of(program.toString()), Map.of());
        assertEquals(new Result(1, "", "SyntaxError: Non-UTF-8 code starting with '\\xe9' in file " + program
                        + " on line 2, but no encoding declared; see https://peps.python.org/pep-0263/ for details\n"), result);
    }

    @Test
    void declaredEncodingIsUsed() throws Exception {
        Path program = tempDir.resolve("declared.py");
        Files.write(program, "# -*- coding: latin-1 -*-\nprint('caf\u00e9')\n".getBytes(StandardCharsets.ISO_8859_1));
        assertEquals(new Result(0, "caf\u00e9\n", ""), krait(List.of(program.toString()), Map.of()));
    }

    @Test
    void noHostAccessUnlessAllowed() {
        // An engine's contexts must share one host access configuration: one engine each.
        try (Engine engine = KraitPolyglot.engineBuilder(Mode.AST).build();
                        Context context = KraitPolyglot.contextBuilder(engine, Mode.AST).build()) {
            assertFalse(context.asValue(new ArrayList<>()).canInvokeMember("size"), "host objects are opaque by default");
        }
        try (Engine engine = KraitPolyglot.engineBuilder(Mode.AST).build();
                        Context context = KraitPolyglot.contextBuilder(engine, Mode.AST, new Isolation(true, false, 0, 0, 0)).build()) {
            assertTrue(context.asValue(new ArrayList<>()).canInvokeMember("size"), "--allow-host-access opens them");
        }
    }

    /** Writes the program and returns its path. */
    private String script(String text) throws IOException {
        Path file = tempDir.resolve("program.py");
        Files.writeString(file, text);
        return file.toString();
    }

    private Process start(List<String> args, Map<String, String> environment) throws IOException {
        return start(args, environment, ProcessBuilder.Redirect.PIPE);
    }

    private Process start(List<String> args, Map<String, String> environment, ProcessBuilder.Redirect stdout) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(TestPaths.repositoryRoot().resolve("krait").toString());
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command)
                        .directory(tempDir.toFile())
                        .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                        .redirectOutput(stdout)
                        .redirectError(tempDir.resolve("stderr.txt").toFile());
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().putAll(environment);
        return builder.start();
    }

    private Result krait(List<String> args, Map<String, String> environment) throws IOException, InterruptedException {
        Path stdout = tempDir.resolve("stdout.txt");
        Process process = start(args, environment, ProcessBuilder.Redirect.to(stdout.toFile()));
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("./krait " + String.join(" ", args) + " timed out");
        }
        return new Result(process.exitValue(), Files.readString(stdout, StandardCharsets.UTF_8),
                        Files.readString(tempDir.resolve("stderr.txt"), StandardCharsets.UTF_8));
    }
}
