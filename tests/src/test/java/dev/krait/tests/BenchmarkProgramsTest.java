package dev.krait.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.Source;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

import dev.krait.launcher.KraitPolyglot;
import dev.krait.launcher.Mode;
import dev.krait.tests.ProgramRunner.Outcome;

/**
 * Every program in benchmarks/ gives CPython's answer in every mode, at the small size recorded in {@code NAME.small}
 * (line 1: n, line 2: what {@code python3 NAME.py n} prints), so the suite stays fast.
 */
class BenchmarkProgramsTest {
    private static final Map<Mode, Engine> ENGINES = new EnumMap<>(Mode.class);

    @TestFactory
    Stream<DynamicNode> benchmarksAtTheirSmallSize() throws IOException {
        List<Path> smallFiles;
        try (Stream<Path> files = Files.list(benchmarksDir())) {
            smallFiles = files.filter(file -> file.getFileName().toString().endsWith(".small")).sorted().toList();
        }
        assertFalse(smallFiles.isEmpty(), "no NAME.small files in " + benchmarksDir());
        return GoldenTest.MODES.stream().map(mode -> dynamicContainer(mode.id(), smallFiles.stream().map(
                        small -> dynamicTest(small.getFileName().toString(), () -> check(mode, small)))));
    }

    @AfterAll
    static void closeEngines() {
        ENGINES.values().forEach(Engine::close);
        ENGINES.clear();
    }

    private static Path benchmarksDir() {
        return TestPaths.repositoryRoot().resolve("benchmarks");
    }

    private static synchronized Engine engine(Mode mode) {
        return ENGINES.computeIfAbsent(mode, m -> KraitPolyglot.engineBuilder(m).build());
    }

    private static void check(Mode mode, Path small) throws IOException, InterruptedException {
        List<String> lines = Files.readAllLines(small, StandardCharsets.UTF_8);
        String n = lines.get(0).strip();
        String expected = lines.get(1).strip();
        String name = small.getFileName().toString().replace(".small", ".py");
        Source source = Source.newBuilder(KraitPolyglot.LANGUAGE_ID, small.resolveSibling(name).toFile())
                        .name(name)
                        .encoding(StandardCharsets.UTF_8)
                        .build();
        Outcome outcome = ProgramRunner.run(engine(mode), mode, source, new String[]{name, n}, ProgramRunner.DEFAULT_TIMEOUT);
        assertEquals(new Outcome(expected + "\n", "", 0), outcome, name + " " + n + " in " + mode + " mode");
    }
}
