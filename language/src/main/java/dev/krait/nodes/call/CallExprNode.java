package dev.krait.nodes.call;

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
import dev.krait.ops.PyObjectOps;
import dev.krait.runtime.DictStorage;
import dev.krait.runtime.PDict;
import dev.krait.runtime.PException;
import dev.krait.runtime.PList;
import dev.krait.runtime.PRaise;

/**
 * A call {@code f(args, k=v, *a, **kw)}, or a method call {@code obj.m(...)} when {@link #methodName} is set.
 * An exception coming out of the callee is positioned at this call in the caller's frame.
 */
public final class CallExprNode extends ExprNode {
    @Child private ExprNode callee;
    private final String methodName;
    @Children private final ExprNode[] args;
    private final String[] keywordNames;
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
        Object[] values;
        try {
            values = PyObjectOps.toArray(iterable);
        } catch (PException e) {
            throw PRaise.typeError(null, "argument after * must be an iterable, not %s", PyObjectOps.typeName(iterable));
        }
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
        java.util.List<String> kwNames = new java.util.ArrayList<>();
        java.util.List<Object> kwValues = new java.util.ArrayList<>();
        for (int i = 0; i < names.length; i++) {
            if (names[i] != null) {
                addKeyword(kwNames, kwValues, names[i], values[i]);
                continue;
            }
            PDict d = values[i] instanceof PDict dict && PyObjectOps.typeOf(dict).isBuiltin() ? dict : mappingToDict(values[i]);
            DictStorage s = d.getStorage();
            for (int p = 0; p < s.limit(); p++) {
                Object k = s.keyAt(p);
                if (k == null) {
                    continue;
                }
                if (!(k instanceof String key)) {
                    throw PRaise.typeError(null, "keywords must be strings");
                }
                addKeyword(kwNames, kwValues, key, s.valueAt(p));
            }
        }
        return new Object[]{kwNames.toArray(new String[0]), kwValues.toArray()};
    }

    /** Any mapping (keys() and __getitem__) as a dict, for {@code f(**mapping)}. */
    private static PDict mappingToDict(Object mapping) {
        Object keys = dev.krait.ops.Attributes.lookup(mapping, "keys");
        if (keys == null) {
            throw PRaise.typeError(null, "argument after ** must be a mapping, not %s", PyObjectOps.typeName(mapping));
        }
        PDict result = new PDict();
        for (Object k : PyObjectOps.toArray(Calls.callUncached(keys))) {
            result.put(k, dev.krait.ops.Items.getItem(mapping, k));
        }
        return result;
    }

    private static void addKeyword(java.util.List<String> names, java.util.List<Object> values, String name, Object value) {
        if (names.contains(name)) {
            throw PRaise.typeError(null, "got multiple values for keyword argument '%s'", name);
        }
        names.add(name);
        values.add(value);
    }

    @Override
    public boolean hasTag(Class<? extends Tag> tag) {
        return tag == StandardTags.CallTag.class || super.hasTag(tag);
    }
}
