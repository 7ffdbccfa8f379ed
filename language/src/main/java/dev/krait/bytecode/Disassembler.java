package dev.krait.bytecode;

import static dev.krait.bytecode.Opcode.*;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import dev.krait.ops.Repr;

/**
 * Listings in the shape of CPython 3.11's {@code dis.dis}: per instruction the line number where a new line starts,
 * {@code >>} at jump and handler targets, the offset, the opcode name, the argument and its meaning; then the
 * exception table; then, recursively, every code object among the constants.
 */
public final class Disassembler {
    private static final int OPNAME_WIDTH = 20;
    private static final int OPARG_WIDTH = 5;

    private Disassembler() {
    }

    /** The listing of {@code code} and of all code objects nested in it. */
    public static String disassemble(CodeObject code) {
        StringBuilder out = new StringBuilder();
        disassembleRecursive(code, out);
        return out.toString();
    }

    private static void disassembleRecursive(CodeObject code, StringBuilder out) {
        disassembleOne(code, out);
        for (Object c : code.consts) {
            if (c instanceof CodeObject nested) {
                out.append('\n').append("Disassembly of ").append(nested).append(":\n");
                disassembleRecursive(nested, out);
            }
        }
    }

    private record Instruction(int offset, int opcode, int arg, int line) {
    }

    private static void disassembleOne(CodeObject code, StringBuilder out) {
        byte[] bytes = code.code;
        List<Instruction> instructions = new ArrayList<>();
        int extended = 0;
        for (int offset = 0; offset < bytes.length; offset += 2) {
            int opcode = bytes[offset] & 0xff;
            int arg = extended | (bytes[offset + 1] & 0xff);
            extended = opcode == EXTENDED_ARG ? arg << 8 : 0;
            instructions.add(new Instruction(offset, opcode, arg, code.lineOf(offset)));
        }
        Set<Integer> targets = new HashSet<>();
        for (Instruction ins : instructions) {
            int target = jumpTarget(ins);
            if (target >= 0) {
                targets.add(target);
            }
        }
        for (int i = 0; i < code.exceptionTable.length; i += 4) {
            targets.add(code.exceptionTable[i + 2]);
        }
        // A line number is shown where the line changes; instructions without a line do not count (dis.findlinestarts).
        int maxLine = 0;
        for (Instruction ins : instructions) {
            maxLine = Math.max(maxLine, ins.line);
        }
        int lineWidth = maxLine >= 1000 ? String.valueOf(maxLine).length() : 3;
        int offsetWidth = bytes.length - 2 >= 10000 ? String.valueOf(bytes.length - 2).length() : 4;
        int lastLine = Integer.MIN_VALUE;
        for (Instruction ins : instructions) {
            boolean startsLine = ins.line >= 0 && ins.line != lastLine;
            if (startsLine) {
                lastLine = ins.line;
                if (ins.offset > 0) {
                    out.append('\n');
                }
            }
            StringBuilder fields = new StringBuilder();
            fields.append(startsLine ? pad(String.valueOf(ins.line), lineWidth) : " ".repeat(lineWidth));
            fields.append(' ').append("   ");
            fields.append(' ').append(targets.contains(ins.offset) ? ">>" : "  ");
            fields.append(' ').append(pad(String.valueOf(ins.offset), offsetWidth));
            fields.append(' ').append(padRight(Opcode.name(ins.opcode), OPNAME_WIDTH));
            if (Opcode.hasArgument(ins.opcode)) {
                fields.append(' ').append(pad(String.valueOf(ins.arg), OPARG_WIDTH));
                String meaning = argumentMeaning(code, ins);
                if (!meaning.isEmpty()) {
                    fields.append(" (").append(meaning).append(')');
                }
            }
            out.append(fields.toString().stripTrailing()).append('\n');
        }
        if (code.exceptionTable.length > 0) {
            out.append("ExceptionTable:\n");
            for (int i = 0; i < code.exceptionTable.length; i += 4) {
                int[] t = code.exceptionTable;
                out.append("  ").append(t[i]).append(" to ").append(t[i + 1] - 2).append(" -> ").append(t[i + 2]).append(" [").append(t[i + 3] >> 1).append(']');
                if ((t[i + 3] & 1) != 0) {
                    out.append(" lasti");
                }
                out.append('\n');
            }
        }
    }

    private static int jumpTarget(Instruction ins) {
        if (Opcode.isForwardJump(ins.opcode)) {
            return ins.offset + 2 + ins.arg * 2;
        }
        if (Opcode.isBackwardJump(ins.opcode)) {
            return ins.offset + 2 - ins.arg * 2;
        }
        return -1;
    }

    private static String argumentMeaning(CodeObject code, Instruction ins) {
        int arg = ins.arg;
        return switch (ins.opcode) {
            case LOAD_CONST, KW_NAMES -> constRepr(code.consts[arg]);
            case LOAD_NAME, STORE_NAME, DELETE_NAME, STORE_GLOBAL, DELETE_GLOBAL, LOAD_ATTR, STORE_ATTR, DELETE_ATTR, LOAD_METHOD, IMPORT_NAME,
                            IMPORT_FROM -> code.names[arg];
            case LOAD_GLOBAL -> ((arg & 1) != 0 ? "NULL + " : "") + code.names[arg >> 1];
            case LOAD_FAST, STORE_FAST, DELETE_FAST, MAKE_CELL, LOAD_CLOSURE, LOAD_DEREF, STORE_DEREF, DELETE_DEREF, LOAD_CLASSDEREF ->
                code.localsPlusNames[arg];
            case COMPARE_OP -> Compiler.COMPARE_OPERATORS[arg].symbol;
            case BINARY_OP -> arg < Compiler.INPLACE_OFFSET ? Compiler.NB_OPERATORS[arg].symbol : Compiler.NB_OPERATORS[arg - Compiler.INPLACE_OFFSET].symbol + "=";
            case FORMAT_VALUE -> {
                String conversion = switch (arg & FVC_MASK) {
                    case FVC_STR -> "str";
                    case FVC_REPR -> "repr";
                    case FVC_ASCII -> "ascii";
                    default -> "";
                };
                if ((arg & FVS_HAVE_SPEC) != 0) {
                    yield conversion.isEmpty() ? "with format" : conversion + ", with format";
                }
                yield conversion;
            }
            case MAKE_FUNCTION -> {
                List<String> flags = new ArrayList<>();
                String[] flagNames = {"defaults", "kwdefaults", "annotations", "closure"};
                for (int i = 0; i < flagNames.length; i++) {
                    if ((arg & 1 << i) != 0) {
                        flags.add(flagNames[i]);
                    }
                }
                yield String.join(", ", flags);
            }
            default -> {
                int target = jumpTarget(ins);
                yield target >= 0 ? "to " + target : "";
            }
        };
    }

    private static String constRepr(Object value) {
        if (value instanceof CodeObject) {
            return value.toString();
        }
        return Repr.repr(value);
    }

    private static String pad(String s, int width) {
        return s.length() >= width ? s : " ".repeat(width - s.length()) + s;
    }

    private static String padRight(String s, int width) {
        return s.length() >= width ? s : s + " ".repeat(width - s.length());
    }
}
