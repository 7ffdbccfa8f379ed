package dev.krait.nodes.statement;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;

import dev.krait.nodes.StmtNode;
import dev.krait.nodes.TargetNode;
import dev.krait.ops.Importer;
import dev.krait.runtime.KraitContext;
import dev.krait.runtime.PModule;

/** {@code import m}, {@code import m as n}, {@code from m import x} and {@code from m import *} (see {@link Importer}). */
public final class ImportNode extends StmtNode {
    private final String moduleName;
    private final int level;
    private final boolean bindsLeaf;
    /** The imported name for {@code from m import name}, "*" for a star import, null for {@code import m}. */
    private final String fromName;
    private final PModule importer;
    @Child private TargetNode target;

    public ImportNode(String moduleName, int level, boolean bindsLeaf, String fromName, PModule importer, TargetNode target) {
        this.moduleName = moduleName;
        this.level = level;
        this.bindsLeaf = bindsLeaf;
        this.fromName = fromName;
        this.importer = importer;
        this.target = target;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        KraitContext context = KraitContext.get(this);
        if (fromName == null) {
            target.assign(frame, importName(context));
        } else if (fromName.equals("*")) {
            importStar(context);
        } else {
            target.assign(frame, importFrom(context));
        }
    }

    @TruffleBoundary
    private Object importName(KraitContext context) {
        return Importer.importName(context, moduleName, level, importer, bindsLeaf);
    }

    @TruffleBoundary
    private Object importFrom(KraitContext context) {
        PModule m = (PModule) Importer.importName(context, moduleName, level, importer, true);
        return Importer.importFrom(context, m, fromName);
    }

    @TruffleBoundary
    private void importStar(KraitContext context) {
        PModule m = (PModule) Importer.importName(context, moduleName, level, importer, true);
        Importer.importStar(context, m, importer);
    }
}
