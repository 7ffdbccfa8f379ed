package dev.krait.parser;

/** The kinds of token the tokenizer produces; keywords are NAME tokens and the parser tells them apart. */
public enum TokenKind {
    NAME, NUMBER, STRING, OP, NEWLINE, INDENT, DEDENT, ENDMARKER
}
