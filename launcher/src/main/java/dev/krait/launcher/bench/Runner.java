package dev.krait.launcher.bench;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Something that runs Python programs: Krait in one mode, or an installed interpreter such as python3. */
record Runner(String name, List<String> command, boolean isKrait) {

    static final String CPYTHON = "python3";

    static Runner krait(Path kraitScript, String mode) {
        return new Runner(mode, List.of(kraitScript.toString(), "--mode=" + mode), true);
    }

    /** The interpreter called {@code name} on the PATH, or null when it is not installed. */
    static Runner external(String name) {
        String path = System.getenv("PATH");
        if (path == null) {
            return null;
        }
        for (String folder : path.split(File.pathSeparator)) {
            Path candidate = Path.of(folder.isEmpty() ? "." : folder, name);
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return new Runner(name, List.of(candidate.toString()), false);
            }
        }
        return null;
    }

    /** The command that runs {@code arguments} (a script and its arguments, or -c and code). */
    List<String> commandFor(List<String> arguments) {
        List<String> full = new ArrayList<>(command);
        full.addAll(arguments);
        return full;
    }
}
