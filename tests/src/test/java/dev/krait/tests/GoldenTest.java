package dev.krait.tests;

import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.Source;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;
import org.opentest4j.AssertionFailedError;

import dev.krait.launcher.KraitPolyglot;
import dev.krait.launcher.Mode;
import dev.krait.tests.ProgramRunner.Outcome;

/** Runs every golden program under tests/python in every mode and compares with CPython 3.11's recorded behaviour. */
class GoldenTest {
    /** The modes every golden program runs in. */
    static final List<Mode> MODES = List.of(Mode.JIT, Mode.AST);

    /** One engine per mode for the whole run: each new engine pays the compiler's warm-up again. */
    private static final Map<Mode, Engine> ENGINES = new EnumMap<>(Mode.class);

    @TestFactory
    Stream<DynamicNode> goldenPrograms() {
        List<GoldenProgram> programs = GoldenProgram.discover(TestPaths.goldenDir(), GoldenProgram.filtersFromSystemProperty());
        return MODES.stream().map(mode -> dynamicContainer(mode.id(), programs.stream().map(
                        program -> dynamicTest(program.relativeName(), program.file().toUri(),
                                        () -> check(mode, program)))));
    }

    @AfterAll
    static void closeEngines() {
        ENGINES.values().forEach(Engine::close);
        ENGINES.clear();
    }

    private static synchronized Engine engine(Mode mode) {
        return ENGINES.computeIfAbsent(mode, m -> KraitPolyglot.engineBuilder(m).build());
    }

    private static void check(Mode mode, GoldenProgram program) throws IOException, InterruptedException {
        Outcome expected = program.expectedOutcome();
        Source source = Source.newBuilder(KraitPolyglot.LANGUAGE_ID, program.file().toFile())
                        .name(program.fileName())
                        .encoding(StandardCharsets.UTF_8)
                        .build();
        Outcome actual = ProgramRunner.run(engine(mode), mode, source, program.fileName(), ProgramRunner.DEFAULT_TIMEOUT);

        String expectedStderr = expected.stderr();
        // Modules a program imports are named by absolute path, as CPython does; regen-expected.sh cut CPython's
        // folder the same way.
        String folder = program.file().toAbsolutePath().getParent().toString() + "/";
        String actualStderr = actual.stderr().replace("  File \"" + folder, "  File \"");
        List<String> differences = new ArrayList<>();
        if (!expected.stdout().equals(actual.stdout())) {
            differences.add(firstDifference("stdout", expected.stdout(), actual.stdout()));
        }
        if (!expectedStderr.equals(actualStderr)) {
            differences.add(firstDifference("stderr", expectedStderr, actualStderr));
            // The last line of an unexpected traceback names the exception: usually the quickest diagnosis.
            String lastLine = actualStderr.strip().lines().reduce((first, second) -> second).orElse("");
            if (!lastLine.isEmpty() && !expectedStderr.strip().endsWith(lastLine)) {
                differences.add("krait's stderr ends with \"" + lastLine + "\"");
            }
        }
        if (expected.exitStatus() != actual.exitStatus()) {
            differences.add("exit status " + actual.exitStatus() + ", expected " + expected.exitStatus());
        }
        if (!differences.isEmpty()) {
            // A short message for the console; the full texts for an IDE's diff view.
            throw new AssertionFailedError(mode.id() + " " + program.relativeName() + ": " + String.join("; ", differences),
                            describe(expected.stdout(), expectedStderr, expected.exitStatus()),
                            describe(actual.stdout(), actualStderr, actual.exitStatus()));
        }
    }

    private static String firstDifference(String stream, String expected, String actual) {
        String[] expectedLines = expected.split("\n", -1);
        String[] actualLines = actual.split("\n", -1);
        int line = 0;
        while (line < expectedLines.length && line < actualLines.length && expectedLines[line].equals(actualLines[line])) {
            line++;
        }
        return stream + " line " + (line + 1) + ": expected " + quoteLine(expectedLines, line) + " but got "
                        + quoteLine(actualLines, line);
    }

    private static String quoteLine(String[] lines, int index) {
        if (index >= lines.length) {
            return "<end>";
        }
        String line = lines[index];
        return "\"" + (line.length() > 100 ? line.substring(0, 100) + "..." : line) + "\"";
    }

    private static String describe(String stdout, String stderr, int exitStatus) {
        return "--- stdout ---\n" + stdout + "\n--- stderr ---\n" + stderr + "\n--- exit status " + exitStatus + " ---\n";
    }
}
