package dev.krait.nodes.expression;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

import dev.krait.nodes.ExprNode;
import dev.krait.ops.PyObjectOps;
import dev.krait.runtime.DictStorage;
import dev.krait.runtime.KraitContext;
import dev.krait.runtime.PDict;
import dev.krait.runtime.PList;
import dev.krait.runtime.PRaise;
import dev.krait.runtime.PSet;
import dev.krait.runtime.PTuple;

/** List, tuple, set and dict displays ({@code [a, *b]}, {@code {**d, k: v}}). */
public final class DisplayNodes {
    private DisplayNodes() {
    }

    /** Marks an element evaluated for unpacking ({@code *x}). */
    public static final class StarredNode extends ExprNode {
        @Child private ExprNode value;

        public StarredNode(ExprNode value) {
            this.value = value;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            return value.execute(frame);
        }
    }

    /** Evaluates elements, expanding starred ones. */
    @ExplodeLoop
    public static Object[] evaluate(VirtualFrame frame, ExprNode[] elements, boolean hasStar) {
        if (!hasStar) {
            Object[] values = new Object[elements.length];
            for (int i = 0; i < elements.length; i++) {
                values[i] = elements[i].execute(frame);
            }
            return values;
        }
        PList out = new PList();
        for (ExprNode e : elements) {
            Object v = e.execute(frame);
            if (e instanceof StarredNode) {
                appendAll(out, v);
            } else {
                out.append(v);
            }
        }
        return out.toArray();
    }

    /** {@code *iterable} in a list or tuple display; shared with the bytecode engine (LIST_EXTEND). */
    @TruffleBoundary
    public static void appendAll(PList out, Object iterable) {
        Object[] values = PyObjectOps.toArray(iterable);
        out.addAll(values, values.length);
    }

    /** {@code *iterable} in a set display, for the bytecode engine (SET_UPDATE): the same items as {@link #appendAll}. */
    @TruffleBoundary
    public static void addAll(PSet out, Object iterable) {
        for (Object v : PyObjectOps.toArray(iterable)) {
            out.add(v);
        }
    }

    public static final class ListDisplay extends ExprNode {
        @Children private final ExprNode[] elements;
        private final boolean hasStar;

        public ListDisplay(ExprNode[] elements, boolean hasStar) {
            this.elements = elements;
            this.hasStar = hasStar;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            return KraitContext.get(this).allocated(new PList(evaluate(frame, elements, hasStar)));
        }
    }

    public static final class TupleDisplay extends ExprNode {
        @Children private final ExprNode[] elements;
        private final boolean hasStar;

        public TupleDisplay(ExprNode[] elements, boolean hasStar) {
            this.elements = elements;
            this.hasStar = hasStar;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            return KraitContext.get(this).allocated(new PTuple(evaluate(frame, elements, hasStar)));
        }
    }

    public static final class SetDisplay extends ExprNode {
        @Children private final ExprNode[] elements;
        private final boolean hasStar;

        public SetDisplay(ExprNode[] elements, boolean hasStar) {
            this.elements = elements;
            this.hasStar = hasStar;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            return KraitContext.get(this).allocated(makeSet(evaluate(frame, elements, hasStar)));
        }

        /** Shared with the bytecode engine (BUILD_SET). */
        @TruffleBoundary
        public static PSet makeSet(Object[] values) {
            PSet s = new PSet();
            for (Object v : values) {
                s.add(v);
            }
            return s;
        }
    }

    /** A null key marks {@code **mapping}. */
    public static final class DictDisplay extends ExprNode {
        @Children private final ExprNode[] keys;
        @Children private final ExprNode[] values;

        public DictDisplay(ExprNode[] keys, ExprNode[] values) {
            this.keys = keys;
            this.values = values;
        }

        @Override
        @ExplodeLoop
        public Object execute(VirtualFrame frame) {
            PDict dict = new PDict();
            for (int i = 0; i < values.length; i++) {
                if (keys[i] == null) {
                    merge(dict, values[i].execute(frame));
                } else {
                    Object k = keys[i].execute(frame);
                    Object v = values[i].execute(frame);
                    put(dict, k, v);
                }
            }
            return KraitContext.get(this).allocated(dict);
        }

        /** Shared with the bytecode engine (BUILD_MAP). */
        @TruffleBoundary
        public static void put(PDict dict, Object k, Object v) {
            dict.put(k, v);
        }

        /** {@code **mapping} in a dict display; shared with the bytecode engine (DICT_UPDATE). */
        @TruffleBoundary
        public static void merge(PDict dict, Object mapping) {
            if (mapping instanceof PDict other) {
                DictStorage s = other.getStorage();
                for (int p = 0; p < s.limit(); p++) {
                    if (s.keyAt(p) != null) {
                        dict.put(s.keyAt(p), s.valueAt(p));
                    }
                }
                return;
            }
            throw PRaise.typeError(null, "'%s' object is not a mapping", PyObjectOps.typeName(mapping));
        }
    }
}
