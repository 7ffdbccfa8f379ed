package dev.krait.nodes.statement;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

import dev.krait.nodes.ExprNode;
import dev.krait.nodes.TargetNode;
import dev.krait.ops.SetAttrNode;
import dev.krait.ops.PyObjectOps;
import dev.krait.ops.SetItemNode;
import dev.krait.runtime.PException;
import dev.krait.runtime.PList;
import dev.krait.runtime.PRaise;
import dev.krait.runtime.PTuple;

/** Assignment targets other than names: attributes, subscripts and unpacking patterns. */
public final class Targets {
    private Targets() {
    }

    public static final class AttributeTarget extends TargetNode {
        @Child private ExprNode object;
        @Child private SetAttrNode setAttr = SetAttrNode.create();
        private final String name;

        public AttributeTarget(ExprNode object, String name) {
            this.object = object;
            this.name = name;
        }

        @Override
        public void assign(VirtualFrame frame, Object value) {
            Object obj = object.execute(frame);
            try {
                setAttr.execute(obj, name, value);
            } catch (PException e) {
                throw e.positionIfMissing(this);
            }
        }
    }

    public static final class SubscriptTarget extends TargetNode {
        @Child private ExprNode object;
        @Child private ExprNode key;
        @Child private SetItemNode setItem = SetItemNode.create();

        public SubscriptTarget(ExprNode object, ExprNode key) {
            this.object = object;
            this.key = key;
        }

        @Override
        public void assign(VirtualFrame frame, Object value) {
            Object obj = object.execute(frame);
            setItem.execute(obj, key.execute(frame), value);
        }
    }

    /** {@code a, b = ...}, {@code [a, *rest] = ...}; starIndex is -1 without a starred target. */
    public static final class UnpackTarget extends TargetNode {
        @Children private final TargetNode[] targets;
        private final int starIndex;

        public UnpackTarget(TargetNode[] targets, int starIndex) {
            this.targets = targets;
            this.starIndex = starIndex;
        }

        @Override
        @ExplodeLoop
        public void assign(VirtualFrame frame, Object value) {
            Object[] values = unpack(value, targets.length, starIndex);
            for (int i = 0; i < targets.length; i++) {
                targets[i].assign(frame, values[i]);
            }
        }
    }

    /**
     * The values to assign to {@code count} targets (the starred one receives a list), with CPython's errors.
     * Shared with the bytecode engine (UNPACK_SEQUENCE / UNPACK_EX).
     */
    public static Object[] unpack(Object value, int count, int starIndex) {
        if (starIndex < 0) {
            if (value instanceof PTuple t && t.size() == count) {
                return t.getItems();
            }
            if (value instanceof PList l && l.size() == count) {
                return l.toArray();
            }
        }
        return unpackGeneric(value, count, starIndex);
    }

    @TruffleBoundary
    private static Object[] unpackGeneric(Object value, int count, int starIndex) {
        Object[] items;
        try {
            items = PyObjectOps.toArray(value);
        } catch (PException e) {
            if (e.getException().getPythonClass() == dev.krait.runtime.BuiltinClasses.TYPE_ERROR && !isIterable(value)) {
                throw PRaise.typeError(null, "cannot unpack non-iterable %s object", PyObjectOps.typeName(value));
            }
            throw e;
        }
        if (starIndex < 0) {
            if (items.length > count) {
                throw PRaise.valueError(null, "too many values to unpack (expected %d)", count);
            }
            if (items.length < count) {
                throw PRaise.valueError(null, "not enough values to unpack (expected %d, got %d)", count, items.length);
            }
            return items;
        }
        int after = count - starIndex - 1;
        if (items.length < count - 1) {
            throw PRaise.valueError(null, "not enough values to unpack (expected at least %d, got %d)", count - 1, items.length);
        }
        Object[] result = new Object[count];
        System.arraycopy(items, 0, result, 0, starIndex);
        int starredCount = items.length - starIndex - after;
        Object[] starred = new Object[starredCount];
        System.arraycopy(items, starIndex, starred, 0, starredCount);
        result[starIndex] = new PList(starred);
        System.arraycopy(items, items.length - after, result, starIndex + 1, after);
        return result;
    }

    private static boolean isIterable(Object value) {
        try {
            PyObjectOps.getIter(value);
            return true;
        } catch (PException e) {
            return false;
        }
    }
}
