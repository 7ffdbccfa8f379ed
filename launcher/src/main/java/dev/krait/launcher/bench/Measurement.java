package dev.krait.launcher.bench;

import java.util.ArrayList;
import java.util.List;

/** The timed runs of one program by one runner: wall times in seconds, or why they do not count. */
final class Measurement {
    final Benchmark benchmark;
    final Runner runner;
    final List<Double> seconds = new ArrayList<>();
    /** Null while every run exited normally with the expected answer. */
    String failure;

    Measurement(Benchmark benchmark, Runner runner) {
        this.benchmark = benchmark;
        this.runner = runner;
    }

    boolean ok() {
        return failure == null && !seconds.isEmpty();
    }

    double median() {
        List<Double> sorted = new ArrayList<>(seconds);
        sorted.sort(null);
        int size = sorted.size();
        return size % 2 == 1 ? sorted.get(size / 2) : (sorted.get(size / 2 - 1) + sorted.get(size / 2)) / 2;
    }

    double min() {
        return seconds.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
    }

    double max() {
        return seconds.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
    }
}
