package dev.krait.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.Source;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import dev.krait.launcher.KraitPolyglot;
import dev.krait.launcher.LauncherOptions;
import dev.krait.launcher.Mode;
import dev.krait.tests.ProgramRunner.Outcome;

/**
 * {@code krait --dis}: the listings of the programs under tests/dis must match their recorded {@code NAME.dis}
 * (Krait's own listing, in the shape of CPython's dis; record it with tests/dis/regen.sh), and every golden program
 * must disassemble without error.
 */
class DisassemblerTest {
    /** Code objects are shown with their (varying) identity hash; the recorded listings say 0x... instead. */
    private static final String ADDRESS = " at 0x[0-9a-f]+,";

    private static Engine engine;

    private static synchronized Engine engine() {
        if (engine == null) {
            engine = KraitPolyglot.engineBuilder(Mode.BYTECODE).option(LauncherOptions.DIS_OPTION, "true").build();
        }
        return engine;
    }

    @AfterAll
    static void closeEngine() {
        if (engine != null) {
            engine.close();
            engine = null;
        }
    }

    @TestFactory
    Stream<DynamicTest> recordedListings() {
        return programs(TestPaths.testsDir().resolve("dis")).map(file -> dynamicTest(file.getFileName().toString(), file.toUri(), () -> {
            Outcome outcome = disassemble(file);
            String expected = Files.readString(sibling(file, ".dis"), StandardCharsets.UTF_8);
            assertEquals(new Outcome(expected, "", 0), new Outcome(outcome.stdout().replaceAll(ADDRESS, " at 0x...,"), outcome.stderr(), outcome.exitStatus()));
        }));
    }

    @TestFactory
    Stream<DynamicTest> everyGoldenProgramDisassembles() {
        List<GoldenProgram> programs = GoldenProgram.discover(TestPaths.goldenDir(), GoldenProgram.filtersFromSystemProperty());
        return programs.stream().map(program -> dynamicTest(program.relativeName(), program.file().toUri(), () -> {
            Outcome outcome = disassemble(program.file());
            Outcome expected = program.expectedOutcome();
            if (isCompileError(expected)) {
                // A program CPython rejects at compile time is rejected by --dis too (the report's details are the
                // front end's business and are checked by the golden test).
                assertEquals(errorType(expected.stderr()), errorType(outcome.stderr()), outcome.stderr());
                assertEquals(expected.exitStatus(), outcome.exitStatus());
            } else {
                assertEquals("", outcome.stderr());
                assertEquals(0, outcome.exitStatus());
                assertTrue(outcome.stdout().contains(" RESUME ") && outcome.stdout().contains(" RETURN_VALUE"), outcome.stdout());
            }
        }));
    }

    private static boolean isCompileError(Outcome expected) {
        String err = expected.stderr();
        // Too deeply nested programs fail to compile with RecursionError or MemoryError, without a traceback.
        return !err.contains("Traceback (most recent call last)")
                        && err.matches("(?s)(.*\\n)?(SyntaxError|IndentationError|TabError|RecursionError|MemoryError)\\b.*");
    }

    private static String errorType(String stderr) {
        String[] lines = stderr.strip().split("\n");
        String last = lines[lines.length - 1];
        return last.contains(":") ? last.substring(0, last.indexOf(':')) : last;
    }

    private static Outcome disassemble(Path file) throws IOException, InterruptedException {
        Source source = Source.newBuilder(KraitPolyglot.LANGUAGE_ID, file.toFile()).name(file.getFileName().toString())
                        .encoding(StandardCharsets.UTF_8).build();
        return ProgramRunner.run(engine(), Mode.BYTECODE, source, file.getFileName().toString(), ProgramRunner.DEFAULT_TIMEOUT);
    }

    private static Stream<Path> programs(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.toString().endsWith(".py")).sorted().toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path sibling(Path file, String extension) {
        String name = file.getFileName().toString();
        return file.resolveSibling(name.substring(0, name.length() - ".py".length()) + extension);
    }
}
