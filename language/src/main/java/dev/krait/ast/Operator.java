package dev.krait.ast;

/** Binary operators (also the operator of an augmented assignment), with their Python spelling. */
public enum Operator {
    ADD("+"), SUB("-"), MUL("*"), MATMUL("@"), TRUEDIV("/"), FLOORDIV("//"), MOD("%"), POW("**"),
    LSHIFT("<<"), RSHIFT(">>"), BITOR("|"), BITXOR("^"), BITAND("&");

    public final String symbol;

    Operator(String symbol) {
        this.symbol = symbol;
    }
}
