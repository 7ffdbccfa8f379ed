package dev.krait.launcher.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Everything written to the output folder. */
record Report(BenchOptions options, List<Benchmark> benchmarks, List<Runner> runners, ResultsTable table,
                Map<Benchmark, List<WarmupCurve>> curves, List<String> notes, ZonedDateTime date) {

    List<String> failures() {
        List<String> failures = new ArrayList<>();
        if (table != null) {
            for (Measurement m : table.failures()) {
                failures.add(m.benchmark.name() + " " + m.runner.name() + ": " + m.failure);
            }
        }
        curves.forEach((benchmark, list) -> list.stream().filter(c -> !c.ok())
                        .forEach(c -> failures.add(benchmark.name() + " " + c.runner.name() + " (warm-up): " + c.failure)));
        return failures;
    }

    void write() throws IOException {
        Path dir = options.outDir();
        for (Map.Entry<Benchmark, List<WarmupCurve>> entry : curves.entrySet()) {
            write(dir.resolve(entry.getKey().name() + ".svg"), WarmupChart.svg(entry.getKey(), entry.getValue(), runners));
        }
        if (table != null) {
            write(dir.resolve("results.csv"), table.toCsv());
        }
        if (!curves.isEmpty()) {
            write(dir.resolve("warmup.csv"), warmupCsv());
        }
        write(dir.resolve("results.json"), json());
        write(dir.resolve("results.md"), markdown());
        write(dir.resolve("index.html"), html());
    }

    private static void write(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private String dateText() {
        return date.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z", Locale.ROOT));
    }

    private String machine() {
        return System.getProperty("os.name") + " " + System.getProperty("os.arch") + ", "
                        + Runtime.getRuntime().availableProcessors() + " cores";
    }

    private String warmupCsv() {
        StringBuilder csv = new StringBuilder("program,runner,warmup_n,iteration,seconds\n");
        curves.forEach((benchmark, list) -> {
            for (WarmupCurve curve : list) {
                for (int i = 0; i < curve.seconds.size(); i++) {
                    csv.append(benchmark.name()).append(',').append(curve.runner.name()).append(',').append(curve.warmupN).append(',')
                                    .append(i + 1).append(',').append(ResultsTable.number(curve.seconds.get(i))).append('\n');
                }
            }
        });
        return csv.toString();
    }

    private String json() {
        StringBuilder json = new StringBuilder("{\n");
        json.append("  \"date\": ").append(Json.string(dateText())).append(",\n");
        json.append("  \"machine\": ").append(Json.string(machine())).append(",\n");
        json.append("  \"runs\": ").append(options.runs()).append(",\n");
        json.append("  \"runners\": [").append(String.join(", ", runners.stream().map(r -> Json.string(r.name())).toList()))
                        .append("],\n");
        json.append("  \"notes\": [").append(String.join(", ", notes.stream().map(Json::string).toList())).append("],\n");
        json.append("  \"table\": [");
        if (table != null) {
            String separator = "\n";
            for (Benchmark benchmark : benchmarks) {
                for (Runner runner : runners) {
                    Measurement m = table.get(benchmark, runner);
                    if (m == null) {
                        continue;
                    }
                    json.append(separator).append("    {\"program\": ").append(Json.string(benchmark.name()))
                                    .append(", \"runner\": ").append(Json.string(runner.name()))
                                    .append(", \"ok\": ").append(m.ok())
                                    .append(", \"failure\": ").append(Json.string(m.failure))
                                    .append(", \"seconds\": ").append(Json.numbers(m.seconds))
                                    .append(", \"median\": ").append(m.ok() ? Json.number(m.median()) : "null")
                                    .append(", \"speedup_vs_python3\": ").append(Json.number(table.speedup(benchmark, runner)))
                                    .append('}');
                    separator = ",\n";
                }
            }
            json.append('\n');
        }
        json.append("  ],\n  \"warmup\": [");
        String separator = "\n";
        for (Map.Entry<Benchmark, List<WarmupCurve>> entry : curves.entrySet()) {
            for (WarmupCurve curve : entry.getValue()) {
                json.append(separator).append("    {\"program\": ").append(Json.string(entry.getKey().name()))
                                .append(", \"runner\": ").append(Json.string(curve.runner.name()))
                                .append(", \"warmup_n\": ").append(curve.warmupN)
                                .append(", \"ok\": ").append(curve.ok())
                                .append(", \"failure\": ").append(Json.string(curve.failure))
                                .append(", \"seconds\": ").append(Json.numbers(curve.seconds)).append('}');
                separator = ",\n";
            }
        }
        return json.append(curves.isEmpty() ? "" : "\n").append("  ]\n}\n").toString();
    }

    private String markdown() {
        StringBuilder md = new StringBuilder("# Krait benchmarks\n\n");
        md.append(dateText()).append(", ").append(machine()).append(".\n\n");
        if (table != null) {
            md.append(table.toMarkdown()).append('\n').append(table.legend()).append('\n');
        }
        if (!curves.isEmpty()) {
            md.append("\n## Warm-up\n\n");
            md.append("Each chart: one process per runner runs `bench(WARMUP_N)` ").append(options.warmupIterations())
                            .append(" times; time per iteration.\n\n");
            for (Benchmark benchmark : curves.keySet()) {
                md.append("![").append(benchmark.name()).append("](").append(benchmark.name()).append(".svg)\n");
            }
        }
        List<String> lines = noteLines();
        if (!lines.isEmpty()) {
            md.append("\n## Notes\n\n");
            lines.forEach(line -> md.append("- ").append(line).append('\n'));
        }
        return md.toString();
    }

    /** What the tables and charts do not say: which interpreters ran, which were missing, what failed and why. */
    private List<String> noteLines() {
        List<String> lines = new ArrayList<>();
        runners.stream().filter(runner -> !runner.isKrait()).forEach(runner -> lines.add(runner.name() + ": " + runner.description()));
        lines.addAll(notes);
        lines.addAll(failures().stream().map(f -> "FAIL " + f).toList());
        return lines;
    }

    private String html() {
        StringBuilder html = new StringBuilder("""
                        <!DOCTYPE html>
                        <html lang="en">
                        <head>
                        <meta charset="utf-8">
                        <title>Krait benchmarks</title>
                        <style>
                        body { font-family: Helvetica, Arial, sans-serif; margin: 2em; color: #222; }
                        table { border-collapse: collapse; margin: 1em 0; }
                        th, td { padding: 4px 10px; border-bottom: 1px solid #ddd; text-align: right; white-space: nowrap; }
                        th:first-child, td:first-child { text-align: left; }
                        tr.mean td { font-weight: bold; border-top: 2px solid #999; }
                        td.fail { color: #d62728; font-weight: bold; }
                        .charts img { margin: 0.5em; border: 1px solid #eee; }
                        </style>
                        </head>
                        <body>
                        <h1>Krait benchmarks</h1>
                        """);
        html.append("<p>").append(Html.escape(dateText() + ", " + machine())).append(".</p>\n");
        if (table != null) {
            html.append("<h2>Timed runs</h2>\n").append(table.toHtml());
            html.append("<p>").append(Html.escape(table.legend())).append("</p>\n");
        }
        if (!curves.isEmpty()) {
            html.append("<h2>Warm-up</h2>\n<p>Each chart: one process per runner runs <code>bench(WARMUP_N)</code> ")
                            .append(options.warmupIterations()).append(" times; time per iteration, log scale.</p>\n<div class=\"charts\">\n");
            for (Benchmark benchmark : curves.keySet()) {
                String file = Html.escape(benchmark.name() + ".svg");
                html.append("<img src=\"").append(file).append("\" alt=\"warm-up of ").append(Html.escape(benchmark.name()))
                                .append("\" width=\"720\" height=\"420\">\n");
            }
            html.append("</div>\n");
        }
        List<String> lines = noteLines();
        if (!lines.isEmpty()) {
            html.append("<h2>Notes</h2>\n<ul>\n");
            lines.forEach(line -> html.append("<li>").append(Html.escape(line)).append("</li>\n"));
            html.append("</ul>\n");
        }
        return html.append("</body>\n</html>\n").toString();
    }
}
