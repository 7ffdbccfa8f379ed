package dev.krait.builtins;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.dsl.UnsupportedSpecializationException;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.RootNode;

import dev.krait.KraitLanguage;
import dev.krait.ops.PyObjectOps;
import dev.krait.runtime.PBuiltinFunction;
import dev.krait.runtime.PRaise;

/** The call target of a builtin: runs its node on the bound arguments. Builtins leave no traceback entry. */
public final class BuiltinRootNode extends RootNode {
    @Child private BuiltinNode body;
    private final String name;
    private final PBuiltinFunction function;

    public BuiltinRootNode(KraitLanguage language, PBuiltinFunction function) {
        super(language);
        this.body = function.factory.createNode();
        this.name = function.qualifiedName();
        this.function = function;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        try {
            return body.call(frame.getArguments());
        } catch (UnsupportedSpecializationException e) {
            CompilerDirectives.transferToInterpreter();
            throw wrongArgumentType(frame.getArguments());
        }
    }

    /**
     * No specialization took the arguments: the builtins declare the type of self in their specializations, so this
     * is a method called on the wrong kind of object, e.g. {@code str.upper(5)}.
     */
    private RuntimeException wrongArgumentType(Object[] args) {
        if (function.owner != null && !function.isStatic && args.length > 1) {
            return PRaise.typeError(null, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object", function.name, function.owner.name,
                            PyObjectOps.typeName(args[1]));
        }
        return PRaise.typeError(null, "bad argument type for built-in operation %s()", name);
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public boolean isInternal() {
        return true;
    }
}
