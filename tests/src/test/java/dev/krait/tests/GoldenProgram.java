package dev.krait.tests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import dev.krait.tests.ProgramRunner.Outcome;

/**
 * A golden program {@code tests/python/<area>/NAME.py} and what CPython 3.11 did with it: {@code NAME.out} (stdout),
 * {@code NAME.err} (stderr; absent = empty) and {@code NAME.exit} (exit status; absent = 0). tests/regen-expected.sh
 * writes the three files.
 */
record GoldenProgram(Path file, String relativeName) {


    /**
     * All programs under {@code root}, sorted, restricted to those whose path contains one of the filters. Files under a
     * folder named {@code support} are modules the programs import, not programs.
     */
    static List<GoldenProgram> discover(Path root, List<String> filters) {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(path -> path.toString().endsWith(".py"))
                            .filter(path -> !root.relativize(path).toString().replace('\\', '/').contains("support/"))
                            .map(path -> new GoldenProgram(path, root.relativize(path).toString().replace('\\', '/')))
                            .filter(program -> filters.isEmpty() || filters.stream().anyMatch(program.relativeName::contains))
                            .sorted((a, b) -> a.relativeName.compareTo(b.relativeName))
                            .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The comma-separated filters of {@code -Dkrait.golden=strings/,ints/bigint}; empty runs everything. */
    static List<String> filtersFromSystemProperty() {
        String value = System.getProperty("krait.golden", "").trim();
        return value.isEmpty() ? List.of() : Arrays.stream(value.split(",")).map(String::trim).toList();
    }

    /** The bare file name: the program runs under it, so tracebacks say {@code File "NAME.py"} as in CPython. */
    String fileName() {
        return file.getFileName().toString();
    }

    Outcome expectedOutcome() {
        Path out = sibling(".out");
        if (!Files.exists(out)) {
            throw new IllegalStateException("no " + out.getFileName() + " beside " + relativeName
                            + ": run tests/regen-expected.sh " + "tests/python/" + relativeName);
        }
        Path err = sibling(".err");
        Path exit = sibling(".exit");
        return new Outcome(read(out), Files.exists(err) ? read(err) : "",
                        Files.exists(exit) ? Integer.parseInt(read(exit).trim()) : 0);
    }

    private Path sibling(String extension) {
        String name = fileName();
        return file.resolveSibling(name.substring(0, name.length() - ".py".length()) + extension);
    }

    private static String read(Path path) {
        try {
            return Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
