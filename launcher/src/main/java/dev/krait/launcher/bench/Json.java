package dev.krait.launcher.bench;

import java.util.List;
import java.util.Locale;

/** Just enough JSON writing for results.json: strings, numbers and lists of numbers. */
final class Json {
    private Json() {
    }

    static String string(String text) {
        if (text == null) {
            return "null";
        }
        StringBuilder json = new StringBuilder("\"");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                default -> {
                    if (c < 0x20) {
                        json.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        return json.append('"').toString();
    }

    static String number(double value) {
        return Double.isNaN(value) || Double.isInfinite(value) ? "null" : String.format(Locale.ROOT, "%.6f", value);
    }

    static String numbers(List<Double> values) {
        return "[" + String.join(", ", values.stream().map(Json::number).toList()) + "]";
    }
}
