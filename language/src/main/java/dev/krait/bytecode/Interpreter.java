package dev.krait.bytecode;

import java.util.ArrayList;
import java.util.List;

import dev.krait.nodes.expression.FrameNamesNode;

import static dev.krait.bytecode.Opcode.*;

import java.util.Arrays;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.Truffle;
import com.oracle.truffle.api.TruffleSafepoint;
import com.oracle.truffle.api.frame.MaterializedFrame;

import dev.krait.ast.CompareOperator;
import dev.krait.ast.UnaryOperator;
import dev.krait.nodes.call.ClassDefNode;
import dev.krait.nodes.control.RaiseNode;
import dev.krait.nodes.control.TryExceptNode;
import dev.krait.nodes.control.WithNode;
import dev.krait.nodes.expression.DisplayNodes;
import dev.krait.nodes.expression.FStringNodes;
import dev.krait.nodes.generator.GeneratorNodes;
import dev.krait.nodes.statement.DeleteNode;
import dev.krait.nodes.statement.Targets;
import dev.krait.nodes.variables.CellNodes;
import dev.krait.nodes.variables.ClassNameNodes;
import dev.krait.nodes.variables.ReadGlobalNode;
import dev.krait.nodes.variables.ReadLocalNode;
import dev.krait.ops.Attributes;
import dev.krait.ops.BinaryOpNode;
import dev.krait.ops.CallMethodNode;
import dev.krait.ops.CallNode;
import dev.krait.ops.Calls;
import dev.krait.ops.CompareNode;
import dev.krait.ops.GetAttrNode;
import dev.krait.ops.GetItemNode;
import dev.krait.ops.GetIterNode;
import dev.krait.ops.Importer;
import dev.krait.ops.InplaceOpNode;
import dev.krait.ops.IsTrueNode;
import dev.krait.ops.Items;
import dev.krait.ops.NextNode;
import dev.krait.ops.SetItemNode;
import dev.krait.ops.UnaryOpNode;
import dev.krait.runtime.BuiltinClasses;
import dev.krait.runtime.KraitContext;
import dev.krait.runtime.PBaseException;
import dev.krait.runtime.PCell;
import dev.krait.runtime.PDict;
import dev.krait.runtime.PException;
import dev.krait.runtime.PFunction;
import dev.krait.runtime.PGenerator;
import dev.krait.runtime.PList;
import dev.krait.runtime.PModule;
import dev.krait.runtime.PNone;
import dev.krait.runtime.PRaise;
import dev.krait.runtime.PSet;
import dev.krait.runtime.PSlice;
import dev.krait.runtime.PTuple;

/**
 * The classic loop: one frame's value stack and instruction pointer, one {@code switch} over the opcode. Every
 * operation is the shared one, called through its uncached node or static method, so the type dispatch happens at
 * run time on each execution, as in CPython's ceval.
 * <p>
 * The loop is behind a {@link TruffleBoundary}: it is the interpretive baseline and is never partially evaluated
 * (the bytecode mode also runs with Truffle compilation off; were it on, Graal would compile at most the root's tiny
 * {@code execute}, which just calls in here). The JVM's own JIT compiles the loop like any Java method, as a C
 * compiler compiles ceval.
 */
final class Interpreter {
    private Interpreter() {
    }

    private static final IsTrueNode IS_TRUE = IsTrueNode.getUncached();
    private static final GetItemNode GET_ITEM = GetItemNode.getUncached();
    private static final SetItemNode SET_ITEM = SetItemNode.getUncached();
    private static final GetAttrNode GET_ATTR = GetAttrNode.getUncached();
    private static final GetIterNode GET_ITER_NODE = GetIterNode.getUncached();
    private static final NextNode NEXT = NextNode.getUncached();
    private static final CallNode CALL_NODE = CallNode.getUncached();
    private static final CallMethodNode CALL_METHOD = CallMethodNode.getUncached();
    private static final UnaryOpNode NEGATIVE = UnaryOpNode.getUncached(UnaryOperator.NEG);
    private static final UnaryOpNode POSITIVE = UnaryOpNode.getUncached(UnaryOperator.POS);
    private static final UnaryOpNode INVERT = UnaryOpNode.getUncached(UnaryOperator.INVERT);
    private static final BinaryOpNode[] BINARY = new BinaryOpNode[Compiler.NB_OPERATORS.length];
    private static final CompareNode[] COMPARE = new CompareNode[Compiler.COMPARE_OPERATORS.length];
    private static final CompareNode IS = CompareNode.getUncached(CompareOperator.IS);
    private static final CompareNode IS_NOT = CompareNode.getUncached(CompareOperator.IS_NOT);
    private static final CompareNode IN = CompareNode.getUncached(CompareOperator.IN);
    private static final CompareNode NOT_IN = CompareNode.getUncached(CompareOperator.NOT_IN);
    private static final PCell[] NO_CELLS = new PCell[0];
    private static final Object[] NO_VALUES = new Object[0];

    static {
        for (int i = 0; i < BINARY.length; i++) {
            BINARY[i] = BinaryOpNode.getUncached(Compiler.NB_OPERATORS[i]);
        }
        for (int i = 0; i < COMPARE.length; i++) {
            COMPARE[i] = CompareNode.getUncached(Compiler.COMPARE_OPERATORS[i]);
        }
    }

    /** What LOAD_BUILD_CLASS pushes: CALL then builds a class (CPython's builtins.__build_class__). */
    static final Object BUILD_CLASS = new Object() {
        @Override
        public String toString() {
            return "<build_class>";
        }
    };

    /**
     * Runs {@code code} in a new frame. {@code locals} holds the bound arguments in its first slots; {@code closure}
     * is the function's cells (COPY_FREE_VARS) or null; {@code namespace} is a class body's namespace, else null.
     */
    @TruffleBoundary
    static Object run(CodeObject code, PModule globals, Object[] locals, PCell[] closure, PDict namespace, KraitContext context) {
        return execute(code, globals, locals, closure, namespace, context, new Object[code.maxStackDepth], 0, 0, null, null);
    }

    /**
     * Resumes a suspended generator frame: the sent value becomes the result of its yield; an exception to throw
     * in is raised at the yield (by RESUME), or passed on to the delegate of a {@code yield from} (by SEND).
     */
    @TruffleBoundary
    static Object resume(GeneratorFrame frame, Object sent, PBaseException toThrow, KraitContext context) {
        frame.stack[frame.sp++] = sent;
        PBaseException callerHandled = context.handledException;
        if (frame.handledException != null) {
            context.handledException = frame.handledException;
            frame.handledException = null;
        }
        try {
            return execute(frame.code, frame.globals, frame.locals, null, null, context, frame.stack, frame.sp, frame.ip, frame, toThrow);
        } finally {
            if (frame.suspended && context.handledException != callerHandled) {
                frame.handledException = context.handledException;
                context.handledException = callerHandled;
            }
        }
    }

    /** The truth of a condition: True and False (what comparisons give) without a call, as CPython's jumps do. */
    private static boolean isTrue(Object value) {
        if (value == Boolean.TRUE) {
            return true;
        } else if (value == Boolean.FALSE) {
            return false;
        }
        return IS_TRUE.execute(value);
    }

    private static Object execute(CodeObject code, PModule globals, Object[] locals, PCell[] closure, PDict namespace, KraitContext context,
                    Object[] stack, int initialSp, int initialIp, GeneratorFrame generator, PBaseException thrownIn) {
        final byte[] bytecode = code.code;
        final Object[] consts = code.consts;
        final String[] names = code.names;
        int sp = initialSp;
        int ip = initialIp;
        String[] kwNames = null;
        PBaseException toThrow = thrownIn;
        while (true) {
            final int start = ip;
            int opcode = bytecode[ip] & 0xff;
            int arg = bytecode[ip + 1] & 0xff;
            ip += 2;
            try {
                while (opcode == EXTENDED_ARG) {
                    opcode = bytecode[ip] & 0xff;
                    arg = arg << 8 | bytecode[ip + 1] & 0xff;
                    ip += 2;
                }
                switch (opcode) {
                    case NOP:
                        break;
                    case RESUME:
                        // Resuming after a plain yield with an exception thrown in: it is raised here, at the yield.
                        if (toThrow != null && arg == 1) {
                            PBaseException exception = toThrow;
                            toThrow = null;
                            throw PRaise.raise(exception, null);
                        }
                        break;
                    case POP_TOP:
                        stack[--sp] = null;
                        break;
                    case PUSH_NULL:
                        stack[sp++] = null;
                        break;
                    case COPY:
                        stack[sp] = stack[sp - arg];
                        sp++;
                        break;
                    case SWAP: {
                        Object top = stack[sp - 1];
                        stack[sp - 1] = stack[sp - arg];
                        stack[sp - arg] = top;
                        break;
                    }
                    case LOAD_CONST:
                        stack[sp++] = consts[arg];
                        break;

                    // ---------------------------------------------------------- variables
                    case LOAD_FAST: {
                        Object value = locals[arg];
                        if (value == null) {
                            throw ReadLocalNode.unbound(code.localsPlusNames[arg]);
                        }
                        stack[sp++] = value;
                        break;
                    }
                    case STORE_FAST:
                        locals[arg] = stack[--sp];
                        break;
                    case DELETE_FAST:
                        if (locals[arg] == null) {
                            throw ReadLocalNode.unbound(code.localsPlusNames[arg]);
                        }
                        locals[arg] = null;
                        break;
                    case MAKE_CELL:
                        locals[arg] = new PCell(locals[arg]);
                        break;
                    case COPY_FREE_VARS:
                        System.arraycopy(closure == null ? NO_CELLS : closure, 0, locals, locals.length - arg, arg);
                        break;
                    case LOAD_CLOSURE:
                        stack[sp++] = locals[arg];
                        break;
                    case LOAD_DEREF: {
                        Object value = ((PCell) locals[arg]).value;
                        if (value == null) {
                            throw CellNodes.unbound(code.localsPlusNames[arg], isFree(code, arg));
                        }
                        stack[sp++] = value;
                        break;
                    }
                    case STORE_DEREF:
                        ((PCell) locals[arg]).value = stack[--sp];
                        break;
                    case DELETE_DEREF: {
                        PCell cell = (PCell) locals[arg];
                        if (cell.value == null) {
                            throw CellNodes.unbound(code.localsPlusNames[arg], isFree(code, arg));
                        }
                        cell.value = null;
                        break;
                    }
                    case LOAD_NAME: {
                        Object value = namespace == null ? null : ClassNameNodes.ReadClassNameNode.lookup(namespace, names[arg]);
                        if (value == null) {
                            value = ReadGlobalNode.read(code.globalCell(arg, globals), code.builtinCell(arg, context.builtins), names[arg], null);
                        }
                        stack[sp++] = value;
                        break;
                    }
                    case LOAD_CLASSDEREF: {
                        String name = code.localsPlusNames[arg];
                        Object value = ClassNameNodes.ReadClassNameNode.lookup(namespace, name);
                        if (value == null) {
                            value = ((PCell) locals[arg]).value;
                            if (value == null) {
                                throw CellNodes.unbound(name, true);
                            }
                        }
                        stack[sp++] = value;
                        break;
                    }
                    case LOAD_GLOBAL: {
                        int nameIndex = arg >> 1;
                        Object value = ReadGlobalNode.read(code.globalCell(nameIndex, globals), code.builtinCell(nameIndex, context.builtins), names[nameIndex], null);
                        if ((arg & 1) != 0) {
                            stack[sp++] = null;
                        }
                        stack[sp++] = value;
                        break;
                    }
                    case SETUP_ANNOTATIONS:
                        if (namespace != null) {
                            if (ClassNameNodes.ReadClassNameNode.lookup(namespace, "__annotations__") == null) {
                                ClassNameNodes.WriteClassNameNode.store(namespace, "__annotations__", new PDict());
                            }
                        } else if (globals.get("__annotations__") == null) {
                            globals.set("__annotations__", new PDict());
                        }
                        break;
                    case STORE_NAME:
                        if (namespace != null) {
                            ClassNameNodes.WriteClassNameNode.store(namespace, names[arg], stack[--sp]);
                        } else {
                            code.globalCell(arg, globals).set(stack[--sp]);
                        }
                        break;
                    case STORE_GLOBAL:
                        code.globalCell(arg, globals).set(stack[--sp]);
                        break;
                    case DELETE_NAME:
                        if (namespace != null) {
                            ClassNameNodes.DeleteClassNameNode.remove(namespace, names[arg], false);
                        } else {
                            DeleteNode.deleteGlobal(code.globalCell(arg, globals), names[arg], false);
                        }
                        break;
                    case DELETE_GLOBAL:
                        DeleteNode.deleteGlobal(code.globalCell(arg, globals), names[arg], false);
                        break;

                    // ---------------------------------------------------------- operators
                    case UNARY_POSITIVE:
                        stack[sp - 1] = POSITIVE.execute(stack[sp - 1]);
                        break;
                    case UNARY_NEGATIVE:
                        stack[sp - 1] = NEGATIVE.execute(stack[sp - 1]);
                        break;
                    case UNARY_INVERT:
                        stack[sp - 1] = INVERT.execute(stack[sp - 1]);
                        break;
                    case UNARY_NOT:
                        stack[sp - 1] = !isTrue(stack[sp - 1]);
                        break;
                    case BINARY_OP: {
                        Object right = stack[--sp];
                        Object left = stack[sp - 1];
                        stack[sp - 1] = arg < Compiler.INPLACE_OFFSET ? BINARY[arg].execute(left, right)
                                        : InplaceOpNode.executeUncached(Compiler.NB_OPERATORS[arg - Compiler.INPLACE_OFFSET], left, right);
                        break;
                    }
                    case COMPARE_OP: {
                        Object right = stack[--sp];
                        stack[sp - 1] = COMPARE[arg].execute(stack[sp - 1], right);
                        break;
                    }
                    case IS_OP: {
                        Object right = stack[--sp];
                        stack[sp - 1] = (arg == 0 ? IS : IS_NOT).execute(stack[sp - 1], right);
                        break;
                    }
                    case CONTAINS_OP: {
                        Object right = stack[--sp];
                        stack[sp - 1] = (arg == 0 ? IN : NOT_IN).execute(stack[sp - 1], right);
                        break;
                    }

                    // ---------------------------------------------------------- items and attributes
                    case BINARY_SUBSCR: {
                        Object key = stack[--sp];
                        stack[sp - 1] = GET_ITEM.execute(stack[sp - 1], key);
                        break;
                    }
                    case STORE_SUBSCR: {
                        Object key = stack[--sp];
                        Object object = stack[--sp];
                        SET_ITEM.execute(object, key, stack[--sp]);
                        break;
                    }
                    case DELETE_SUBSCR: {
                        Object key = stack[--sp];
                        Items.delItem(stack[--sp], key);
                        break;
                    }
                    case LOAD_ATTR:
                        stack[sp - 1] = GET_ATTR.execute(stack[sp - 1], names[arg]);
                        break;
                    case STORE_ATTR: {
                        Object object = stack[--sp];
                        Attributes.set(object, names[arg], stack[--sp]);
                        break;
                    }
                    case DELETE_ATTR:
                        Attributes.delete(stack[--sp], names[arg]);
                        break;
                    case BUILD_SLICE: {
                        Object step = arg == 3 ? stack[--sp] : PNone.NONE;
                        Object stop = stack[--sp];
                        stack[sp - 1] = new PSlice(stack[sp - 1], stop, step);
                        break;
                    }

                    // ---------------------------------------------------------- control flow
                    case JUMP_FORWARD:
                        ip += arg << 1;
                        break;
                    case JUMP_BACKWARD:
                        ip -= arg << 1;
                        TruffleSafepoint.poll(code.safepointLocation);
                        break;
                    case POP_JUMP_FORWARD_IF_FALSE:
                        if (!isTrue(stack[--sp])) {
                            ip += arg << 1;
                        }
                        break;
                    case POP_JUMP_FORWARD_IF_TRUE:
                        if (isTrue(stack[--sp])) {
                            ip += arg << 1;
                        }
                        break;
                    case POP_JUMP_BACKWARD_IF_FALSE:
                        if (!isTrue(stack[--sp])) {
                            ip -= arg << 1;
                            TruffleSafepoint.poll(code.safepointLocation);
                        }
                        break;
                    case POP_JUMP_BACKWARD_IF_TRUE:
                        if (isTrue(stack[--sp])) {
                            ip -= arg << 1;
                            TruffleSafepoint.poll(code.safepointLocation);
                        }
                        break;
                    case POP_JUMP_FORWARD_IF_NONE:
                        if (stack[--sp] == PNone.NONE) {
                            ip += arg << 1;
                        }
                        break;
                    case POP_JUMP_FORWARD_IF_NOT_NONE:
                        if (stack[--sp] != PNone.NONE) {
                            ip += arg << 1;
                        }
                        break;
                    case POP_JUMP_BACKWARD_IF_NONE:
                        if (stack[--sp] == PNone.NONE) {
                            ip -= arg << 1;
                            TruffleSafepoint.poll(code.safepointLocation);
                        }
                        break;
                    case POP_JUMP_BACKWARD_IF_NOT_NONE:
                        if (stack[--sp] != PNone.NONE) {
                            ip -= arg << 1;
                            TruffleSafepoint.poll(code.safepointLocation);
                        }
                        break;
                    case JUMP_IF_FALSE_OR_POP:
                        if (!isTrue(stack[sp - 1])) {
                            ip += arg << 1;
                        } else {
                            sp--;
                        }
                        break;
                    case JUMP_IF_TRUE_OR_POP:
                        if (isTrue(stack[sp - 1])) {
                            ip += arg << 1;
                        } else {
                            sp--;
                        }
                        break;
                    case GET_ITER:
                        stack[sp - 1] = GET_ITER_NODE.execute(stack[sp - 1]);
                        break;
                    case FOR_ITER: {
                        Object next = NEXT.execute(stack[sp - 1]);
                        if (next == null) {
                            stack[--sp] = null;
                            ip += arg << 1;
                        } else {
                            stack[sp++] = next;
                        }
                        break;
                    }
                    case RETURN_VALUE:
                        if (generator != null) {
                            generator.suspended = false;
                        }
                        return stack[--sp];

                    // ---------------------------------------------------------- generators
                    case RETURN_GENERATOR: {
                        // The call returns the generator; its first resume continues after this instruction.
                        GeneratorFrame frame = new GeneratorFrame(code, globals, locals, stack, sp, ip);
                        MaterializedFrame holder = Truffle.getRuntime().createMaterializedFrame(NO_VALUES, GeneratorFrame.DESCRIPTOR);
                        holder.setObject(0, frame);
                        return new PGenerator(holder, code.generatorBody, code.name, code.qualname);
                    }
                    case YIELD_VALUE: {
                        Object value = stack[--sp];
                        generator.sp = sp;
                        generator.ip = ip;
                        generator.suspended = true;
                        return value;
                    }
                    case GET_YIELD_FROM_ITER:
                        stack[sp - 1] = GET_ITER_NODE.execute(stack[sp - 1]);
                        break;
                    case SEND: {
                        Object sent = stack[--sp];
                        Object delegate = stack[sp - 1];
                        PBaseException thrown = toThrow;
                        toThrow = null;
                        Object[] stopValue = {PNone.NONE};
                        Object value = GeneratorNodes.YieldFromNode.advance(delegate, sent, thrown, stopValue);
                        if (value == null) {
                            stack[sp - 1] = delegate instanceof PGenerator g ? g.returnValue : stopValue[0];
                            ip += arg << 1;
                        } else {
                            stack[sp++] = value;
                        }
                        break;
                    }
                    case JUMP_BACKWARD_NO_INTERRUPT:
                        ip -= arg << 1;
                        break;

                    // ---------------------------------------------------------- with
                    case BEFORE_WITH: {
                        Object[] entered = WithNode.enter(stack[sp - 1]);
                        stack[sp - 1] = entered[0];
                        stack[sp++] = entered[1];
                        break;
                    }
                    case WITH_EXCEPT_START: {
                        // [__exit__, lasti, previous exception, exception] -> __exit__(type, exception, traceback)
                        stack[sp] = WithNode.callExit(stack[sp - 4], (PBaseException) stack[sp - 1]);
                        sp++;
                        break;
                    }
                    case LOAD_BUILD_CLASS:
                        stack[sp++] = BUILD_CLASS;
                        break;
                    case PRINT_EXPR:
                        dev.krait.builtins.modules.SysModule.printExpr(context, stack[--sp]);
                        stack[sp] = null;
                        break;
                    case LOAD_FRAME_NAMES:
                        stack[sp++] = frameNames(code, globals, locals, namespace, arg);
                        break;

                    // ---------------------------------------------------------- building values
                    case BUILD_TUPLE:
                        sp -= arg;
                        stack[sp] = context.allocated(new PTuple(take(stack, sp, arg)));
                        sp++;
                        break;
                    case BUILD_LIST:
                        sp -= arg;
                        stack[sp] = context.allocated(new PList(take(stack, sp, arg)));
                        sp++;
                        break;
                    case BUILD_SET:
                        sp -= arg;
                        stack[sp] = context.allocated(DisplayNodes.SetDisplay.makeSet(take(stack, sp, arg)));
                        sp++;
                        break;
                    case BUILD_MAP: {
                        sp -= 2 * arg;
                        PDict dict = new PDict();
                        for (int i = 0; i < arg; i++) {
                            DisplayNodes.DictDisplay.put(dict, stack[sp + 2 * i], stack[sp + 2 * i + 1]);
                        }
                        stack[sp++] = context.allocated(dict);
                        break;
                    }
                    case BUILD_CONST_KEY_MAP: {
                        PTuple keys = (PTuple) stack[--sp];
                        sp -= arg;
                        PDict dict = new PDict();
                        for (int i = 0; i < arg; i++) {
                            DisplayNodes.DictDisplay.put(dict, keys.get(i), stack[sp + i]);
                        }
                        stack[sp++] = dict;
                        break;
                    }
                    case BUILD_STRING: {
                        sp -= arg;
                        String[] parts = new String[arg];
                        for (int i = 0; i < arg; i++) {
                            parts[i] = (String) stack[sp + i];
                        }
                        stack[sp++] = FStringNodes.JoinNode.join(parts);
                        break;
                    }
                    case LIST_APPEND: {
                        Object value = stack[--sp];
                        ((PList) stack[sp - arg]).append(value);
                        break;
                    }
                    case SET_ADD: {
                        Object value = stack[--sp];
                        addToSet((PSet) stack[sp - arg], value);
                        break;
                    }
                    case MAP_ADD: {
                        Object value = stack[--sp];
                        Object key = stack[--sp];
                        DisplayNodes.DictDisplay.put((PDict) stack[sp - arg], key, value);
                        break;
                    }
                    case LIST_EXTEND: {
                        Object iterable = stack[--sp];
                        DisplayNodes.appendAll((PList) stack[sp - arg], iterable);
                        break;
                    }
                    case SET_UPDATE: {
                        Object iterable = stack[--sp];
                        DisplayNodes.addAll((PSet) stack[sp - arg], iterable);
                        break;
                    }
                    case DICT_UPDATE: {
                        Object mapping = stack[--sp];
                        DisplayNodes.DictDisplay.merge((PDict) stack[sp - arg], mapping);
                        break;
                    }
                    case DICT_MERGE: {
                        Object mapping = stack[--sp];
                        Calls.mergeKeywordMapping((PDict) stack[sp - arg], mapping);
                        break;
                    }
                    case LIST_TO_TUPLE:
                        stack[sp - 1] = new PTuple(((PList) stack[sp - 1]).toArray());
                        break;
                    case FORMAT_VALUE: {
                        String spec = (arg & FVS_HAVE_SPEC) != 0 ? (String) stack[--sp] : "";
                        char conversion = switch (arg & FVC_MASK) {
                            case FVC_STR -> 's';
                            case FVC_REPR -> 'r';
                            case FVC_ASCII -> 'a';
                            default -> 0;
                        };
                        stack[sp - 1] = FStringNodes.FormattedValueNode.format(stack[sp - 1], conversion, spec);
                        break;
                    }
                    case UNPACK_SEQUENCE: {
                        Object[] values = Targets.unpack(stack[--sp], arg, -1);
                        for (int i = 0; i < arg; i++) {
                            stack[sp + arg - 1 - i] = values[i];
                        }
                        sp += arg;
                        break;
                    }
                    case UNPACK_EX: {
                        int before = arg & 0xff;
                        int count = before + 1 + (arg >> 8);
                        Object[] values = Targets.unpack(stack[--sp], count, before);
                        for (int i = 0; i < count; i++) {
                            stack[sp + count - 1 - i] = values[i];
                        }
                        sp += count;
                        break;
                    }

                    // ---------------------------------------------------------- calls and functions
                    case KW_NAMES:
                        kwNames = code.keywordNames[arg];
                        break;
                    case LOAD_METHOD: {
                        Object receiver = stack[sp - 1];
                        stack[sp - 1] = code.methodNames[arg];
                        stack[sp++] = receiver;
                        break;
                    }
                    case CALL: {
                        String[] keywords = kwNames == null ? Calls.NO_KEYWORDS : kwNames;
                        kwNames = null;
                        int positionalCount = arg - keywords.length;
                        int base = sp - arg;
                        Object result;
                        if (stack[base - 2] == null && keywords.length == 0 && stack[base - 1] instanceof PFunction function
                                        && function.code.signature.isSimplePositional(positionalCount)) {
                            // A plain call of a Python function with exactly its positional parameters: the frame's
                            // arguments straight from the stack, as CPython 3.11 does for Python-to-Python calls.
                            Object[] frameArgs = new Object[positionalCount + 1];
                            frameArgs[0] = function;
                            System.arraycopy(stack, base, frameArgs, 1, positionalCount);
                            result = function.code.callTarget.call(code.safepointLocation, frameArgs);
                        } else {
                            Object[] positional = take(stack, base, positionalCount);
                            Object[] kwValues = keywords.length == 0 ? NO_VALUES : take(stack, base + positionalCount, keywords.length);
                            result = call(stack[base - 2], stack[base - 1], positional, keywords, kwValues);
                        }
                        sp = base - 2;
                        Arrays.fill(stack, sp, base + arg, null);
                        stack[sp++] = result;
                        break;
                    }
                    case CALL_FUNCTION_EX: {
                        String[] keywords = Calls.NO_KEYWORDS;
                        Object[] kwValues = NO_VALUES;
                        if ((arg & 1) != 0) {
                            Object[] kw = Calls.keywordArrays((PDict) stack[--sp]);
                            keywords = (String[]) kw[0];
                            kwValues = (Object[]) kw[1];
                        }
                        Object callArgs = stack[--sp];
                        Object[] positional = callArgs instanceof PTuple t ? t.getItems() : Calls.starArgs(callArgs);
                        sp -= 2;
                        Object result = call(stack[sp], stack[sp + 1], positional, keywords, kwValues);
                        stack[sp + 1] = null;
                        stack[sp++] = result;
                        break;
                    }
                    case MAKE_FUNCTION:
                        sp = makeFunction(code, stack, sp, arg, globals);
                        break;

                    // ---------------------------------------------------------- exceptions
                    case RAISE_VARARGS:
                        switch (arg) {
                            case 0 -> throw RaiseNode.reraise(context, null);
                            case 1 -> throw RaiseNode.raise(stack[--sp], null, false, null);
                            default -> {
                                Object cause = stack[--sp];
                                throw RaiseNode.raise(stack[--sp], cause, true, null);
                            }
                        }
                    case RERAISE: {
                        PException carrier = ((PBaseException) stack[--sp]).getCarrier();
                        if (arg != 0 && !carrier.hasPosition()) {
                            code.setPosition(carrier, (int) (long) (Long) stack[sp - arg] << 1);
                        }
                        throw carrier;
                    }
                    case PUSH_EXC_INFO: {
                        Object exception = stack[sp - 1];
                        stack[sp - 1] = context.handledException == null ? PNone.NONE : context.handledException;
                        stack[sp++] = exception;
                        context.handledException = (PBaseException) exception;
                        break;
                    }
                    case POP_EXCEPT: {
                        Object previous = stack[--sp];
                        context.handledException = previous == PNone.NONE ? null : (PBaseException) previous;
                        break;
                    }
                    case CHECK_EXC_MATCH: {
                        Object type = stack[--sp];
                        stack[sp] = TryExceptNode.exceptionMatches((PBaseException) stack[sp - 1], type);
                        sp++;
                        break;
                    }
                    case LOAD_ASSERTION_ERROR:
                        stack[sp++] = BuiltinClasses.ASSERTION_ERROR;
                        break;

                    // ---------------------------------------------------------- imports
                    case IMPORT_NAME: {
                        // As __import__: the top-level package without a from-list, else the named module itself.
                        Object fromList = stack[--sp];
                        int level = (int) (long) (Long) stack[--sp];
                        stack[sp++] = Importer.importName(context, names[arg], level, globals, fromList != PNone.NONE);
                        break;
                    }
                    case IMPORT_FROM:
                        stack[sp] = Importer.importFrom(context, (PModule) stack[sp - 1], names[arg]);
                        sp++;
                        break;
                    case IMPORT_STAR:
                        Importer.importStar(context, (PModule) stack[--sp], globals);
                        break;
                    default:
                        throw new IllegalStateException("unknown opcode " + Opcode.name(opcode) + " at " + start + " in " + code.qualname);
                }
            } catch (PException e) {
                // Exceptions from callees are positioned at the call; others get this instruction's line if they
                // have no position yet (the AST engine's BlockNode / CallExprNode protocol).
                if (opcode == CALL || opcode == CALL_FUNCTION_EX) {
                    if (!(e.takeMethodLookupMark() && code.setMethodPosition(e, ip - 2))) {
                        code.setPosition(e, start);
                    }
                } else if (!e.hasPosition()) {
                    code.setPosition(e, start);
                }
                PBaseException exception = e.getException();
                if (context.handledException != null) {
                    TryExceptNode.chain(exception, context.handledException);
                }
                int handler = code.findHandler(start);
                if (handler < 0) {
                    // The root records the frame as the exception leaves it.
                    if (generator != null) {
                        generator.suspended = false;
                    }
                    throw e;
                }
                recordFrame(e, code, true);
                int[] table = code.exceptionTable;
                sp = table[handler + 3] >> 1;
                Arrays.fill(stack, sp, stack.length, null);
                if ((table[handler + 3] & 1) != 0) {
                    stack[sp++] = (long) (start >> 1);
                }
                stack[sp++] = exception;
                ip = table[handler + 2];
                kwNames = null;
            }
        }
    }

    /** The traceback entry of this frame, when the exception leaves it or a handler in it takes it. */
    static void recordFrame(PException e, CodeObject code, boolean byHandler) {
        e.recordFrame(code.name, code.filename, byHandler);
    }

    private static boolean isFree(CodeObject code, int index) {
        return index >= code.localsPlusNames.length - code.freevars.length;
    }

    private static Object[] take(Object[] stack, int from, int count) {
        if (count == 0) {
            return NO_VALUES;
        }
        return Arrays.copyOfRange(stack, from, from + count);
    }

    private static void addToSet(PSet set, Object value) {
        set.add(value);
    }

    /**
     * The three shapes below the arguments: [NULL, callable] for a plain call, [method name, receiver] after
     * LOAD_METHOD, and [callable, first argument] (a decorator applied to the new function; 3.11 uses the same trick).
     */
    private static Object call(Object first, Object second, Object[] positional, String[] kwNames, Object[] kwValues) {
        if (first == null) {
            if (second == BUILD_CLASS) {
                return buildClass(positional, kwNames, kwValues);
            }
            return CALL_NODE.execute(second, positional, kwNames, kwValues);
        }
        if (first instanceof CodeObject.MethodName method) {
            return CALL_METHOD.execute(second, method.name, positional, kwNames, kwValues);
        }
        Object[] args = new Object[positional.length + 1];
        args[0] = second;
        System.arraycopy(positional, 0, args, 1, positional.length);
        return CALL_NODE.execute(first, args, kwNames, kwValues);
    }

    /**
     * CPython's {@code __build_class__(body, name, *bases, metaclass=None)} with the AST engine's semantics (shared
     * in ClassDefNode): a fresh namespace, the body run on it, then the class made by the metaclass.
     */
    private static Object buildClass(Object[] positional, String[] kwNames, Object[] kwValues) {
        PFunction body = (PFunction) positional[0];
        String name = (String) positional[1];
        Object[] bases = Arrays.copyOfRange(positional, 2, positional.length);
        Object metaclass = null;
        List<String> otherNames = new ArrayList<>();
        List<Object> otherValues = new ArrayList<>();
        for (int i = 0; i < kwNames.length; i++) {
            if (kwNames[i].equals("metaclass")) {
                metaclass = kwValues[i];
            } else {
                otherNames.add(kwNames[i]);
                otherValues.add(kwValues[i]);
            }
        }
        CodeObject code = ((BytecodeRootNode) body.code.callTarget.getRootNode()).getCode();
        PDict namespace = ClassDefNode.newNamespace(body.globals, code.qualname, code.docstring);
        CALL_NODE.execute(body, new Object[]{namespace}, Calls.NO_KEYWORDS, NO_VALUES);
        return ClassDefNode.create(name, code.qualname, body.globals, bases, namespace, metaclass, otherNames.toArray(new String[0]), otherValues.toArray());
    }

    /** MAKE_FUNCTION: [defaults tuple] [kw-defaults dict] [closure tuple] code → function. Returns the new sp. */
    private static int makeFunction(CodeObject enclosing, Object[] stack, int sp, int flags, PModule globals) {
        CodeObject code = (CodeObject) stack[--sp];
        PCell[] closure = NO_CELLS;
        if ((flags & MF_CLOSURE) != 0) {
            Object[] cells = ((PTuple) stack[--sp]).getItems();
            closure = Arrays.copyOf(cells, cells.length, PCell[].class);
        }
        String[] kwOnly = code.functionCode.signature.kwOnly;
        Object[] kwDefaults = null;
        if ((flags & MF_KWDEFAULTS) != 0 || kwOnly.length > 0) {
            PDict given = (flags & MF_KWDEFAULTS) != 0 ? (PDict) stack[--sp] : null;
            kwDefaults = new Object[kwOnly.length];
            for (int i = 0; i < kwOnly.length && given != null; i++) {
                kwDefaults[i] = given.get(kwOnly[i]);
            }
        }
        Object[] defaults = (flags & MF_DEFAULTS) != 0 ? ((PTuple) stack[--sp]).getItems() : NO_VALUES;
        PFunction function = new PFunction(code.functionCode, globals, defaults, kwDefaults, closure);
        function.doc = code.docstring == null ? PNone.NONE : code.docstring;
        stack[sp++] = function;
        return sp;
    }

    /** locals()/vars() (0), globals() (1) or dir() (2) of this frame, built by the AST engine's helpers. */
    @TruffleBoundary
    private static Object frameNames(CodeObject code, PModule globals, Object[] locals, PDict namespace, int kind) {
        PDict names;
        if (kind == 1 || code.kind == CodeObject.Kind.MODULE) {
            names = FrameNamesNode.globalsDict(globals);
        } else if (code.kind == CodeObject.Kind.CLASS && namespace != null) {
            names = namespace;
        } else {
            String[] localNames = code.localsPlusNames;
            Object[] values = new Object[localNames.length];
            for (int i = 0; i < localNames.length; i++) {
                Object v = i < locals.length ? locals[i] : null;
                values[i] = v instanceof PCell cell ? cell.value : v;
            }
            names = FrameNamesNode.localsDict(localNames, values);
        }
        return kind == 2 ? FrameNamesNode.sortedKeys(names) : names;
    }
}
