package dev.krait.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.junit.jupiter.api.DynamicTest;
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

    private static String read(Path path) throws IOException {
        return Files.exists(path) ? Files.readString(path, StandardCharsets.UTF_8) : "";
    }
}
