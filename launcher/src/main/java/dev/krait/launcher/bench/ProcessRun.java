package dev.krait.launcher.bench;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** One child process, timed from start to exit (JVM or interpreter start-up included). */
record ProcessRun(int exitStatus, String stdout, String stderr, double seconds, boolean timedOut) {

    static ProcessRun run(List<String> command, Path workingDir, int timeoutSeconds) throws IOException, InterruptedException {
        // Files, not pipes: a chatty child never blocks on a full pipe while we wait for it.
        Path out = Files.createTempFile("krait-bench", ".out");
        Path err = Files.createTempFile("krait-bench", ".err");
        try {
            ProcessBuilder builder = new ProcessBuilder(command).directory(workingDir.toFile())
                            .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                            .redirectOutput(out.toFile())
                            .redirectError(err.toFile());
            long start = System.nanoTime();
            Process process = builder.start();
            boolean finished = process.waitFor(timeoutSeconds, TimeUnit.SECONDS);
            double seconds = (System.nanoTime() - start) / 1e9;
            if (!finished) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                process.waitFor();
            }
            return new ProcessRun(finished ? process.exitValue() : -1, Files.readString(out, StandardCharsets.UTF_8),
                            Files.readString(err, StandardCharsets.UTF_8), seconds, !finished);
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    /** Why this run does not count, or null when it exited normally. */
    String problem() {
        if (timedOut) {
            return "timed out";
        }
        if (exitStatus != 0) {
            return "exit status " + exitStatus + tail(stderr);
        }
        return null;
    }

    private static String tail(String text) {
        String trimmed = text.strip();
        if (trimmed.isEmpty()) {
            return "";
        }
        String[] lines = trimmed.split("\n");
        return ": " + lines[lines.length - 1].strip();
    }
}
