package dev.krait.nodes.expression;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.DirectCallNode;

import dev.krait.nodes.ExprNode;
import dev.krait.nodes.StmtNode;
import dev.krait.nodes.call.MakeFunctionNode;
import dev.krait.ops.GetIterNode;
import dev.krait.runtime.KraitContext;
import dev.krait.runtime.PDict;
import dev.krait.runtime.PException;
import dev.krait.runtime.PList;
import dev.krait.runtime.PSet;

/**
 * Comprehensions run as their own function (as in CPython 3.11): the first iterable is evaluated here, in the
 * enclosing scope, and passed as the function's only argument.
 */
public final class ComprehensionNodes {
    private ComprehensionNodes() {
    }

    public enum Kind {
        LIST, SET, DICT
    }

    public static final class ComprehensionNode extends ExprNode {
        @Child private ExprNode firstIterable;
        @Child private GetIterNode getIter = GetIterNode.create();
        @Child private MakeFunctionNode makeFunction;
        @Child private DirectCallNode call;

        public ComprehensionNode(ExprNode firstIterable, MakeFunctionNode makeFunction, DirectCallNode call) {
            this.firstIterable = firstIterable;
            this.makeFunction = makeFunction;
            this.call = call;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            Object iterator = getIter.execute(firstIterable.execute(frame));
            Object function = makeFunction.execute(frame);
            try {
                return call.call(function, iterator);
            } catch (PException e) {
                e.setLocation(this);
                throw e;
            }
        }
    }

    /** Puts the empty result collection into its slot. */
    public static final class InitResultNode extends StmtNode {
        private final int slot;
        private final Kind kind;

        public InitResultNode(int slot, Kind kind) {
            this.slot = slot;
            this.kind = kind;
        }

        @Override
        public void executeVoid(VirtualFrame frame) {
            Object result = switch (kind) {
                case LIST -> new PList();
                case SET -> new PSet();
                case DICT -> new PDict();
            };
            frame.setObject(slot, KraitContext.get(this).allocated(result));
        }
    }

    /** Adds one element (or key/value pair) to the result. */
    public static final class CollectNode extends StmtNode {
        private final int slot;
        private final Kind kind;
        @Child private ExprNode element;
        @Child private ExprNode value;

        public CollectNode(int slot, Kind kind, ExprNode element, ExprNode value) {
            this.slot = slot;
            this.kind = kind;
            this.element = element;
            this.value = value;
        }

        @Override
        public void executeVoid(VirtualFrame frame) {
            Object result = frame.getObject(slot);
            Object e = element.execute(frame);
            switch (kind) {
                case LIST -> ((PList) result).append(e);
                case SET -> addToSet((PSet) result, e);
                case DICT -> putInDict((PDict) result, e, value.execute(frame));
            }
        }

        @TruffleBoundary
        private static void addToSet(PSet set, Object e) {
            set.add(e);
        }

        @TruffleBoundary
        private static void putInDict(PDict dict, Object k, Object v) {
            dict.put(k, v);
        }
    }
}
