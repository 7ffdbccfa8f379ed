package dev.krait.nodes.call;

import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

import dev.krait.nodes.ExprNode;
import dev.krait.runtime.FunctionCode;
import dev.krait.runtime.PCell;
import dev.krait.runtime.PFunction;
import dev.krait.runtime.PModule;

/** def and lambda at run time: evaluates defaults and captures the closure cells into a new function object. */
public final class MakeFunctionNode extends ExprNode {
    private final FunctionCode code;
    private final PModule globals;
    @Children private final ExprNode[] defaults;
    /** One per keyword-only parameter; null where there is no default. */
    @Children private final ExprNode[] kwDefaults;
    /** Frame slots (holding cells) of this frame that become the new function's closure. */
    @CompilationFinal(dimensions = 1) private final int[] closureSlots;
    private final Object doc;

    public MakeFunctionNode(FunctionCode code, PModule globals, ExprNode[] defaults, ExprNode[] kwDefaults, int[] closureSlots, Object doc) {
        this.code = code;
        this.globals = globals;
        this.defaults = defaults;
        this.kwDefaults = kwDefaults;
        this.closureSlots = closureSlots;
        this.doc = doc;
    }

    @Override
    @ExplodeLoop
    public Object execute(VirtualFrame frame) {
        Object[] defaultValues = new Object[defaults.length];
        for (int i = 0; i < defaults.length; i++) {
            defaultValues[i] = defaults[i].execute(frame);
        }
        Object[] kwDefaultValues = null;
        if (kwDefaults.length > 0) {
            kwDefaultValues = new Object[kwDefaults.length];
            for (int i = 0; i < kwDefaults.length; i++) {
                kwDefaultValues[i] = kwDefaults[i] == null ? null : kwDefaults[i].execute(frame);
            }
        }
        PCell[] closure = new PCell[closureSlots.length];
        for (int i = 0; i < closureSlots.length; i++) {
            closure[i] = (PCell) frame.getObject(closureSlots[i]);
        }
        PFunction f = new PFunction(code, globals, defaultValues, kwDefaultValues, closure);
        f.doc = doc;
        return f;
    }
}
