package dev.krait.builtins;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.RootNode;

import dev.krait.KraitLanguage;
import dev.krait.runtime.PBuiltinFunction;

/** The call target of a builtin: runs its node on the bound arguments. Builtins leave no traceback entry. */
public final class BuiltinRootNode extends RootNode {
    @Child private BuiltinNode body;
    private final String name;

    public BuiltinRootNode(KraitLanguage language, PBuiltinFunction function) {
        super(language);
        this.body = function.factory.createNode();
        this.name = function.qualifiedName();
    }

    @Override
    public Object execute(VirtualFrame frame) {
        return body.call(frame.getArguments());
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
