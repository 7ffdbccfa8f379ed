package dev.krait.nodes.expression;

import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;

import dev.krait.nodes.ExprNode;
import dev.krait.runtime.PCell;
import dev.krait.runtime.PDict;
import dev.krait.runtime.PList;
import dev.krait.runtime.PModule;

/**
 * {@code locals()}, {@code vars()}, {@code dir()} and {@code globals()} without arguments: they read the calling
 * frame, which only the compiler knows, so the translator turns these calls into this node.
 */
public final class FrameNamesNode extends ExprNode {
    public enum Kind {
        LOCALS, GLOBALS, DIR
    }

    private final Kind kind;
    private final PModule module;
    /** Local names and their slots; where {@code cells[i]} the slot holds a cell. */
    @CompilationFinal(dimensions = 1) private final String[] names;
    @CompilationFinal(dimensions = 1) private final int[] slots;
    @CompilationFinal(dimensions = 1) private final boolean[] cells;
    /** In a class body: the namespace slot (locals() is the namespace itself), else -1. */
    private final int namespaceSlot;

    public FrameNamesNode(Kind kind, PModule module, String[] names, int[] slots, boolean[] cells, int namespaceSlot) {
        this.kind = kind;
        this.module = module;
        this.names = names;
        this.slots = slots;
        this.cells = cells;
        this.namespaceSlot = namespaceSlot;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        if (kind == Kind.GLOBALS || (namespaceSlot < 0 && names == null)) {
            return finish(globalsDict(module));
        }
        if (namespaceSlot >= 0) {
            return finish((PDict) frame.getObject(namespaceSlot));
        }
        Object[] values = new Object[names.length];
        for (int i = 0; i < names.length; i++) {
            Object v = frame.getValue(slots[i]);
            values[i] = cells[i] && v instanceof PCell c ? c.value : v;
        }
        return finish(localsDict(names, values));
    }

    private Object finish(PDict dict) {
        return kind == Kind.DIR ? sortedKeys(dict) : dict;
    }

    @TruffleBoundary
    public static PDict globalsDict(PModule module) {
        PDict d = new PDict();
        module.boundNames().forEach(d::put);
        return d;
    }

    @TruffleBoundary
    public static PDict localsDict(String[] names, Object[] values) {
        PDict d = new PDict();
        for (int i = 0; i < names.length; i++) {
            if (values[i] != null && !(values[i] instanceof PCell) && !names[i].startsWith(".")) {
                d.put(names[i], values[i]);
            }
        }
        return d;
    }

    @TruffleBoundary
    public static PList sortedKeys(PDict dict) {
        java.util.List<String> keys = new java.util.ArrayList<>();
        var s = dict.getStorage();
        for (int p = 0; p < s.limit(); p++) {
            if (s.keyAt(p) instanceof String k) {
                keys.add(k);
            }
        }
        java.util.Collections.sort(keys);
        return new PList(keys.toArray());
    }
}
