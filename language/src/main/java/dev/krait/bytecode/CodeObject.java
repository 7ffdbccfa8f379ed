package dev.krait.bytecode;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.krait.runtime.FunctionCode;
import dev.krait.runtime.GlobalCell;
import dev.krait.runtime.PModule;

/**
 * A compiled unit of code, as CPython's code object: the instructions, the constants and names they refer to, the
 * layout of the frame's locals, the line of each instruction and the exception table. Function code objects also
 * carry the {@link FunctionCode} that MAKE_FUNCTION puts into new function objects.
 */
public final class CodeObject {
    public enum Kind {
        /** A module body: names are globals. */
        MODULE,
        /** A def or lambda body; a generator function when {@link #isGenerator}. */
        FUNCTION,
        /** A list, set or dict comprehension (a generator expression is a generator FUNCTION). */
        COMPREHENSION,
        /** A class body: names live in the class namespace, which it receives as its one argument. */
        CLASS
    }

    public final Kind kind;
    /** co_name and co_qualname. */
    public final String name;
    public final String qualname;
    public final String filename;
    public final int firstLine;

    /** Instructions: pairs of bytes (opcode, argument), EXTENDED_ARG prefixes for wide arguments. */
    final byte[] code;
    /**
     * The source range of each code unit (3.11's co_positions): four ints at offset * 2 (line, end line, column, end
     * column; columns 0-based, end exclusive), -1 for instructions without a position (compiler-made cleanup code).
     */
    final int[] positions;
    /** For each method call: the CALL's offset and the range of {@code obj.name}, five ints per call. */
    final int[] methodPositions;
    final Object[] consts;
    /** For each constant that is a tuple of keyword names (KW_NAMES), the names as Java strings; else null. */
    final String[][] keywordNames;
    /** Names of globals, attributes and imports (co_names). */
    final String[] names;
    /** One marker per name, pushed by LOAD_METHOD so that CALL knows the method's name. */
    final MethodName[] methodNames;
    /**
     * co_varnames, co_cellvars (those not also parameters) and co_freevars in this order: the frame's "locals plus"
     * slots, which LOAD_FAST, the *_DEREF opcodes, MAKE_CELL and LOAD_CLOSURE index.
     */
    final String[] localsPlusNames;
    final int varnameCount;
    final String[] cellvars;
    final String[] freevars;
    /** Parameters (positional, keyword-only, *args, **kwargs): the frame arguments copied into the first slots. */
    final int parameterCount;
    /** Entries of four ints: start offset, end offset (exclusive), handler offset, stack depth << 1 | push-lasti. */
    final int[] exceptionTable;
    final int maxStackDepth;
    /**
     * The docstring (the first statement, if a string literal): for a function None when there is none, set on the
     * function object; for a class body null when there is none, put into the namespace as {@code __doc__}.
     */
    final Object docstring;
    /** A generator function's code: calling it runs up to RETURN_GENERATOR, which returns the generator. */
    final boolean isGenerator;

    /** The function-object side of this code, for MAKE_FUNCTION; null for a module. */
    FunctionCode functionCode;
    /** For a generator: the call target that resumes its frame (what {@code PGenerator.resume} calls). */
    com.oracle.truffle.api.RootCallTarget generatorBody;
    /** A root running this code: where the loop polls Truffle safepoints (interrupts, tools) on backward jumps. */
    com.oracle.truffle.api.nodes.Node safepointLocation;

    /** Per name index: the module's cell and the builtins' cell (resolved on first use, like 3.11's inline caches). */
    private GlobalCell[] globalCells;
    private GlobalCell[] builtinCells;
    private PModule cachedGlobals;
    private PModule cachedBuiltins;

    CodeObject(Kind kind, String name, String qualname, String filename, int firstLine, byte[] code, int[] positions, int[] methodPositions,
                    Object[] consts,
                    String[][] keywordNames, String[] names, String[] localsPlusNames, int varnameCount, String[] cellvars, String[] freevars,
                    int parameterCount, int[] exceptionTable, int maxStackDepth, Object docstring, boolean isGenerator) {
        this.kind = kind;
        this.name = name;
        this.qualname = qualname;
        this.filename = filename;
        this.firstLine = firstLine;
        this.code = code;
        this.positions = positions;
        this.methodPositions = methodPositions;
        this.consts = consts;
        this.keywordNames = keywordNames;
        this.names = names;
        this.methodNames = new MethodName[names.length];
        for (int i = 0; i < names.length; i++) {
            methodNames[i] = new MethodName(names[i]);
        }
        this.localsPlusNames = localsPlusNames;
        this.varnameCount = varnameCount;
        this.cellvars = cellvars;
        this.freevars = freevars;
        this.parameterCount = parameterCount;
        this.exceptionTable = exceptionTable;
        this.maxStackDepth = maxStackDepth;
        this.docstring = docstring;
        this.isGenerator = isGenerator;
    }

    public byte[] getCode() {
        return code;
    }

    /** The line of the code unit at {@code offset}, or -1 when it has no position. */
    public int lineOf(int offset) {
        return positions[offset << 1];
    }

    /** The code unit at or before {@code offset} that has a position (cleanup code takes the previous one's), or -1. */
    private int positionedUnit(int offset) {
        for (int unit = offset >> 1; unit >= 0; unit--) {
            if (positions[unit * 4] >= 0) {
                return unit;
            }
        }
        return -1;
    }

    /** Positions an exception at the instruction at {@code offset} (its traceback entry, with 3.11's markers). */
    void setPosition(dev.krait.runtime.PException e, int offset) {
        int unit = positionedUnit(offset);
        if (unit < 0) {
            e.setLine(firstLine);
            return;
        }
        int p = unit * 4;
        e.setPosition(positions[p], positions[p + 2], positions[p + 1], positions[p + 3]);
    }

    /** Positions an exception from a failed method lookup at {@code obj.name} of the method call at {@code offset}. */
    boolean setMethodPosition(dev.krait.runtime.PException e, int offset) {
        for (int i = 0; i < methodPositions.length; i += 5) {
            if (methodPositions[i] == offset) {
                e.setPosition(methodPositions[i + 1], methodPositions[i + 3], methodPositions[i + 2], methodPositions[i + 4]);
                return true;
            }
        }
        return false;
    }

    /** The index in {@link #exceptionTable} of the entry covering {@code offset}, or -1. */
    int findHandler(int offset) {
        int[] table = exceptionTable;
        for (int i = 0; i < table.length; i += 4) {
            if (offset >= table[i] && offset < table[i + 1]) {
                return i;
            }
        }
        return -1;
    }

    GlobalCell globalCell(int nameIndex, PModule globals) {
        if (cachedGlobals != globals) {
            globalCells = new GlobalCell[names.length];
            cachedGlobals = globals;
        }
        GlobalCell cell = globalCells[nameIndex];
        if (cell == null) {
            cell = globals.cell(names[nameIndex]);
            globalCells[nameIndex] = cell;
        }
        return cell;
    }

    GlobalCell builtinCell(int nameIndex, PModule builtins) {
        if (cachedBuiltins != builtins) {
            builtinCells = new GlobalCell[names.length];
            cachedBuiltins = builtins;
        }
        GlobalCell cell = builtinCells[nameIndex];
        if (cell == null) {
            cell = builtins.cell(names[nameIndex]);
            builtinCells[nameIndex] = cell;
        }
        return cell;
    }

    /** CPython's repr of a code object; the address is the identity hash, as stable as Java allows. */
    @Override
    @TruffleBoundary
    public String toString() {
        return "<code object " + name + " at 0x" + String.format("%012x", System.identityHashCode(this)) + ", file \"" + filename + "\", line " + firstLine + ">";
    }

    /** What LOAD_METHOD leaves below the receiver: CALL then calls the method by name on the receiver. */
    static final class MethodName {
        final String name;

        MethodName(String name) {
            this.name = name;
        }

        @Override
        @TruffleBoundary
        public String toString() {
            return "<method name " + name + ">";
        }
    }
}
