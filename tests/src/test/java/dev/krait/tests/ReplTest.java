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
import org.junit.jupiter.api.Assumptions;
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

    /**
     * The prompt on a terminal (JLine), through a pseudo-terminal made by util-linux's {@code script}: values echo,
     * a block continues with {@code ...}, Ctrl-C interrupts running code, Ctrl-D leaves with status 0.
     */
    @Test
    void terminalSession() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/script")), "needs script(1) for a pseudo-terminal");
        Process process = new ProcessBuilder("/usr/bin/script", "-qec",
                        "stty cols 80 rows 24; exec " + TestPaths.repositoryRoot().resolve("krait"), "/dev/null").start();
        StringBuffer screen = new StringBuffer();
        Thread reader = new Thread(() -> {
            try (InputStreamReader in = new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8)) {
                char[] buffer = new char[4096];
                for (int n; (n = in.read(buffer)) > 0;) {
                    screen.append(buffer, 0, n);
                }
            } catch (IOException e) {
                // the terminal closed
            }
        });
        reader.start();
        type(process, "x = 6 * 7\rx + 1\r");
        awaitScreen(screen, "43\r");
        type(process, "def spin():\r    print('spin' + 'ning')\r    while True: pass\r\rspin()\r");
        awaitScreen(screen, "spinning\r");
        Thread.sleep(500);
        type(process, "\u0003");
        awaitScreen(screen, "KeyboardInterrupt");
        assertTrue(screen.toString().contains("h... "), screen.toString()); // after JLine's bracketed-paste code
        type(process, "\u0004");
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), screen.toString());
        reader.join(10_000);
        assertEquals(0, process.exitValue(), screen.toString());
    }

    private static void type(Process process, String keys) throws IOException {
        process.getOutputStream().write(keys.getBytes(StandardCharsets.UTF_8));
        process.getOutputStream().flush();
    }

    private static void awaitScreen(StringBuffer screen, String text) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (screen.indexOf(text) < 0) {
            assertTrue(System.nanoTime() < deadline, "no " + text + " on the terminal:\n" + screen);
            Thread.sleep(100);
        }
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
