package dev.krait.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import java.util.ArrayList;
import java.util.List;

/**
 * The parameter list of a function or builtin. Bound arguments are laid out in this order: positional parameters
 * (positional-only first), keyword-only parameters, then the *args tuple and the **kwargs dict when present.
 */
public final class Signature {
    public final String[] positional;
    public final int posOnlyCount;
    public final String[] kwOnly;
    public final String varargsName;
    public final String varkwName;

    public Signature(String[] positional, int posOnlyCount, String[] kwOnly, String varargsName, String varkwName) {
        this.positional = positional;
        this.posOnlyCount = posOnlyCount;
        this.kwOnly = kwOnly;
        this.varargsName = varargsName;
        this.varkwName = varkwName;
    }

    public boolean hasVarargs() {
        return varargsName != null;
    }

    public boolean hasVarkw() {
        return varkwName != null;
    }

    /** Number of bound argument values (the callee occupies one more slot in front). */
    public int boundCount() {
        return positional.length + kwOnly.length + (hasVarargs() ? 1 : 0) + (hasVarkw() ? 1 : 0);
    }

    /** True when a call with exactly {@code n} positional arguments and no keywords binds without any work. */
    public boolean isSimplePositional(int n) {
        return n == positional.length && kwOnly.length == 0 && !hasVarargs() && !hasVarkw();
    }

    /**
     * Parses a builtin signature like {@code "iterable, /, *, key=None, reverse=False"} or {@code "*args, sep=' '"}.
     * Defaults are collected into {@code defaultsOut}/{@code kwDefaultsOut} as Python values: None, True, False,
     * ints, quoted strings, or {@code ?} for "optional, no value" ({@link PNone#NO_VALUE}).
     */
    @TruffleBoundary
    public static Signature parse(String text, List<Object> defaultsOut, List<Object> kwDefaultsOut) {
        List<String> positional = new ArrayList<>();
        List<String> kwOnly = new ArrayList<>();
        int posOnly = 0;
        String varargs = null;
        String varkw = null;
        boolean keywordOnly = false;
        for (String rawPart : splitParams(text)) {
            String part = rawPart.trim();
            if (part.isEmpty()) {
                continue;
            }
            if (part.equals("/")) {
                posOnly = positional.size();
            } else if (part.equals("*")) {
                keywordOnly = true;
            } else if (part.startsWith("**")) {
                varkw = part.substring(2);
            } else if (part.startsWith("*")) {
                varargs = part.substring(1);
                keywordOnly = true;
            } else {
                int eq = part.indexOf('=');
                String name = eq < 0 ? part : part.substring(0, eq).trim();
                Object dflt = eq < 0 ? null : parseDefault(part.substring(eq + 1).trim());
                if (keywordOnly) {
                    kwOnly.add(name);
                    kwDefaultsOut.add(dflt);
                } else {
                    positional.add(name);
                    if (dflt != null) {
                        defaultsOut.add(dflt);
                    } else if (!defaultsOut.isEmpty()) {
                        throw new IllegalArgumentException("non-default parameter after default: " + text);
                    }
                }
            }
        }
        return new Signature(positional.toArray(new String[0]), posOnly, kwOnly.toArray(new String[0]), varargs, varkw);
    }

    private static List<String> splitParams(String text) {
        List<String> parts = new ArrayList<>();
        StringBuilder sb = new StringBuilder();
        boolean quoted = false;
        for (char c : text.toCharArray()) {
            if (c == '\'') {
                quoted = !quoted;
            }
            if (c == ',' && !quoted) {
                parts.add(sb.toString());
                sb.setLength(0);
            } else {
                sb.append(c);
            }
        }
        parts.add(sb.toString());
        return parts;
    }

    private static Object parseDefault(String s) {
        return switch (s) {
            case "None" -> PNone.NONE;
            case "True" -> Boolean.TRUE;
            case "False" -> Boolean.FALSE;
            case "?" -> PNone.NO_VALUE;
            default -> {
                if (s.startsWith("'")) {
                    yield s.substring(1, s.length() - 1).replace("\\n", "\n");
                }
                yield s.contains(".") ? (Object) Double.parseDouble(s) : (Object) Long.parseLong(s);
            }
        };
    }
}
