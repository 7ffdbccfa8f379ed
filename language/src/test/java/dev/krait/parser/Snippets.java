package dev.krait.parser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the test resources under parser/: snippets under "### name [flags]" headers, as generate_expected.py does. */
final class Snippets {
    record Snippet(String name, List<String> flags, String body) {
    }

    private Snippets() {
    }

    static String resource(String name) {
        try (InputStream in = Snippets.class.getResourceAsStream("/parser/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource parser/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isFlag(String word) {
        return word.equals("noattrs") || word.equals("eval");
    }

    /** Splits a resource into snippets, keeping each line's own line ending (some snippets test CRLF). */
    static List<Snippet> read(String resourceName) {
        String text = resource(resourceName);
        List<Snippet> result = new ArrayList<>();
        String name = null;
        List<String> flags = List.of();
        StringBuilder body = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            int end = text.indexOf('\n', i);
            end = end < 0 ? text.length() : end + 1;
            String line = text.substring(i, end);
            i = end;
            if (line.startsWith("### ")) {
                if (name != null) {
                    result.add(new Snippet(name, flags, body.toString()));
                }
                List<String> words = List.of(line.substring(4).trim().split("\\s+"));
                flags = words.stream().filter(Snippets::isFlag).toList();
                name = String.join(" ", words.stream().filter(w -> !isFlag(w)).toList());
                body.setLength(0);
            } else {
                body.append(line);
            }
        }
        if (name != null) {
            result.add(new Snippet(name, flags, body.toString()));
        }
        return result;
    }
}
