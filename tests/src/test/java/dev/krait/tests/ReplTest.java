package dev.krait.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import dev.krait.launcher.KraitPolyglot;
import dev.krait.launcher.Mode;
import dev.krait.launcher.Repl;

/**
 * Drives the REPL through a plain input stream, as {@code python3 -i < NAME.in} does, and compares the transcript
 * (prompts and errors on stderr, displayed values on stdout, the exit status) with CPython's, recorded in
 * {@code tests/repl/} by {@code regen.sh} without the banner. Every input file runs in every mode.
 */
class ReplTest {

    @TestFactory
    Stream<DynamicTest> transcriptsMatchCPython() throws IOException {
        Path dir = TestPaths.testsDir().resolve("repl");
        List<Path> inputs;
        try (Stream<Path> files = Files.list(dir)) {
            inputs = files.filter(p -> p.getFileName().toString().endsWith(".in")).sorted().toList();
        }
        List<DynamicTest> tests = new ArrayList<>();
        for (Mode mode : Mode.values()) {
            for (Path input : inputs) {
                String name = input.getFileName().toString().replace(".in", "");
                tests.add(DynamicTest.dynamicTest(name + " [" + mode + "]", () -> check(mode, dir, name)));
            }
        }
        return tests.stream();
    }

    private static void check(Mode mode, Path dir, String name) throws IOException {
        byte[] input = Files.readAllBytes(dir.resolve(name + ".in"));
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        int status;
        try (Engine engine = KraitPolyglot.engineBuilder(mode).out(stdout).err(stderr).build();
                        Context context = KraitPolyglot.contextBuilder(engine, mode)
                                        .in(new ByteArrayInputStream(new byte[0])).out(stdout).err(stderr)
                                        .arguments(KraitPolyglot.LANGUAGE_ID, new String[]{""}).build()) {
            PrintStream prompts = new PrintStream(stderr, true, StandardCharsets.UTF_8);
            status = Repl.runOnStream(context, new ByteArrayInputStream(input), prompts, false);
        }
        assertEquals(read(dir.resolve(name + ".out")), stdout.toString(StandardCharsets.UTF_8), "stdout");
        assertEquals(read(dir.resolve(name + ".err")), stderr.toString(StandardCharsets.UTF_8), "stderr");
        Path exit = dir.resolve(name + ".exit");
        assertEquals(Files.exists(exit) ? Integer.parseInt(read(exit).trim()) : 0, status, "exit status");
    }

    /**
     * Ctrl-C (SIGINT) while an input runs raises KeyboardInterrupt in it: a handler catches it in one input, an
     * uncaught one prints CPython's traceback, and the session goes on. Runs the real ./krait so the signal goes to a
     * process of its own.
     */
    @Test
    void ctrlCRaisesKeyboardInterrupt() throws Exception {
        String input = """
                        def spin():
                            print("spinning", flush=True)
                            while True:
                                pass

                        try:
                            spin()
                        except KeyboardInterrupt:
                            print("caught", flush=True)

                        spin()
                        print("still here")
                        """;
        Process process = new ProcessBuilder(TestPaths.repositoryRoot().resolve("krait").toString(), "-i")
                        .redirectInput(ProcessBuilder.Redirect.PIPE).start();
        process.getOutputStream().write(input.getBytes(StandardCharsets.UTF_8));
        process.getOutputStream().close();
        BufferedReader stdout = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            lines.add(stdout.readLine());
            interrupt(process);
            lines.add(stdout.readLine());
        }
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        String stderr = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(List.of("spinning", "caught", "spinning", "still here"), lines);
        assertTrue(stderr.contains("""
                        Traceback (most recent call last):
                          File "<stdin>", line 1, in <module>
                          File "<stdin>", line 3, in spin
                        KeyboardInterrupt
                        """), stderr);
        assertEquals(0, process.exitValue());
    }

    private static void interrupt(Process process) throws Exception {
        // A moment for the loop to be running (the signal is not queued before it).
        Thread.sleep(500);
        Process kill = new ProcessBuilder("kill", "-INT", Long.toString(process.pid())).inheritIO().start();
        assertEquals(0, kill.waitFor());
    }

    private static String read(Path path) throws IOException {
        return Files.exists(path) ? Files.readString(path, StandardCharsets.UTF_8) : "";
    }
}
