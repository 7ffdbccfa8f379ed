package dev.krait.launcher;

/** The execution strategies Krait offers; {@code --mode=<id>} on the command line. */
public enum Mode {
    /** Truffle AST interpreter; hot code is compiled by Graal. */
    JIT("jit"),
    /** The same AST interpreter with compilation switched off. */
    AST("ast"),
    /** A classic bytecode loop. */
    BYTECODE("bytecode");

    private final String id;

    Mode(String id) {
        this.id = id;
    }

    /** The name used on the command line and as the value of the {@code python.Mode} option. */
    public String id() {
        return id;
    }

    /** The mode named {@code id}, or null if there is none. */
    public static Mode fromId(String id) {
        for (Mode mode : values()) {
            if (mode.id.equals(id)) {
                return mode;
            }
        }
        return null;
    }

    @Override
    public String toString() {
        return id;
    }
}
