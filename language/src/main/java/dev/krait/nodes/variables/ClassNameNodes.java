package dev.krait.nodes.variables;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;

import dev.krait.nodes.ExprNode;
import dev.krait.nodes.StmtNode;
import dev.krait.nodes.TargetNode;
import dev.krait.runtime.BuiltinClasses;
import dev.krait.runtime.PDict;
import dev.krait.runtime.PRaise;

/**
 * Names in a class body live in the class namespace (a dict in a frame slot). Reading a name looks there first,
 * then where the name would be found outside the class (globals and builtins, or an enclosing function's cell).
 */
public final class ClassNameNodes {
    private ClassNameNodes() {
    }

    public static final class ReadClassNameNode extends ExprNode {
        private final String name;
        private final int namespaceSlot;
        @Child private ExprNode outside;

        public ReadClassNameNode(String name, int namespaceSlot, ExprNode outside) {
            this.name = name;
            this.namespaceSlot = namespaceSlot;
            this.outside = outside;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            Object v = lookup((PDict) frame.getObject(namespaceSlot), name);
            return v != null ? v : outside.execute(frame);
        }

        /** The name's binding in the class namespace, or null; shared with the bytecode engine (LOAD_NAME in a class body). */
        @TruffleBoundary
        public static Object lookup(PDict namespace, String name) {
            return namespace.get(name);
        }
    }

    public static final class WriteClassNameNode extends TargetNode {
        private final String name;
        private final int namespaceSlot;

        public WriteClassNameNode(String name, int namespaceSlot) {
            this.name = name;
            this.namespaceSlot = namespaceSlot;
        }

        @Override
        public void assign(VirtualFrame frame, Object value) {
            store((PDict) frame.getObject(namespaceSlot), name, value);
        }

        /** Shared with the bytecode engine (STORE_NAME in a class body). */
        @TruffleBoundary
        public static void store(PDict namespace, String name, Object value) {
            namespace.put(name, value);
        }
    }

    public static final class DeleteClassNameNode extends StmtNode {
        private final String name;
        private final int namespaceSlot;
        private final boolean quiet;

        public DeleteClassNameNode(String name, int namespaceSlot, boolean quiet) {
            this.name = name;
            this.namespaceSlot = namespaceSlot;
            this.quiet = quiet;
        }

        @Override
        public void executeVoid(VirtualFrame frame) {
            remove((PDict) frame.getObject(namespaceSlot), name, quiet);
        }

        /** Shared with the bytecode engine (DELETE_NAME in a class body). */
        @TruffleBoundary
        public static void remove(PDict namespace, String name, boolean quiet) {
            if (namespace.getStorage().remove(name) == null && !quiet) {
                throw PRaise.error(null, BuiltinClasses.NAME_ERROR, "name '%s' is not defined", name);
            }
        }
    }

    /** Ends a class body that has a {@code __class__} cell: hands the cell over for the class to fill in. */
    public static final class StoreClassCellNode extends StmtNode {
        private final int cellSlot;
        private final int namespaceSlot;

        public StoreClassCellNode(int cellSlot, int namespaceSlot) {
            this.cellSlot = cellSlot;
            this.namespaceSlot = namespaceSlot;
        }

        @Override
        public void executeVoid(VirtualFrame frame) {
            WriteClassNameNode.store((PDict) frame.getObject(namespaceSlot), "__classcell__", frame.getObject(cellSlot));
        }
    }
}
