package dev.krait.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.krait.tests.KraitProcess.Result;

/**
 * Runs {@code ./krait bench} on tiny programs of its own, one right and one with a wrong expected answer, comparing
 * with an interpreter that is not installed.
 */
class BenchCommandTest {
    private static final long TIMEOUT_SECONDS = 300;
    private static final String PROGRAM = """
                    import sys

                    N = 2000
                    WARMUP_N = 500


                    def bench(n):
                        return "%s %%d" %% sum(i * i for i in range(n))


                    if __name__ == "__main__":
                        print(bench(int(sys.argv[1]) if len(sys.argv) > 1 else N))
                    """;

    @TempDir
    Path tempDir;

    @Test
    void tableChartsAndAWrongAnswer() throws Exception {
        Path benchmarks = Files.createDirectories(tempDir.resolve("benchmarks"));
        Files.writeString(benchmarks.resolve("squares.py"), PROGRAM.formatted("squares"));
        Files.writeString(benchmarks.resolve("squares.expected"), "squares 2664667000\n");
        Files.writeString(benchmarks.resolve("wrong.py"), PROGRAM.formatted("wrong"));
        Files.writeString(benchmarks.resolve("wrong.expected"), "wrong 1\n");
        Path out = tempDir.resolve("results");

        Result result = bench("--runs", "1", "--modes=ast", "--compare=no-such-python", "--warmup-iterations", "3", "--out", out.toString(),
                        "--benchmarks", benchmarks.toString());

        assertEquals(1, result.exitStatus(), "a wrong answer fails the run\n" + result.stderr());
        assertTrue(result.stderr().contains("wrong ast: wrong answer 'wrong 2664667000', expected 'wrong 1'"), result.stderr());
        assertTrue(result.stderr().contains("no-such-python is not installed: skipped"), result.stderr());
        List<String> table = result.stdout().lines().toList();
        assertTrue(table.stream().anyMatch(line -> line.matches("squares +\\d+\\.\\d\\d")), result.stdout());
        assertTrue(table.stream().anyMatch(line -> line.matches("wrong +FAIL")), result.stdout());
        assertTrue(table.stream().anyMatch(line -> line.startsWith("geometric mean")), result.stdout());

        String markdown = read(out.resolve("results.md"));
        assertTrue(markdown.contains("| program | ast |\n| --- | ---: |\n"), markdown);
        assertTrue(markdown.contains("| wrong | **FAIL** |"), markdown);
        assertTrue(markdown.contains("![squares](squares.svg)"), markdown);
        assertTrue(markdown.contains("- no-such-python is not installed: skipped\n"), markdown);
        assertTrue(read(out.resolve("results.csv")).startsWith("program,runner,status,median_s,min_s,max_s,speedup_vs_python3,run_seconds\n"
                        + "squares,ast,ok,"));
        String json = read(out.resolve("results.json"));
        assertTrue(json.contains("{\"program\": \"wrong\", \"runner\": \"ast\", \"ok\": false"), json);
        assertTrue(json.contains("\"warmup_n\": 500, \"ok\": true"), json);
        assertEquals(1 + 3 * 2, read(out.resolve("warmup.csv")).lines().count(), "a header and 3 iterations of each program");

        String svg = read(out.resolve("squares.svg"));
        assertTrue(svg.startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\""), svg);
        assertTrue(svg.contains("squares: bench(500) per iteration"), svg);
        assertTrue(svg.contains(">iteration</text>") && svg.contains("time per iteration (log scale)"), svg);
        assertEquals(1, count(svg, "<polyline"), svg);
        assertEquals(3, count(svg, "<circle"), svg);
        assertTrue(svg.endsWith("</svg>\n"), svg);

        String html = read(out.resolve("index.html"));
        assertTrue(html.contains("<table>") && html.contains("<td class=\"fail\">FAIL</td>"), html);
        assertTrue(html.contains("<img src=\"squares.svg\"") && html.contains("<img src=\"wrong.svg\""), html);
    }

    @Test
    void badCommandLineExitsWithStatus2() throws Exception {
        Result result = bench("--runs", "0");
        assertEquals(2, result.exitStatus());
        assertTrue(result.stderr().contains("--runs needs a positive whole number"), result.stderr());
        result = bench("--no-table", "--no-warmup");
        assertEquals(2, result.exitStatus());
        assertTrue(result.stderr().contains("nothing to do"), result.stderr());
        result = bench("--modes=jit,turbo");
        assertEquals(2, result.exitStatus());
        assertTrue(result.stderr().contains("unknown mode 'turbo' (known: jit, ast, bytecode, native)"), result.stderr());
    }

    /** native runs native/target/krait in jit mode when it has been built (CI builds it after this suite). */
    @Test
    void nativeRunsTheExecutableOrIsSkippedWithANote() throws Exception {
        Path benchmarks = Files.createDirectories(tempDir.resolve("benchmarks"));
        Files.writeString(benchmarks.resolve("squares.py"), PROGRAM.formatted("squares"));
        Files.writeString(benchmarks.resolve("squares.expected"), "squares 2664667000\n");
        Path out = tempDir.resolve("results");

        Result result = bench("--runs", "1", "--modes=native,ast", "--compare=none", "--no-warmup", "--out", out.toString(),
                        "--benchmarks", benchmarks.toString());

        assertEquals(0, result.exitStatus(), result.stderr());
        String markdown = read(out.resolve("results.md"));
        if (Files.isExecutable(TestPaths.repositoryRoot().resolve("native/target/krait"))) {
            assertTrue(markdown.contains("| program | native | ast |"), markdown);
        } else {
            assertTrue(result.stderr().contains("no native/target/krait (native/bootstrap/build.sh builds it): native skipped"), result.stderr());
            assertTrue(markdown.contains("| program | ast |\n"), markdown);
        }
    }

    @Test
    void missingProgramExitsWithStatus2() throws Exception {
        Result result = bench("--benchmarks", tempDir.toString(), "no_such_program");
        assertEquals(2, result.exitStatus());
        assertTrue(result.stderr().contains("no benchmark program"), result.stderr());
    }

    private static int count(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            count++;
        }
        return count;
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    private Result bench(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("bench"));
        command.addAll(List.of(args));
        return KraitProcess.run(tempDir, TIMEOUT_SECONDS, command);
    }
}
