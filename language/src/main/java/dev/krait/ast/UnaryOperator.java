package dev.krait.ast;

public enum UnaryOperator {
    NOT("not"), NEG("-"), POS("+"), INVERT("~");

    public final String symbol;

    UnaryOperator(String symbol) {
        this.symbol = symbol;
    }
}
