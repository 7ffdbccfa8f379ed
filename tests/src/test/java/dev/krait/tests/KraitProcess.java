package dev.krait.tests;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the real ./krait script as a user would: in a given folder, with empty stdin. */
final class KraitProcess {
    record Result(int exitStatus, String stdout, String stderr) {
    }

    private KraitProcess() {
    }

    /** Runs {@code ./krait args...} in {@code folder}; its output goes to files there. */
    static Result run(Path folder, long timeoutSeconds, List<String> args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(TestPaths.repositoryRoot().resolve("krait").toString());
        command.addAll(args);
        File stdout = folder.resolve("stdout.txt").toFile();
        File stderr = folder.resolve("stderr.txt").toFile();
        ProcessBuilder builder = new ProcessBuilder(command)
                        .directory(folder.toFile())
                        .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                        .redirectOutput(stdout)
                        .redirectError(stderr);
        // The JDK running the tests is a JDK 25, so ./krait need not look for one.
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        Process process = builder.start();
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("./krait " + String.join(" ", args) + " timed out");
        }
        return new Result(process.exitValue(), Files.readString(stdout.toPath(), StandardCharsets.UTF_8),
                        Files.readString(stderr.toPath(), StandardCharsets.UTF_8));
    }
}
