package dev.krait.ops;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

import dev.krait.ast.Operator;
import dev.krait.runtime.BuiltinClasses;
import dev.krait.runtime.DictStorage;
import dev.krait.runtime.PDict;
import dev.krait.runtime.PList;
import dev.krait.runtime.PRaise;
import dev.krait.runtime.PSet;
import dev.krait.runtime.PyObject;

/**
 * {@code a op= b}: mutable builtins (list +=, set |= ...) and user classes with {@code __iop__} change in place;
 * everything else (numbers, str, tuples) is the binary operator.
 */
public final class InplaceOpNode extends Node {
    private final Operator op;
    @Child private BinaryOpNode binary;

    private InplaceOpNode(Operator op) {
        this.op = op;
        this.binary = BinaryOpNode.create(op);
    }

    public static InplaceOpNode create(Operator op) {
        return new InplaceOpNode(op);
    }

    public Object execute(Object a, Object b) {
        if (a instanceof PyObject) {
            Object r = inplace(op, a, b);
            if (r != null) {
                return r;
            }
        }
        return binary.execute(a, b);
    }

    /** The in-place semantics only: the result, or null when the binary operator applies. */
    @TruffleBoundary
    public static Object inplace(Operator op, Object a, Object b) {
        if (a instanceof PList l && op == Operator.ADD) {
            if (b instanceof PList other && other.getPythonClass() == dev.krait.runtime.BuiltinClasses.LIST) {
                l.addAll(other);
                return l;
            }
            Object[] values = PyObjectOps.toArray(b);
            l.addAll(values, values.length);
            return l;
        }
        if (a instanceof PList l && op == Operator.MUL && Arithmetic.isInt(b)) {
            Object[] items = l.toArray();
            if (!Arithmetic.fitsLong(b)) {
                throw PRaise.error(null, BuiltinClasses.OVERFLOW_ERROR, "cannot fit 'int' into an index-sized integer");
            }
            long n = Arithmetic.asLong(b);
            if (items.length > 0 && n > (Integer.MAX_VALUE - 16) / items.length) {
                throw PRaise.memoryError();
            }
            l.clear();
            for (long i = 0; i < n; i++) {
                l.addAll(items, items.length);
            }
            return l;
        }
        if (a instanceof dev.krait.runtime.PByteArray ba && op == Operator.ADD && (b instanceof byte[] || b instanceof dev.krait.runtime.PByteArray)) {
            // bytearray += bytes-like extends the object itself.
            ba.appendAll(b instanceof byte[] bytes ? bytes : ((dev.krait.runtime.PByteArray) b).toBytes());
            return ba;
        }
        if (a instanceof dev.krait.runtime.PByteArray ba && op == Operator.MUL && Arithmetic.isInt(b)) {
            // bytearray *= n changes the object itself, as list *= n does.
            Object repeated = Arithmetic.binary(Operator.MUL, ba, b);
            ba.setContents(((dev.krait.runtime.PByteArray) repeated).toBytes());
            return ba;
        }
        if (a instanceof PSet s && !s.isFrozen() && b instanceof PSet other) {
            Object result = SetOps.inplace(op, s, other);
            if (result != null) {
                return result;
            }
        }
        if (a instanceof PDict d && op == Operator.BITOR && b instanceof PDict other) {
            DictStorage os = other.getStorage();
            for (int p = 0; p < os.limit(); p++) {
                if (os.keyAt(p) != null) {
                    d.put(os.keyAt(p), os.valueAt(p));
                }
            }
            return d;
        }
        return SpecialMethods.inplace(op, a, b);
    }

    /** For the bytecode engine. */
    @TruffleBoundary
    public static Object executeUncached(Operator op, Object a, Object b) {
        Object r = a instanceof PyObject ? inplace(op, a, b) : null;
        return r != null ? r : BinaryOpNode.getUncached(op).execute(a, b);
    }
}
