package dev.krait.tests;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One token-level edit of a Python source. Positions are arbitrary non-negative ints taken modulo the size of what
 * they index, so every mutation applies to every source and shrinking a position towards 0 keeps it valid.
 */
public sealed interface Mutation {

    String apply(String source);

    /** Operators, brackets, keywords and odd lexemes that a mutation may insert. */
    List<String> VOCABULARY = List.of(
                    "+", "-", "*", "/", "//", "%", "**", "@", "<<", ">>", "&", "|", "^", "~", "<", ">", "<=", ">=", "==", "!=",
                    "=", "+=", "-=", "*=", "**=", "//=", ":=", "->", ".", ",", ":", ";", "(", ")", "[", "]", "{", "}", "\\",
                    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue", "def",
                    "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is", "lambda",
                    "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield", "yield from",
                    "match", "case", "_", "print", "x", "self", "__class__", "super()", "0", "-1", "1.5", "1e308", "0x",
                    "10**20", "1_000", "'s'", "\"\"\"", "'''", "b'\\xff'", "f'{x}'", "f'{", "'\\N{", "!r", "*args", "**kw",
                    "\n", "\n    ", "\t", "#", "\\\n", "\r", "\0", "é", "\uD83D\uDE00");

    /** Values of every kind, to put where a program has a name or a literal: keeps the syntax, confuses the types. */
    List<String> VALUES = List.of("None", "0", "-1", "2 ** 64", "-2 ** 63", "10 ** 400", "1e308", "-0.0", "float('nan')", "float('inf')",
                    "''", "'x'", "'\\u00e9\\U0001F600'", "b''", "b'\\xff'", "bytearray(b'ab')", "[]", "[1, [2]]", "{}", "{1: 2}", "set()",
                    "()", "(1,)", "range(3)", "iter([])", "object()", "object", "type", "len", "print", "lambda *a, **k: a", "True",
                    "...", "NotImplemented", "slice(1, None, -1)", "Exception('e')", "StopIteration", "self", "__name__", "super");

    /** The lexemes of a line: names, numbers, simple strings, multi-character operators, whitespace, single chars. */
    Pattern TOKEN = Pattern.compile("[A-Za-z_][A-Za-z_0-9]*|\\d[\\d_.eExXa-fA-F]*"
                    // Strings within a line, written as unrolled loops: a regex alternation inside * recurses per character.
                    + "|'[^'\\\\\n]*+(?:\\\\.[^'\\\\\n]*+)*+'|\"[^\"\\\\\n]*+(?:\\\\.[^\"\\\\\n]*+)*+\""
                    + "|\\*\\*=?|//=?|>>=?|<<=?|->|:=|[-+*/%&|^@<>=!]=|\\s+|.");

    record DeleteLine(int line) implements Mutation {
        public String apply(String source) {
            List<String> lines = lines(source);
            lines.remove(index(line, lines.size()));
            return String.join("\n", lines);
        }
    }

    record DuplicateLine(int line) implements Mutation {
        public String apply(String source) {
            List<String> lines = lines(source);
            int at = index(line, lines.size());
            lines.add(at, lines.get(at));
            return String.join("\n", lines);
        }
    }

    record SwapLines(int first, int second) implements Mutation {
        public String apply(String source) {
            List<String> lines = lines(source);
            int a = index(first, lines.size());
            int b = index(second, lines.size());
            String line = lines.get(a);
            lines.set(a, lines.get(b));
            lines.set(b, line);
            return String.join("\n", lines);
        }
    }

    record DeleteToken(int token) implements Mutation {
        public String apply(String source) {
            return editTokens(source, (tokens, words) -> tokens.set(words.get(index(token, words.size())), ""));
        }
    }

    record DuplicateToken(int token) implements Mutation {
        public String apply(String source) {
            return editTokens(source, (tokens, words) -> {
                int at = words.get(index(token, words.size()));
                tokens.set(at, tokens.get(at) + " " + tokens.get(at));
            });
        }
    }

    record SwapTokens(int first, int second) implements Mutation {
        public String apply(String source) {
            return editTokens(source, (tokens, words) -> {
                int a = words.get(index(first, words.size()));
                int b = words.get(index(second, words.size()));
                String token = tokens.get(a);
                tokens.set(a, tokens.get(b));
                tokens.set(b, token);
            });
        }
    }

    record InsertToken(int token, int word) implements Mutation {
        public String apply(String source) {
            return editTokens(source, (tokens, words) -> {
                int at = words.get(index(token, words.size()));
                tokens.set(at, VOCABULARY.get(index(word, VOCABULARY.size())) + " " + tokens.get(at));
            });
        }
    }

    /** Replaces a name or literal with a value of another kind. */
    record ReplaceWithValue(int token, int value) implements Mutation {
        public String apply(String source) {
            return editTokens(source, (tokens, words) -> {
                List<Integer> operands = words.stream().filter(at -> !tokens.get(at).isEmpty() && Character.isLetterOrDigit(tokens.get(at).charAt(0))
                                || tokens.get(at).startsWith("'") || tokens.get(at).startsWith("\"")).toList();
                if (!operands.isEmpty()) {
                    tokens.set(operands.get(index(token, operands.size())), VALUES.get(index(value, VALUES.size())));
                }
            });
        }
    }

    /** Cuts the source at a character offset. */
    record Truncate(int offset) implements Mutation {
        public String apply(String source) {
            return source.substring(0, index(offset, source.length() + 1));
        }
    }

    /** Inserts a construct nested {@code depth} times before a token (or, for blocks, before a line). */
    record Nest(Nesting kind, int depth, int token) implements Mutation {
        public String apply(String source) {
            if (kind == Nesting.BLOCKS) {
                List<String> lines = lines(source);
                int at = index(token, lines.size());
                StringBuilder blocks = new StringBuilder();
                for (int level = 0; level < depth; level++) {
                    blocks.append("    ".repeat(level)).append(Nesting.BLOCK_HEADERS.get(level % Nesting.BLOCK_HEADERS.size())).append('\n');
                }
                blocks.append("    ".repeat(depth)).append(lines.get(at).strip());
                lines.set(at, blocks.toString());
                return String.join("\n", lines);
            }
            return editTokens(source, (tokens, words) -> {
                int at = words.get(index(token, words.size()));
                tokens.set(at, kind.open.repeat(depth) + kind.middle + kind.close.repeat(depth) + " " + tokens.get(at));
            });
        }
    }

    enum Nesting {
        PARENS("(", "1", ")"),
        LISTS("[", "0", "]"),
        DICTS("{0: ", "0", "}"),
        CALLS("f(", "", ")"),
        FSTRINGS("f'{", "1", "}'"),
        UNARY("-", "1", ""),
        NOTS("not ", "x", ""),
        LAMBDAS("lambda: ", "0", ""),
        SUBSCRIPTS("", "x", "[0]"),
        POWERS("2 ** ", "0", ""),
        ADDITIONS("", "1", " + 1"),
        BLOCKS("", "", "");

        static final List<String> BLOCK_HEADERS = List.of("if x:", "for x in y:", "while x:", "try:", "with x:", "def f():",
                        "class C:", "else:");

        final String open;
        final String middle;
        final String close;

        Nesting(String open, String middle, String close) {
            this.open = open;
            this.middle = middle;
            this.close = close;
        }
    }

    private static int index(int position, int size) {
        return size == 0 ? 0 : Math.floorMod(position, size);
    }

    private static List<String> lines(String source) {
        List<String> lines = new ArrayList<>(List.of(source.split("\n", -1)));
        return lines;
    }

    interface TokenEdit {
        /** Edits {@code tokens} in place; {@code words} are the indices of the tokens that are not whitespace. */
        void edit(List<String> tokens, List<Integer> words);
    }

    private static String editTokens(String source, TokenEdit edit) {
        List<String> tokens = new ArrayList<>();
        List<Integer> words = new ArrayList<>();
        Matcher matcher = TOKEN.matcher(source);
        while (matcher.find()) {
            if (!matcher.group().isBlank()) {
                words.add(tokens.size());
            }
            tokens.add(matcher.group());
        }
        if (words.isEmpty()) {
            words.add(tokens.size());
            tokens.add("");
        }
        edit.edit(tokens, words);
        return String.join("", tokens);
    }
}
