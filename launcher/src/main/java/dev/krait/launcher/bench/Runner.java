package dev.krait.launcher.bench;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Something that runs Python programs: Krait in one mode, or an installed interpreter such as python3. */
record Runner(String name, List<String> command, boolean isKrait, String description) {

    static final String CPYTHON = "python3";
    /** Prints the interpreter's executable and its implementation and version, e.g. {@code pypy 7.3.11}. */
    private static final String PROBE = "import sys; print(sys.executable); "
                    + "print(sys.implementation.name, '.'.join(map(str, sys.implementation.version[:3])))";

    static Runner krait(Path kraitScript, String mode) {
        return new Runner(mode, List.of(kraitScript.toString(), "--mode=" + mode), true, "krait --mode=" + mode);
    }

    /** The native executable (native/README.md) in jit mode, or null when it has not been built. */
    static Runner nativeExecutable(Path kraitHome) {
        Path executable = kraitHome.resolve("native/target/krait");
        if (!Files.isRegularFile(executable) || !Files.isExecutable(executable)) {
            return null;
        }
        return new Runner("native", List.of(executable.toString(), "--mode=jit"), true, "native/target/krait --mode=jit");
    }

    /**
     * The interpreter called {@code name} on the PATH, or null when it is not installed. A launcher script in front of
     * it (pyenv's shims are shell scripts) would add its own start-up to every timed run, so the runner calls the
     * executable the interpreter reports as {@code sys.executable}.
     */
    static Runner external(String name) throws InterruptedException {
        Path onPath = findOnPath(name);
        if (onPath == null) {
            return null;
        }
        Path executable = onPath;
        String version = "";
        try {
            ProcessRun run = ProcessRun.run(List.of(onPath.toString(), "-c", PROBE), Path.of("."), 60);
            String[] lines = run.stdout().strip().split("\n");
            if (run.problem() == null && lines.length == 2) {
                Path reported = Path.of(lines[0].strip());
                if (reported.isAbsolute() && Files.isRegularFile(reported) && Files.isExecutable(reported)) {
                    executable = reported;
                }
                version = lines[1].strip() + " ";
            }
        } catch (IOException e) {
            // Keep the command found on the PATH.
        }
        return new Runner(name, List.of(executable.toString()), false, version + "(" + executable + ")");
    }

    private static Path findOnPath(String name) {
        String path = System.getenv("PATH");
        if (path == null) {
            return null;
        }
        for (String folder : path.split(File.pathSeparator)) {
            Path candidate = Path.of(folder.isEmpty() ? "." : folder, name);
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return candidate;
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
