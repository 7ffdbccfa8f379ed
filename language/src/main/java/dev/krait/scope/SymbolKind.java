package dev.krait.scope;

/** How a name is stored in one scope, as CPython's symtable decides it. */
public enum SymbolKind {
    /** A fast local of a function (a frame slot), or a name of a class namespace. */
    LOCAL,
    /** A local captured by an inner function: lives in a cell. */
    CELL,
    /** A variable of an enclosing function, reached through the closure. */
    FREE,
    /** Declared {@code global}. */
    GLOBAL_EXPLICIT,
    /** Not bound here nor in an enclosing function: module globals, then builtins. */
    GLOBAL_IMPLICIT
}
