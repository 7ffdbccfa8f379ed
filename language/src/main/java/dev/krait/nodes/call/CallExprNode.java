package dev.krait.nodes.call;

import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.instrumentation.StandardTags;
import com.oracle.truffle.api.instrumentation.Tag;
import com.oracle.truffle.api.nodes.ExplodeLoop;

import dev.krait.nodes.ExprNode;
import dev.krait.nodes.PositionNode;
import dev.krait.nodes.expression.DisplayNodes;
import dev.krait.ops.CallMethodNode;
import dev.krait.ops.CallNode;
import dev.krait.ops.Calls;
import dev.krait.runtime.PDict;
import dev.krait.runtime.PException;
import dev.krait.runtime.PList;

/**
 * A call {@code f(args, k=v, *a, **kw)}, or a method call {@code obj.m(...)} when {@link #methodName} is set.
 * An exception coming out of the callee is positioned at this call in the caller's frame.
 */
public final class CallExprNode extends ExprNode {
    @Child private ExprNode callee;
    private final String methodName;
    @Children private final ExprNode[] args;
    @CompilationFinal(dimensions = 1) private final String[] keywordNames;
    /** Keyword values; where keywordNames[i] is null the value is a {@code **mapping}. */
    @Children private final ExprNode[] keywordValues;
    private final boolean simple;
    @Child private CallNode call;
    @Child private CallMethodNode callMethod;
    /** For a method call: the span of {@code obj.name}, where a failed method lookup is reported. */
    @Child private PositionNode methodPosition;

    public CallExprNode(ExprNode callee, String methodName, ExprNode[] args, String[] keywordNames, ExprNode[] keywordValues) {
        this.callee = callee;
        this.methodName = methodName;
        this.args = args;
        this.keywordNames = keywordNames;
        this.keywordValues = keywordValues;
        boolean s = true;
        for (ExprNode a : args) {
            s &= !(a instanceof DisplayNodes.StarredNode);
        }
        for (String k : keywordNames) {
            s &= k != null;
        }
        this.simple = s;
        if (methodName == null) {
            this.call = CallNode.create();
        } else {
            this.callMethod = CallMethodNode.create();
        }
    }

    @Override
    public Object execute(VirtualFrame frame) {
        Object target = callee.execute(frame);
        Object[] positional;
        String[] kwNames;
        Object[] kwValues;
        if (simple) {
            positional = evaluatePositional(frame);
            kwNames = keywordNames.length == 0 ? Calls.NO_KEYWORDS : keywordNames;
            kwValues = evaluateKeywordValues(frame);
        } else {
            positional = evaluateWithStar(frame);
            Object[] kw = evaluateKeywordsWithMapping(frame);
            kwNames = (String[]) kw[0];
            kwValues = (Object[]) kw[1];
        }
        try {
            if (methodName == null) {
                return call.execute(target, positional, kwNames, kwValues);
            }
            return callMethod.execute(target, methodName, positional, kwNames, kwValues);
        } catch (PException e) {
            e.setLocation(methodPosition != null && e.takeMethodLookupMark() ? methodPosition : this);
            throw e;
        }
    }

    public CallExprNode withMethodPosition(PositionNode position) {
        this.methodPosition = position;
        return this;
    }

    @ExplodeLoop
    private Object[] evaluatePositional(VirtualFrame frame) {
        Object[] values = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            values[i] = args[i].execute(frame);
        }
        return values;
    }

    @ExplodeLoop
    private Object[] evaluateKeywordValues(VirtualFrame frame) {
        if (keywordValues.length == 0) {
            return Calls.NO_ARGS;
        }
        Object[] values = new Object[keywordValues.length];
        for (int i = 0; i < keywordValues.length; i++) {
            values[i] = keywordValues[i].execute(frame);
        }
        return values;
    }

    @ExplodeLoop
    private Object[] evaluateWithStar(VirtualFrame frame) {
        PList out = new PList();
        for (ExprNode a : args) {
            Object v = a.execute(frame);
            if (a instanceof DisplayNodes.StarredNode) {
                appendAll(out, v);
            } else {
                out.append(v);
            }
        }
        return out.toArray();
    }

    @TruffleBoundary
    private static void appendAll(PList out, Object iterable) {
        Object[] values = Calls.starArgs(iterable);
        out.addAll(values, values.length);
    }

    @ExplodeLoop
    private Object[] evaluateKeywordsWithMapping(VirtualFrame frame) {
        Object[] values = new Object[keywordValues.length];
        for (int i = 0; i < keywordValues.length; i++) {
            values[i] = keywordValues[i].execute(frame);
        }
        return collectKeywords(keywordNames, values);
    }

    @TruffleBoundary
    private static Object[] collectKeywords(String[] names, Object[] values) {
        PDict kwargs = new PDict();
        for (int i = 0; i < names.length; i++) {
            if (names[i] != null) {
                Calls.addKeyword(kwargs, names[i], values[i]);
            } else {
                Calls.mergeKeywordMapping(kwargs, values[i]);
            }
        }
        return Calls.keywordArrays(kwargs);
    }

    @Override
    public boolean hasTag(Class<? extends Tag> tag) {
        return tag == StandardTags.CallTag.class || super.hasTag(tag);
    }
}
