package dev.krait.bytecode;

import java.util.ArrayList;
import java.util.List;

import dev.krait.ast.Span;

/**
 * Collects the instructions of one code object and turns them into bytes, a line table and an exception table.
 * <p>
 * While emitting it follows the control flow the way a structured compiler allows: it knows the stack height after
 * every instruction (so it can size the value stack and give handlers their entry heights) and which exception
 * handlers protect the current instruction. Jumps record both on their target label; binding a label after an
 * unconditional transfer resumes from what the label recorded. Code after an unconditional transfer that no jump
 * reaches is dropped, as CPython drops unreachable blocks.
 */
final class Assembler {

    /** A position in the instruction list, bound once; jumps may refer to it before it is bound. */
    static final class Label {
        int index = -1;
        /** Stack height and handlers on arrival, set by the first jump or fall-through that reaches the label. */
        int depth = -1;
        HandlerStack handlers;
        boolean reached;
        /** Bound where no control flow arrived: a later jump to it would be a compiler bug. */
        boolean boundUnreached;
    }

    /** An exception handler: where to go, and the stack height to unwind to (then push [lasti,] exception). */
    static final class Handler {
        final Label target;
        final int depth;
        final boolean pushLasti;
        /** The handlers active outside this one: they protect the handler's own code. */
        final HandlerStack outer;

        Handler(Label target, int depth, boolean pushLasti, HandlerStack outer) {
            this.target = target;
            this.depth = depth;
            this.pushLasti = pushLasti;
            this.outer = outer;
        }
    }

    /** An immutable stack of active handlers (null when empty), so labels can keep snapshots for free. */
    record HandlerStack(Handler top, HandlerStack below) {
    }

    private static final class Instruction {
        int opcode;
        int arg;
        final Label target;
        final Span position;
        final Handler handler;
        /** For a method call's CALL: the span of {@code obj.name}, where a failed method lookup is reported. */
        Span methodPosition;

        Instruction(int opcode, int arg, Label target, Span position, Handler handler) {
            this.opcode = opcode;
            this.arg = arg;
            this.target = target;
            this.position = position;
            this.handler = handler;
        }
    }

    private final List<Instruction> instructions = new ArrayList<>();
    private int depth;
    private int maxDepth;
    private boolean reachable = true;
    private HandlerStack handlers;
    /** The source range given to the next instructions; null for none (compiler-made cleanup code). */
    Span position;

    boolean isReachable() {
        return reachable;
    }

    int depth() {
        return depth;
    }

    HandlerStack handlers() {
        return handlers;
    }

    void setHandlers(HandlerStack saved) {
        handlers = saved;
    }

    void emit(int opcode) {
        emit(opcode, 0);
    }

    void emit(int opcode, int arg) {
        if (!reachable) {
            return;
        }
        add(new Instruction(opcode, arg, null, position, currentHandler()), Opcode.stackEffect(opcode, arg, false));
    }

    void emitJump(int opcode, Label target) {
        if (!reachable) {
            return;
        }
        if (target.boundUnreached) {
            throw new IllegalStateException("jump to unreachable code");
        }
        arrive(target, depth + Opcode.stackEffect(opcode, 0, true), handlers);
        add(new Instruction(opcode, 0, target, position, currentHandler()), Opcode.stackEffect(opcode, 0, false));
    }

    /** Emits CALL or CALL_FUNCTION_EX; for a method call it remembers where the method's name is (for a failed lookup). */
    void emitCall(int opcode, int arg, Span methodPosition) {
        if (!reachable) {
            return;
        }
        Instruction call = new Instruction(opcode, arg, null, position, currentHandler());
        call.methodPosition = methodPosition;
        add(call, Opcode.stackEffect(opcode, arg, false));
    }

    private void add(Instruction instruction, int effect) {
        instructions.add(instruction);
        depth += effect;
        if (depth < 0) {
            throw new IllegalStateException("stack underflow at " + Opcode.name(instruction.opcode));
        }
        maxDepth = Math.max(maxDepth, depth);
        if (Opcode.isUnconditionalTransfer(instruction.opcode)) {
            reachable = false;
        }
    }

    private Handler currentHandler() {
        if (handlers == null) {
            return null;
        }
        Handler h = handlers.top;
        arrive(h.target, h.depth + (h.pushLasti ? 2 : 1), h.outer);
        return h;
    }

    private static void arrive(Label label, int depthOnArrival, HandlerStack handlersOnArrival) {
        if (label.reached) {
            if (label.depth != depthOnArrival || !java.util.Objects.equals(label.handlers, handlersOnArrival)) {
                throw new IllegalStateException("inconsistent stack at a label: " + label.depth + " vs " + depthOnArrival);
            }
            return;
        }
        label.reached = true;
        label.depth = depthOnArrival;
        label.handlers = handlersOnArrival;
    }

    void bind(Label label) {
        if (label.index >= 0) {
            throw new IllegalStateException("label bound twice");
        }
        label.index = instructions.size();
        if (reachable) {
            arrive(label, depth, handlers);
        } else if (label.reached) {
            reachable = true;
            depth = label.depth;
            handlers = label.handlers;
        } else {
            label.boundUnreached = true;
        }
    }

    /** Starts protecting the following instructions with a handler (CPython's SETUP_FINALLY / SETUP_CLEANUP). */
    Handler pushHandler(Label target, boolean pushLasti) {
        return pushHandler(target, pushLasti, depth);
    }

    /** A handler that unwinds to {@code unwindDepth} (SETUP_WITH: below the value __enter__ returned). */
    Handler pushHandler(Label target, boolean pushLasti, int unwindDepth) {
        Handler h = new Handler(target, unwindDepth, pushLasti, handlers);
        handlers = new HandlerStack(h, handlers);
        return h;
    }

    /** Ends the innermost handler's protection (CPython's POP_BLOCK). */
    void popHandler() {
        handlers = handlers.below;
    }

    /** Re-activates a handler that an earlier path ended (for code reached only through that handler's region). */
    void restoreHandler(Handler h) {
        handlers = new HandlerStack(h, handlers);
    }

    // ------------------------------------------------------------------ assembly

    /**
     * The assembled instructions. {@code positions} has four ints per code unit (line, end line, column, end column;
     * columns 0-based, end exclusive; -1 where there is no position); {@code methodPositions} five per method call
     * (the CALL's offset, then the position of {@code obj.name}).
     */
    record Assembled(byte[] code, int[] positions, int[] methodPositions, int[] exceptionTable, int maxDepth) {
    }

    Assembled assemble() {
        int n = instructions.size();
        for (int i = 0; i < n; i++) {
            Instruction ins = instructions.get(i);
            if (ins.target != null) {
                ins.opcode = directed(ins.opcode, ins.target.index > i);
            }
        }
        // Jump arguments depend on offsets, and offsets on the width of arguments: iterate until nothing grows.
        int[] units = new int[n + 1];
        int[] sizes = new int[n];
        java.util.Arrays.fill(sizes, 1);
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int i = 0; i < n; i++) {
                units[i + 1] = units[i] + sizes[i];
            }
            for (int i = 0; i < n; i++) {
                Instruction ins = instructions.get(i);
                if (ins.target != null) {
                    int next = units[i] + sizes[i];
                    int target = units[ins.target.index];
                    ins.arg = Opcode.isForwardJump(ins.opcode) ? target - next : next - target;
                    if (ins.arg < 0) {
                        throw new IllegalStateException("jump in the wrong direction: " + Opcode.name(ins.opcode));
                    }
                }
                int size = unitsFor(ins.arg);
                if (size > sizes[i]) {
                    sizes[i] = size;
                    changed = true;
                }
            }
        }
        int total = units[n];
        byte[] code = new byte[total * 2];
        int[] positions = new int[total * 4];
        List<Integer> methodPositions = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Instruction ins = instructions.get(i);
            int unit = units[i];
            for (int shift = (sizes[i] - 1) * 8; shift > 0; shift -= 8) {
                code[unit * 2] = (byte) Opcode.EXTENDED_ARG;
                code[unit * 2 + 1] = (byte) (ins.arg >>> shift);
                putPosition(positions, unit, ins.position);
                unit++;
            }
            code[unit * 2] = (byte) ins.opcode;
            code[unit * 2 + 1] = (byte) ins.arg;
            putPosition(positions, unit, ins.position);
            if (ins.methodPosition != null) {
                Span m = ins.methodPosition;
                methodPositions.addAll(List.of(unit * 2, m.line(), m.endLine(), m.col(), m.endCol()));
            }
        }
        return new Assembled(code, positions, methodPositions.stream().mapToInt(Integer::intValue).toArray(), exceptionTable(units), maxDepth);
    }

    private static void putPosition(int[] positions, int unit, Span span) {
        int base = unit * 4;
        if (span == null) {
            java.util.Arrays.fill(positions, base, base + 4, -1);
        } else {
            positions[base] = span.line();
            positions[base + 1] = span.endLine();
            positions[base + 2] = span.col();
            positions[base + 3] = span.endCol();
        }
    }

    private static int directed(int opcode, boolean forward) {
        return switch (opcode) {
            case Opcode.JUMP -> forward ? Opcode.JUMP_FORWARD : Opcode.JUMP_BACKWARD;
            case Opcode.POP_JUMP_IF_FALSE -> forward ? Opcode.POP_JUMP_FORWARD_IF_FALSE : Opcode.POP_JUMP_BACKWARD_IF_FALSE;
            case Opcode.POP_JUMP_IF_TRUE -> forward ? Opcode.POP_JUMP_FORWARD_IF_TRUE : Opcode.POP_JUMP_BACKWARD_IF_TRUE;
            default -> opcode;
        };
    }

    private static int unitsFor(int arg) {
        if (arg > 0xffffff) {
            return 4;
        }
        if (arg > 0xffff) {
            return 3;
        }
        return arg > 0xff ? 2 : 1;
    }

    /** Runs of instructions with the same handler become one entry each, as in 3.11's co_exceptiontable. */
    private int[] exceptionTable(int[] units) {
        List<int[]> entries = new ArrayList<>();
        int[] open = null;
        Handler openHandler = null;
        for (int i = 0; i < instructions.size(); i++) {
            Handler h = instructions.get(i).handler;
            if (open != null && !sameHandler(h, openHandler)) {
                open = null;
            }
            if (h != null) {
                if (open == null) {
                    open = new int[]{units[i] * 2, 0, units[h.target.index] * 2, h.depth << 1 | (h.pushLasti ? 1 : 0)};
                    openHandler = h;
                    entries.add(open);
                }
                open[1] = units[i + 1] * 2;
            }
        }
        int[] table = new int[entries.size() * 4];
        for (int i = 0; i < entries.size(); i++) {
            System.arraycopy(entries.get(i), 0, table, i * 4, 4);
        }
        return table;
    }

    private static boolean sameHandler(Handler a, Handler b) {
        return a == b || (a != null && b != null && a.target == b.target && a.depth == b.depth && a.pushLasti == b.pushLasti);
    }
}
