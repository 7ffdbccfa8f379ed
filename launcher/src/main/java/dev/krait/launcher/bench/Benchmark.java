package dev.krait.launcher.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** One benchmark program: {@code NAME.py} and the line CPython prints for {@code bench(N)}, from {@code NAME.expected}. */
record Benchmark(String name, Path file, String expected) {

    Path folder() {
        return file.getParent();
    }

    /** Every NAME.py in {@code folder} that has a NAME.expected beside it, by name. */
    static List<Benchmark> discover(Path folder) throws IOException {
        List<Benchmark> found = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.sorted().toList()) {
                if (file.getFileName().toString().endsWith(".py") && Files.isRegularFile(expectedFile(file))) {
                    found.add(load(file));
                }
            }
        }
        return found;
    }

    /** A program named on the command line: a name in {@code folder} or a path to a .py file. */
    static Benchmark named(String program, Path folder) throws IOException {
        Path file = program.endsWith(".py") || program.contains("/") ? Path.of(program) : folder.resolve(program + ".py");
        if (!Files.isRegularFile(file)) {
            throw new IOException("no benchmark program " + file);
        }
        if (!Files.isRegularFile(expectedFile(file))) {
            throw new IOException("no expected result " + expectedFile(file) + " for " + file);
        }
        return load(file);
    }

    private static Benchmark load(Path file) throws IOException {
        Path absolute = file.toAbsolutePath().normalize();
        String fileName = absolute.getFileName().toString();
        String name = fileName.substring(0, fileName.length() - ".py".length());
        if (!name.matches("[A-Za-z_][A-Za-z0-9_]*")) {
            // The warm-up driver imports it by this name.
            throw new IOException("a benchmark's name must be a Python identifier: " + file);
        }
        String expected = Files.readString(expectedFile(absolute), StandardCharsets.UTF_8).strip();
        return new Benchmark(name, absolute, expected);
    }

    private static Path expectedFile(Path program) {
        String fileName = program.getFileName().toString();
        return program.resolveSibling(fileName.substring(0, fileName.length() - ".py".length()) + ".expected");
    }
}
