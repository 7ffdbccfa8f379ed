package dev.krait.nodes.variables;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.frame.VirtualFrame;

import dev.krait.nodes.TargetNode;
import dev.krait.runtime.GlobalCell;
import dev.krait.runtime.PModule;

/** Stores a global (module-level) name through its cached cell. */
public final class WriteGlobalNode extends TargetNode {
    private final String name;
    private final PModule module;
    @CompilationFinal private GlobalCell cell;

    public WriteGlobalNode(String name, PModule module) {
        this.name = name;
        this.module = module;
    }

    public GlobalCell cell() {
        if (cell == null) {
            CompilerDirectives.transferToInterpreterAndInvalidate();
            cell = module.cell(name);
        }
        return cell;
    }

    @Override
    public void assign(VirtualFrame frame, Object value) {
        cell().set(value);
    }
}
