package dev.krait.nodes.call;

import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.DirectCallNode;

import dev.krait.nodes.ExprNode;
import dev.krait.nodes.expression.DisplayNodes;
import dev.krait.ops.Calls;
import dev.krait.ops.Classes;
import dev.krait.ops.Repr;
import dev.krait.runtime.PCell;
import dev.krait.runtime.PDict;
import dev.krait.runtime.PException;
import dev.krait.runtime.PModule;
import dev.krait.runtime.PTuple;
import dev.krait.runtime.PythonClass;

/**
 * The class statement: runs the class body as a function filling a fresh namespace, then creates the class from
 * its name, bases and namespace, and fills the {@code __class__} cell that zero-argument super() reads.
 */
public final class ClassDefNode extends ExprNode {
    private final String name;
    private final String qualname;
    private final PModule module;
    private final Object doc;
    @Children private final ExprNode[] bases;
    /** The {@code metaclass=} keyword of the class statement, or null. */
    @Child private ExprNode metaclass;
    /** Other keywords of the class statement (for __init_subclass__ or the metaclass). */
    @CompilationFinal(dimensions = 1) private final String[] keywordNames;
    @Children private final ExprNode[] keywordValues;
    @Child private MakeFunctionNode makeBody;
    @Child private DirectCallNode callBody;

    public ClassDefNode(String name, String qualname, PModule module, Object doc, ExprNode[] bases, ExprNode metaclass, String[] keywordNames,
                    ExprNode[] keywordValues, MakeFunctionNode makeBody, DirectCallNode callBody) {
        this.keywordNames = keywordNames;
        this.keywordValues = keywordValues;
        this.metaclass = metaclass;
        this.name = name;
        this.qualname = qualname;
        this.module = module;
        this.doc = doc;
        this.bases = bases;
        this.makeBody = makeBody;
        this.callBody = callBody;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        Object[] baseValues = DisplayNodes.evaluate(frame, bases, hasStar());
        Object explicitMetaclass = metaclass == null ? null : metaclass.execute(frame);
        Object[] keywords = evaluateKeywords(frame);
        PDict namespace = newNamespace(module, qualname, doc);
        Object body = makeBody.execute(frame);
        try {
            callBody.call(body, namespace);
        } catch (PException e) {
            e.setLocation(this);
            throw e;
        }
        try {
            return create(name, qualname, module, baseValues, namespace, explicitMetaclass, keywordNames, keywords);
        } catch (PException e) {
            e.setLocation(this);
            throw e;
        }
    }

    private boolean hasStar() {
        for (ExprNode b : bases) {
            if (b instanceof DisplayNodes.StarredNode) {
                return true;
            }
        }
        return false;
    }

    /** The namespace a class body starts with; shared with the bytecode engine's class statement. */
    @TruffleBoundary
    public static PDict newNamespace(PModule module, String qualname, Object doc) {
        PDict ns = new PDict();
        Object moduleName = module.get("__name__");
        ns.put("__module__", moduleName == null ? module.name : moduleName);
        ns.put("__qualname__", qualname);
        if (doc != null) {
            ns.put("__doc__", doc);
        }
        return ns;
    }

    @com.oracle.truffle.api.nodes.ExplodeLoop
    private Object[] evaluateKeywords(VirtualFrame frame) {
        Object[] values = new Object[keywordValues.length];
        for (int i = 0; i < values.length; i++) {
            values[i] = keywordValues[i].execute(frame);
        }
        return values;
    }

    /** Creates the class once its body has filled the namespace; shared with the bytecode engine. */
    @TruffleBoundary
    public static Object create(String name, String qualname, PModule module, Object[] baseValues, PDict namespace, Object explicitMetaclass,
                    String[] kwNames, Object[] kwValues) {
        PythonClass meta = Classes.metaclassFor(explicitMetaclass, baseValues);
        if (!meta.isBuiltin()) {
            return Calls.callUncachedKw(meta, new Object[]{name, new PTuple(baseValues), namespace}, kwNames, kwValues);
        }
        Object moduleName = namespace.get("__module__");
        PythonClass cls = Classes.create(name, qualname, moduleName == null ? module.name : Repr.str(moduleName), baseValues, namespace, null);
        if (namespace.get("__classcell__") instanceof PCell cell) {
            cell.value = cls;
        }
        Classes.initSubclass(cls, kwNames, kwValues);
        return cls;
    }
}
