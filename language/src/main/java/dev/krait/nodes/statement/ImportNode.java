package dev.krait.nodes.statement;

import com.oracle.truffle.api.frame.VirtualFrame;

import dev.krait.nodes.StmtNode;
import dev.krait.nodes.TargetNode;
import dev.krait.ops.Imports;
import dev.krait.runtime.KraitContext;
import dev.krait.runtime.PModule;

/**
 * {@code import m}, {@code import m as n}, {@code from m import x} and {@code from m import *}, for the modules the
 * context knows (builtin modules); the module system for Python files arrives with the library issue.
 */
public final class ImportNode extends StmtNode {
    private final String moduleName;
    private final boolean bindModuleItself;
    /** The imported name for {@code from m import name}, "*" for a star import, null for {@code import m}. */
    private final String fromName;
    @Child private TargetNode target;

    public ImportNode(String moduleName, boolean bindModuleItself, String fromName, TargetNode target) {
        this.moduleName = moduleName;
        this.bindModuleItself = bindModuleItself;
        this.fromName = fromName;
        this.target = target;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        PModule m = Imports.find(KraitContext.get(this), moduleName);
        if (fromName == null) {
            target.assign(frame, m);
        } else if (fromName.equals("*")) {
            Imports.importAll(m, KraitContext.get(this).modules.get("__main__"));
        } else {
            target.assign(frame, Imports.fromModule(m, fromName, moduleName));
        }
    }
}
