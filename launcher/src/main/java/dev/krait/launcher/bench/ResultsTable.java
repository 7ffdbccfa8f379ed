package dev.krait.launcher.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The table of timed runs: one row per program, one column per runner, geometric means at the bottom. */
final class ResultsTable {
    final List<Benchmark> benchmarks;
    final List<Runner> runners;
    final int runs;
    /** Program name, then runner name. */
    private final Map<String, Map<String, Measurement>> cells = new LinkedHashMap<>();

    ResultsTable(List<Benchmark> benchmarks, List<Runner> runners, int runs) {
        this.benchmarks = benchmarks;
        this.runners = runners;
        this.runs = runs;
    }

    void put(Measurement measurement) {
        cells.computeIfAbsent(measurement.benchmark.name(), name -> new LinkedHashMap<>()).put(measurement.runner.name(), measurement);
    }

    Measurement get(Benchmark benchmark, Runner runner) {
        Map<String, Measurement> row = cells.get(benchmark.name());
        return row == null ? null : row.get(runner.name());
    }

    boolean hasCPython() {
        return runners.stream().anyMatch(runner -> runner.name().equals(Runner.CPYTHON));
    }

    /** How many times faster than CPython the runner was on this program (CPython's median / its median), or NaN. */
    double speedup(Benchmark benchmark, Runner runner) {
        Measurement cpython = runners.stream().filter(r -> r.name().equals(Runner.CPYTHON)).findFirst()
                        .map(r -> get(benchmark, r)).orElse(null);
        Measurement measurement = get(benchmark, runner);
        if (cpython == null || !cpython.ok() || measurement == null || !measurement.ok()) {
            return Double.NaN;
        }
        return cpython.median() / measurement.median();
    }

    List<Measurement> failures() {
        List<Measurement> failed = new ArrayList<>();
        for (Map<String, Measurement> row : cells.values()) {
            row.values().stream().filter(m -> !m.ok()).forEach(failed::add);
        }
        return failed;
    }

    /** The rows as text cells: a header, one row per program, the geometric means. */
    List<List<String>> rows(boolean markdown) {
        List<List<String>> rows = new ArrayList<>();
        List<String> header = new ArrayList<>();
        header.add("program");
        runners.forEach(runner -> header.add(runner.name()));
        rows.add(header);
        for (Benchmark benchmark : benchmarks) {
            List<String> row = new ArrayList<>();
            row.add(benchmark.name());
            for (Runner runner : runners) {
                row.add(cell(get(benchmark, runner), speedup(benchmark, runner), markdown));
            }
            rows.add(row);
        }
        List<String> means = new ArrayList<>();
        means.add(markdown ? "**geometric mean**" : "geometric mean");
        for (Runner runner : runners) {
            means.add(geometricMeanCell(runner));
        }
        rows.add(means);
        return rows;
    }

    private String cell(Measurement measurement, double speedup, boolean markdown) {
        if (measurement == null) {
            return "-";
        }
        if (!measurement.ok()) {
            return markdown ? "**FAIL**" : "FAIL";
        }
        StringBuilder text = new StringBuilder(seconds(measurement.median()));
        if (measurement.seconds.size() > 1) {
            text.append(" (").append(seconds(measurement.min())).append("–").append(seconds(measurement.max())).append(')');
        }
        if (!Double.isNaN(speedup) && !measurement.runner.name().equals(Runner.CPYTHON)) {
            text.append(' ').append(ratio(speedup));
        }
        return text.toString();
    }

    private String geometricMeanCell(Runner runner) {
        List<Double> medians = new ArrayList<>();
        List<Double> speedups = new ArrayList<>();
        for (Benchmark benchmark : benchmarks) {
            Measurement measurement = get(benchmark, runner);
            if (measurement != null && measurement.ok()) {
                medians.add(measurement.median());
                double speedup = speedup(benchmark, runner);
                if (!Double.isNaN(speedup)) {
                    speedups.add(speedup);
                }
            }
        }
        if (medians.isEmpty()) {
            return "-";
        }
        StringBuilder text = new StringBuilder(seconds(geometricMean(medians)));
        if (!speedups.isEmpty() && !runner.name().equals(Runner.CPYTHON)) {
            text.append(' ').append(ratio(geometricMean(speedups)));
        }
        if (medians.size() < benchmarks.size()) {
            text.append(" [").append(medians.size()).append(" of ").append(benchmarks.size()).append(']');
        }
        return text.toString();
    }

    static double geometricMean(List<Double> values) {
        double logSum = 0;
        for (double value : values) {
            logSum += Math.log(value);
        }
        return Math.exp(logSum / values.size());
    }

    static String seconds(double value) {
        return String.format(Locale.ROOT, value < 10 ? "%.2f" : "%.1f", value);
    }

    static String ratio(double value) {
        return String.format(Locale.ROOT, value < 10 ? "%.2fx" : "%.1fx", value);
    }

    String legend() {
        String what = "Wall time in seconds per run (process start-up included): median"
                        + (runs > 1 ? " (min–max) of " + runs + " runs" : " of 1 run");
        if (hasCPython()) {
            what += "; Nx = speed relative to python3 (its median time / this one; above 1 is faster)";
        }
        return what + ". FAIL: a wrong answer, an error or a timeout.";
    }

    String toText() {
        List<List<String>> rows = rows(false);
        int[] widths = new int[rows.get(0).size()];
        for (List<String> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        }
        StringBuilder text = new StringBuilder();
        for (int r = 0; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.size(); i++) {
                String cell = row.get(i);
                // Names left-aligned, numbers right-aligned.
                line.append(i == 0 ? cell + " ".repeat(widths[i] - cell.length()) : " ".repeat(widths[i] - cell.length()) + cell);
                line.append(i + 1 < row.size() ? "   " : "");
            }
            text.append(line.toString().stripTrailing()).append('\n');
            if (r == 0 || r == rows.size() - 2) {
                text.append("-".repeat(line.length())).append('\n');
            }
        }
        return text.toString();
    }

    String toMarkdown() {
        List<List<String>> rows = rows(true);
        StringBuilder text = new StringBuilder();
        for (int r = 0; r < rows.size(); r++) {
            text.append("| ").append(String.join(" | ", rows.get(r))).append(" |\n");
            if (r == 0) {
                text.append("| --- |").append(" ---: |".repeat(rows.get(r).size() - 1)).append('\n');
            }
        }
        return text.toString();
    }

    String toHtml() {
        List<List<String>> rows = rows(false);
        StringBuilder html = new StringBuilder("<table>\n");
        for (int r = 0; r < rows.size(); r++) {
            String tag = r == 0 ? "th" : "td";
            html.append(r == rows.size() - 1 ? "<tr class=\"mean\">" : "<tr>");
            for (String cell : rows.get(r)) {
                String escaped = Html.escape(cell);
                html.append('<').append(tag).append(cell.equals("FAIL") ? " class=\"fail\"" : "").append('>')
                                .append(escaped).append("</").append(tag).append('>');
            }
            html.append("</tr>\n");
        }
        return html.append("</table>\n").toString();
    }

    String toCsv() {
        StringBuilder csv = new StringBuilder("program,runner,status,median_s,min_s,max_s,speedup_vs_python3,run_seconds\n");
        for (Benchmark benchmark : benchmarks) {
            for (Runner runner : runners) {
                Measurement m = get(benchmark, runner);
                if (m == null) {
                    continue;
                }
                double speedup = speedup(benchmark, runner);
                csv.append(benchmark.name()).append(',').append(runner.name()).append(',').append(m.ok() ? "ok" : "fail").append(',')
                                .append(m.ok() ? number(m.median()) : "").append(',')
                                .append(m.ok() ? number(m.min()) : "").append(',')
                                .append(m.ok() ? number(m.max()) : "").append(',')
                                .append(Double.isNaN(speedup) ? "" : number(speedup)).append(',')
                                .append(String.join(";", m.seconds.stream().map(ResultsTable::number).toList())).append('\n');
            }
        }
        return csv.toString();
    }

    static String number(double value) {
        return String.format(Locale.ROOT, "%.4f", value);
    }
}
