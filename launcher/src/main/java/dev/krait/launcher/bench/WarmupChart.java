package dev.krait.launcher.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Draws the warm-up curves of one program as an SVG: seconds per iteration (log scale) against iteration number,
 * one line per runner, so interpretation shows up flat and the JIT as a drop once compiled code takes over.
 */
final class WarmupChart {
    private static final int WIDTH = 720;
    private static final int HEIGHT = 420;
    private static final int LEFT = 72;
    private static final int RIGHT = 170;
    private static final int TOP = 48;
    private static final int BOTTOM = 52;
    /** A runner has the same colour in every chart, whichever others run beside it. */
    private static final Map<String, String> COLOURS = Map.of("jit", "#1f77b4", "ast", "#ff7f0e", "bytecode", "#2ca02c", "native", "#d62728",
                    "python3", "#555555", "pypy3", "#9467bd");
    private static final String[] OTHER_COLOURS = {"#d62728", "#8c564b", "#e377c2", "#17becf"};
    private static final double[] MANTISSAS = {1, 2, 5};

    private WarmupChart() {
    }

    static String svg(Benchmark benchmark, List<WarmupCurve> curves, List<Runner> allRunners) {
        int iterations = 1;
        double low = Double.POSITIVE_INFINITY;
        double high = 0;
        long warmupN = -1;
        for (WarmupCurve curve : curves) {
            iterations = Math.max(iterations, curve.seconds.size());
            warmupN = Math.max(warmupN, curve.warmupN);
            for (double s : curve.seconds) {
                if (s > 0) {
                    low = Math.min(low, s);
                    high = Math.max(high, s);
                }
            }
        }
        if (high == 0) {
            low = 0.1;
            high = 1;
        }
        List<Double> ticks = logTicks(low, high);
        double yMin = ticks.get(0);
        double yMax = ticks.get(ticks.size() - 1);
        double plotWidth = WIDTH - LEFT - RIGHT;
        double plotHeight = HEIGHT - TOP - BOTTOM;
        int lastIteration = iterations;

        java.util.function.DoubleUnaryOperator x = i -> LEFT + (lastIteration == 1 ? plotWidth / 2 : (i - 1) / (lastIteration - 1) * plotWidth);
        java.util.function.DoubleUnaryOperator y = s -> TOP + plotHeight
                        - (Math.log(s) - Math.log(yMin)) / (Math.log(yMax) - Math.log(yMin)) * plotHeight;

        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" "
                        + "font-family=\"Helvetica, Arial, sans-serif\" font-size=\"12\">\n", WIDTH, HEIGHT, WIDTH, HEIGHT));
        svg.append(String.format(Locale.ROOT, "<rect width=\"%d\" height=\"%d\" fill=\"white\"/>\n", WIDTH, HEIGHT));
        String title = benchmark.name() + ": bench(" + (warmupN >= 0 ? Long.toString(warmupN) : "WARMUP_N") + ") per iteration";
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"24\" font-size=\"15\" font-weight=\"bold\">%s</text>\n", LEFT,
                        Html.escape(title)));

        // Grid and y ticks (log scale).
        for (double tick : ticks) {
            double ty = y.applyAsDouble(tick);
            svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#e4e4e4\"/>\n", LEFT, ty,
                            LEFT + plotWidth, ty));
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\" dominant-baseline=\"middle\">%s</text>\n",
                            LEFT - 6, ty, Html.escape(duration(tick))));
        }
        // x ticks: every iteration while they fit, else a round step.
        int step = Math.max(1, (int) Math.ceil(lastIteration / 15.0));
        for (int i = 1; i <= lastIteration; i++) {
            if (i != 1 && i % step != 0) {
                continue;
            }
            double tx = x.applyAsDouble(i);
            svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#333\"/>\n", tx, TOP + plotHeight,
                            tx, TOP + plotHeight + 5));
            svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\">%d</text>\n", tx, TOP + plotHeight + 18, i));
        }
        // Axes and their labels.
        svg.append(String.format(Locale.ROOT, "<path d=\"M%d %d V%.1f H%.1f\" fill=\"none\" stroke=\"#333\"/>\n", LEFT, TOP, TOP + plotHeight,
                        LEFT + plotWidth));
        svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">iteration</text>\n", LEFT + plotWidth / 2,
                        HEIGHT - 12));
        svg.append(String.format(Locale.ROOT, "<text transform=\"translate(16 %.1f) rotate(-90)\" text-anchor=\"middle\">"
                        + "time per iteration (log scale)</text>\n", TOP + plotHeight / 2));

        // One line per runner, and its legend entry.
        int legendY = TOP + 6;
        for (WarmupCurve curve : curves) {
            String colour = COLOURS.getOrDefault(curve.runner.name(),
                            OTHER_COLOURS[Math.max(0, allRunners.indexOf(curve.runner)) % OTHER_COLOURS.length]);
            String dash = curve.runner.isKrait() ? "" : " stroke-dasharray=\"5 3\"";
            if (curve.ok() && !curve.seconds.isEmpty()) {
                StringBuilder points = new StringBuilder();
                for (int i = 0; i < curve.seconds.size(); i++) {
                    double s = Math.max(curve.seconds.get(i), yMin);
                    points.append(String.format(Locale.ROOT, "%.1f,%.1f ", x.applyAsDouble(i + 1), y.applyAsDouble(s)));
                }
                svg.append(String.format(Locale.ROOT, "<polyline points=\"%s\" fill=\"none\" stroke=\"%s\" stroke-width=\"2\"%s/>\n",
                                points.toString().strip(), colour, dash));
                for (int i = 0; i < curve.seconds.size(); i++) {
                    double s = Math.max(curve.seconds.get(i), yMin);
                    svg.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"2.5\" fill=\"%s\"><title>%s, iteration %d: %s</title></circle>\n",
                                    x.applyAsDouble(i + 1), y.applyAsDouble(s), colour, Html.escape(curve.runner.name()), i + 1,
                                    Html.escape(duration(curve.seconds.get(i)))));
                }
            }
            double legendX = LEFT + plotWidth + 16;
            svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"%s\" stroke-width=\"2\"%s/>\n",
                            legendX, legendY, legendX + 22, legendY, colour, dash));
            String label = curve.runner.name() + (curve.ok() ? "" : " (FAIL)");
            svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" dominant-baseline=\"middle\"%s>%s</text>\n", legendX + 28, legendY,
                            curve.ok() ? "" : " fill=\"#d62728\"", Html.escape(label)));
            legendY += 20;
        }
        svg.append("</svg>\n");
        return svg.toString();
    }

    /** 1-2-5 ticks from the largest at or below {@code low} to the smallest at or above {@code high}. */
    static List<Double> logTicks(double low, double high) {
        List<Double> candidates = new ArrayList<>();
        int fromDecade = (int) Math.floor(Math.log10(low)) - 1;
        int toDecade = (int) Math.ceil(Math.log10(high)) + 1;
        for (int decade = fromDecade; decade <= toDecade; decade++) {
            for (double mantissa : MANTISSAS) {
                candidates.add(mantissa * Math.pow(10, decade));
            }
        }
        int first = 0;
        while (first + 1 < candidates.size() && candidates.get(first + 1) <= low * (1 + 1e-9)) {
            first++;
        }
        int last = candidates.size() - 1;
        while (last - 1 > first && candidates.get(last - 1) >= high * (1 - 1e-9)) {
            last--;
        }
        if (last == first) {
            last++;
        }
        return candidates.subList(first, last + 1);
    }

    static String duration(double seconds) {
        if (seconds >= 1) {
            return trim(String.format(Locale.ROOT, "%.2f", seconds)) + " s";
        }
        if (seconds >= 1e-3) {
            return trim(String.format(Locale.ROOT, "%.2f", seconds * 1e3)) + " ms";
        }
        return trim(String.format(Locale.ROOT, "%.2f", seconds * 1e6)) + " µs";
    }

    private static String trim(String number) {
        return number.contains(".") ? number.replaceAll("0+$", "").replaceAll("\\.$", "") : number;
    }
}
