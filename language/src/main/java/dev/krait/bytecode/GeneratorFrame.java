package dev.krait.bytecode;

import com.oracle.truffle.api.frame.FrameDescriptor;
import com.oracle.truffle.api.frame.FrameSlotKind;

import dev.krait.runtime.PBaseException;
import dev.krait.runtime.PModule;

/**
 * The suspended frame of a generator (CPython keeps the frame inside the generator object): locals, value stack and
 * the instruction to continue at. {@code PGenerator} holds it in the one slot of a materialized Truffle frame.
 */
final class GeneratorFrame {
    /** The layout of the Truffle frame that carries a GeneratorFrame in its slot 0. */
    static final FrameDescriptor DESCRIPTOR;

    static {
        FrameDescriptor.Builder builder = FrameDescriptor.newBuilder();
        builder.addSlot(FrameSlotKind.Object, "bytecode frame", null);
        DESCRIPTOR = builder.build();
    }

    final CodeObject code;
    final PModule globals;
    final Object[] locals;
    final Object[] stack;
    int sp;
    int ip;
    /** True after YIELD_VALUE, false once the frame returned. */
    boolean suspended;
    /** The exception the generator's own except clause was handling when it yielded (restored on resume). */
    PBaseException handledException;

    GeneratorFrame(CodeObject code, PModule globals, Object[] locals, Object[] stack, int sp, int ip) {
        this.code = code;
        this.globals = globals;
        this.locals = locals;
        this.stack = stack;
        this.sp = sp;
        this.ip = ip;
    }
}
