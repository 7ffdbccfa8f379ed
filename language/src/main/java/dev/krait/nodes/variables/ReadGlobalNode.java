package dev.krait.nodes.variables;

import com.oracle.truffle.api.Assumption;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Specialization;

import dev.krait.nodes.ExprNode;
import dev.krait.runtime.BuiltinClasses;
import dev.krait.runtime.GlobalCell;
import dev.krait.runtime.KraitContext;
import dev.krait.runtime.PModule;
import dev.krait.runtime.PRaise;

/**
 * Reads a global (module-level) name, falling back to the builtins. The cells are cached in the node, so no
 * dictionary lookup happens; while a name's value is stable it is a compile-time constant.
 */
public abstract class ReadGlobalNode extends ExprNode {
    protected final String name;
    protected final PModule module;

    protected ReadGlobalNode(String name, PModule module) {
        this.name = name;
        this.module = module;
    }

    public static ReadGlobalNode create(String name, PModule module) {
        return ReadGlobalNodeGen.create(name, module);
    }

    protected GlobalCell moduleCell() {
        return module.cell(name);
    }

    protected GlobalCell builtinCell() {
        return KraitContext.get(this).builtins.cell(name);
    }

    @Specialization(guards = "value != null", assumptions = "stable")
    protected Object readConstant(
                    @Cached("moduleCell()") GlobalCell cell,
                    @Cached("cell.getValueStable()") Assumption stable,
                    @Cached("cell.get()") Object value) {
        return value;
    }

    @Specialization(guards = {"moduleUnbound", "value != null"}, assumptions = {"moduleStable", "builtinStable"})
    protected Object readBuiltinConstant(
                    @Cached("moduleCell()") GlobalCell cell,
                    @Cached("cell.getValueStable()") Assumption moduleStable,
                    @Cached("cell.get() == null") boolean moduleUnbound,
                    @Cached("builtinCell()") GlobalCell builtin,
                    @Cached("builtin.getValueStable()") Assumption builtinStable,
                    @Cached("builtin.get()") Object value) {
        return value;
    }

    @Specialization(replaces = {"readConstant", "readBuiltinConstant"})
    protected Object readCell(
                    @Cached("moduleCell()") GlobalCell cell,
                    @Cached("builtinCell()") GlobalCell builtin) {
        return read(cell, builtin, name, this);
    }

    /**
     * The value of a global: the module's binding, else the builtin's, else NameError positioned at {@code location}
     * (null in the bytecode engine, which positions by instruction); shared by both engines.
     */
    public static Object read(GlobalCell cell, GlobalCell builtin, String name, com.oracle.truffle.api.nodes.Node location) {
        Object v = cell.get();
        if (v == null) {
            v = builtin.get();
            if (v == null) {
                throw PRaise.error(location, BuiltinClasses.NAME_ERROR, "name '%s' is not defined", name);
            }
        }
        return v;
    }
}
