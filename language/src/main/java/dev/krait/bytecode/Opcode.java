package dev.krait.bytecode;

/**
 * The instruction set: CPython 3.11's opcodes, with its names and numbers, where Krait's semantics match. An
 * instruction is one 16-bit code unit (opcode byte, argument byte); larger arguments are built up by
 * {@link #EXTENDED_ARG} prefixes, as in CPython. Unlike 3.11 there are no inline cache entries and no PRECALL.
 */
public final class Opcode {
    private Opcode() {
    }

    // Without an argument (the argument byte is 0).
    public static final int POP_TOP = 1;
    public static final int PUSH_NULL = 2;
    public static final int NOP = 9;
    public static final int UNARY_POSITIVE = 10;
    public static final int UNARY_NEGATIVE = 11;
    public static final int UNARY_NOT = 12;
    public static final int UNARY_INVERT = 15;
    public static final int BINARY_SUBSCR = 25;
    public static final int PUSH_EXC_INFO = 35;
    public static final int CHECK_EXC_MATCH = 36;
    public static final int WITH_EXCEPT_START = 49;
    public static final int BEFORE_WITH = 53;
    public static final int STORE_SUBSCR = 60;
    public static final int DELETE_SUBSCR = 61;
    public static final int GET_ITER = 68;
    public static final int GET_YIELD_FROM_ITER = 69;
    public static final int PRINT_EXPR = 70;
    public static final int LOAD_BUILD_CLASS = 71;
    public static final int LOAD_ASSERTION_ERROR = 74;
    public static final int RETURN_GENERATOR = 75;
    public static final int LIST_TO_TUPLE = 82;
    public static final int RETURN_VALUE = 83;
    public static final int IMPORT_STAR = 84;
    public static final int SETUP_ANNOTATIONS = 85;
    public static final int YIELD_VALUE = 86;
    public static final int POP_EXCEPT = 89;

    /** Opcodes from here on use their argument. */
    public static final int HAVE_ARGUMENT = 90;
    /**
     * Krait's own (CPython reads the frame from C): pushes the calling frame's names for locals()/vars() (arg 0),
     * globals() (arg 1) or dir() (arg 2) called without arguments.
     */
    public static final int LOAD_FRAME_NAMES = 180;

    public static final int STORE_NAME = 90;
    public static final int DELETE_NAME = 91;
    public static final int UNPACK_SEQUENCE = 92;
    public static final int FOR_ITER = 93;
    public static final int UNPACK_EX = 94;
    public static final int STORE_ATTR = 95;
    public static final int DELETE_ATTR = 96;
    public static final int STORE_GLOBAL = 97;
    public static final int DELETE_GLOBAL = 98;
    public static final int SWAP = 99;
    public static final int LOAD_CONST = 100;
    public static final int LOAD_NAME = 101;
    public static final int BUILD_TUPLE = 102;
    public static final int BUILD_LIST = 103;
    public static final int BUILD_SET = 104;
    public static final int BUILD_MAP = 105;
    public static final int LOAD_ATTR = 106;
    public static final int COMPARE_OP = 107;
    public static final int IMPORT_NAME = 108;
    public static final int IMPORT_FROM = 109;
    public static final int JUMP_FORWARD = 110;
    public static final int JUMP_IF_FALSE_OR_POP = 111;
    public static final int JUMP_IF_TRUE_OR_POP = 112;
    public static final int POP_JUMP_FORWARD_IF_FALSE = 114;
    public static final int POP_JUMP_FORWARD_IF_TRUE = 115;
    public static final int LOAD_GLOBAL = 116;
    public static final int IS_OP = 117;
    public static final int CONTAINS_OP = 118;
    public static final int RERAISE = 119;
    public static final int COPY = 120;
    public static final int BINARY_OP = 122;
    public static final int SEND = 123;
    public static final int LOAD_FAST = 124;
    public static final int STORE_FAST = 125;
    public static final int DELETE_FAST = 126;
    public static final int POP_JUMP_FORWARD_IF_NOT_NONE = 128;
    public static final int POP_JUMP_FORWARD_IF_NONE = 129;
    public static final int RAISE_VARARGS = 130;
    public static final int MAKE_FUNCTION = 132;
    public static final int BUILD_SLICE = 133;
    public static final int JUMP_BACKWARD_NO_INTERRUPT = 134;
    public static final int MAKE_CELL = 135;
    public static final int LOAD_CLOSURE = 136;
    public static final int LOAD_DEREF = 137;
    public static final int STORE_DEREF = 138;
    public static final int DELETE_DEREF = 139;
    public static final int JUMP_BACKWARD = 140;
    public static final int CALL_FUNCTION_EX = 142;
    public static final int EXTENDED_ARG = 144;
    public static final int LIST_APPEND = 145;
    public static final int SET_ADD = 146;
    public static final int MAP_ADD = 147;
    public static final int LOAD_CLASSDEREF = 148;
    public static final int COPY_FREE_VARS = 149;
    public static final int RESUME = 151;
    public static final int FORMAT_VALUE = 155;
    public static final int BUILD_CONST_KEY_MAP = 156;
    public static final int BUILD_STRING = 157;
    public static final int LOAD_METHOD = 160;
    public static final int LIST_EXTEND = 162;
    public static final int SET_UPDATE = 163;
    public static final int DICT_MERGE = 164;
    public static final int DICT_UPDATE = 165;
    public static final int CALL = 171;
    public static final int KW_NAMES = 172;
    public static final int POP_JUMP_BACKWARD_IF_NOT_NONE = 173;
    public static final int POP_JUMP_BACKWARD_IF_NONE = 174;
    public static final int POP_JUMP_BACKWARD_IF_FALSE = 175;
    public static final int POP_JUMP_BACKWARD_IF_TRUE = 176;

    /*
     * Pseudo-instructions of the compiler (as CPython's, numbered from 256): a jump whose direction is not known until
     * its target is placed. The assembler replaces each by its FORWARD or BACKWARD form.
     */
    public static final int JUMP = 256;
    public static final int POP_JUMP_IF_FALSE = 257;
    public static final int POP_JUMP_IF_TRUE = 258;

    /** FORMAT_VALUE's argument: the conversion in the low two bits, and whether a format spec is on the stack. */
    public static final int FVC_MASK = 0x3;
    public static final int FVC_STR = 0x1;
    public static final int FVC_REPR = 0x2;
    public static final int FVC_ASCII = 0x3;
    public static final int FVS_HAVE_SPEC = 0x4;

    /** MAKE_FUNCTION's argument flags (annotations are not kept, so 0x04 is never set). */
    public static final int MF_DEFAULTS = 0x01;
    public static final int MF_KWDEFAULTS = 0x02;
    public static final int MF_CLOSURE = 0x08;

    private static final String[] NAMES = new String[259];

    static {
        for (java.lang.reflect.Field f : Opcode.class.getFields()) {
            String name = f.getName();
            if (f.getType() == int.class && !name.startsWith("FV") && !name.startsWith("MF_") && !name.equals("HAVE_ARGUMENT")) {
                try {
                    NAMES[f.getInt(null)] = name;
                } catch (IllegalAccessException e) {
                    throw new AssertionError(e);
                }
            }
        }
    }

    public static String name(int opcode) {
        String name = opcode >= 0 && opcode < NAMES.length ? NAMES[opcode] : null;
        return name != null ? name : "<" + opcode + ">";
    }

    public static boolean hasArgument(int opcode) {
        return opcode >= HAVE_ARGUMENT;
    }

    /** Jumps relative to the next instruction, forward. */
    public static boolean isForwardJump(int opcode) {
        return switch (opcode) {
            case FOR_ITER, JUMP_FORWARD, JUMP_IF_FALSE_OR_POP, JUMP_IF_TRUE_OR_POP, POP_JUMP_FORWARD_IF_FALSE, POP_JUMP_FORWARD_IF_TRUE,
                            POP_JUMP_FORWARD_IF_NONE, POP_JUMP_FORWARD_IF_NOT_NONE, SEND -> true;
            default -> false;
        };
    }

    /** Jumps relative to the next instruction, backward. */
    public static boolean isBackwardJump(int opcode) {
        return switch (opcode) {
            case JUMP_BACKWARD, JUMP_BACKWARD_NO_INTERRUPT, POP_JUMP_BACKWARD_IF_FALSE, POP_JUMP_BACKWARD_IF_TRUE, POP_JUMP_BACKWARD_IF_NONE,
                            POP_JUMP_BACKWARD_IF_NOT_NONE -> true;
            default -> false;
        };
    }

    /** After these, control never falls through to the next instruction. */
    public static boolean isUnconditionalTransfer(int opcode) {
        return switch (opcode) {
            case RETURN_VALUE, RAISE_VARARGS, RERAISE, JUMP_FORWARD, JUMP_BACKWARD, JUMP_BACKWARD_NO_INTERRUPT, JUMP -> true;
            default -> false;
        };
    }

    /**
     * The change of the stack height when the instruction executes: for a jump, {@code jump} selects the effect when
     * the jump is taken. Exception handlers are not instructions here; their entry heights come from the table.
     */
    public static int stackEffect(int opcode, int arg, boolean jump) {
        return switch (opcode) {
            case NOP, RESUME, MAKE_CELL, COPY_FREE_VARS, EXTENDED_ARG, KW_NAMES, UNARY_POSITIVE, UNARY_NEGATIVE, UNARY_NOT, UNARY_INVERT,
                            GET_ITER, LIST_TO_TUPLE, JUMP, JUMP_FORWARD, JUMP_BACKWARD, CHECK_EXC_MATCH, LOAD_ATTR, SWAP,
                            GET_YIELD_FROM_ITER, JUMP_BACKWARD_NO_INTERRUPT, SETUP_ANNOTATIONS -> 0;
            // A generator is resumed with the sent value pushed: after RETURN_GENERATOR (then popped), and in place of
            // the value YIELD_VALUE took.
            case RETURN_GENERATOR -> 1;
            case YIELD_VALUE -> 0;
            case SEND -> jump ? -1 : 0;
            case BEFORE_WITH, WITH_EXCEPT_START, LOAD_CLASSDEREF -> 1;
            case POP_TOP, PRINT_EXPR, RETURN_VALUE, BINARY_SUBSCR, STORE_NAME, STORE_GLOBAL, STORE_FAST, STORE_DEREF, IMPORT_STAR, POP_EXCEPT, COMPARE_OP,
                            IS_OP, CONTAINS_OP, BINARY_OP, LIST_APPEND, SET_ADD, LIST_EXTEND, SET_UPDATE, DICT_MERGE, DICT_UPDATE, DELETE_ATTR,
                            IMPORT_NAME, RERAISE -> -1;
            case PUSH_NULL, LOAD_CONST, LOAD_NAME, LOAD_FAST, LOAD_DEREF, LOAD_CLOSURE, LOAD_ASSERTION_ERROR, COPY, PUSH_EXC_INFO, IMPORT_FROM,
                            LOAD_METHOD, LOAD_BUILD_CLASS, LOAD_FRAME_NAMES -> 1;
            case DELETE_NAME, DELETE_GLOBAL, DELETE_FAST, DELETE_DEREF -> 0;
            case LOAD_GLOBAL -> 1 + (arg & 1);
            case STORE_ATTR, DELETE_SUBSCR, MAP_ADD -> -2;
            case STORE_SUBSCR -> -3;
            case UNPACK_SEQUENCE -> arg - 1;
            case UNPACK_EX -> (arg & 0xff) + (arg >> 8);
            case FOR_ITER -> jump ? -1 : 1;
            case JUMP_IF_FALSE_OR_POP, JUMP_IF_TRUE_OR_POP -> jump ? 0 : -1;
            case POP_JUMP_IF_FALSE, POP_JUMP_IF_TRUE, POP_JUMP_FORWARD_IF_FALSE, POP_JUMP_FORWARD_IF_TRUE, POP_JUMP_BACKWARD_IF_FALSE,
                            POP_JUMP_BACKWARD_IF_TRUE, POP_JUMP_FORWARD_IF_NONE, POP_JUMP_FORWARD_IF_NOT_NONE, POP_JUMP_BACKWARD_IF_NONE,
                            POP_JUMP_BACKWARD_IF_NOT_NONE -> -1;
            case BUILD_TUPLE, BUILD_LIST, BUILD_SET, BUILD_STRING -> 1 - arg;
            case BUILD_MAP -> 1 - 2 * arg;
            case BUILD_CONST_KEY_MAP -> -arg;
            case BUILD_SLICE -> arg == 3 ? -2 : -1;
            case RAISE_VARARGS -> -arg;
            case CALL -> -1 - arg;
            case CALL_FUNCTION_EX -> -2 - (arg & 1);
            case MAKE_FUNCTION -> -Integer.bitCount(arg & (MF_DEFAULTS | MF_KWDEFAULTS | 0x04 | MF_CLOSURE));
            case FORMAT_VALUE -> (arg & FVS_HAVE_SPEC) != 0 ? -1 : 0;
            default -> throw new IllegalArgumentException("no stack effect for " + name(opcode));
        };
    }
}
