package dev.krait.builtins;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Bind;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

import dev.krait.ops.PyObjectOps;
import dev.krait.ops.Repr;
import dev.krait.runtime.KraitContext;
import dev.krait.runtime.PNone;
import dev.krait.runtime.PRaise;
import dev.krait.runtime.PTuple;
import dev.krait.runtime.PythonClass;

/** The functions of the builtins module. */
@GenerateNodeFactory
public final class BuiltinFunctions {
    private BuiltinFunctions() {
    }

    @Builtin(name = "print", signature = "*args, sep=' ', end='\\n', file=None, flush=False")
    @GenerateNodeFactory
    public abstract static class PrintNode extends BuiltinNode.Varargs {
        /** Bound in co_varnames order: sep, end, file, flush, then the *args tuple. */
        @Specialization
        Object print(Object[] bound, @Bind Node node) {
            doPrint(KraitContext.get(node), (PTuple) bound[4], bound[0], bound[1], bound[2]);
            return PNone.NONE;
        }

        @TruffleBoundary
        private static void doPrint(KraitContext context, PTuple args, Object sep, Object end, Object file) {
            String separator = sep == PNone.NONE ? " " : checkString(sep, "sep");
            String terminator = end == PNone.NONE ? "\n" : checkString(end, "end");
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < args.size(); i++) {
                if (i > 0) {
                    sb.append(separator);
                }
                sb.append(Repr.str(args.get(i)));
            }
            sb.append(terminator);
            context.out.print(sb);
        }

        private static String checkString(Object o, String what) {
            if (!(o instanceof String s)) {
                throw PRaise.typeError(null, "%s must be None or a string, not %s", what, PyObjectOps.typeName(o));
            }
            return s;
        }
    }

    @Builtin(name = "len", signature = "obj, /")
    @GenerateNodeFactory
    public abstract static class LenNode extends BuiltinNode.Unary {
        @Specialization
        static Object len(Object obj) {
            return PyObjectOps.len(obj);
        }
    }

    @Builtin(name = "repr", signature = "obj, /")
    @GenerateNodeFactory
    public abstract static class ReprNode extends BuiltinNode.Unary {
        @Specialization
        static Object repr(Object obj) {
            return Repr.repr(obj);
        }
    }

    @Builtin(name = "isinstance", signature = "obj, class_or_tuple, /")
    @GenerateNodeFactory
    public abstract static class IsInstanceNode extends BuiltinNode.Binary {
        @Specialization
        static Object isinstance(Object obj, Object cls) {
            return isInstance(obj, cls);
        }

        @TruffleBoundary
        static boolean isInstance(Object obj, Object cls) {
            if (cls instanceof PythonClass c) {
                return PyObjectOps.typeOf(obj).isSubclassOf(c);
            }
            if (cls instanceof PTuple t) {
                for (Object c : t.getItems()) {
                    if (isInstance(obj, c)) {
                        return true;
                    }
                }
                return false;
            }
            throw PRaise.typeError(null, "isinstance() arg 2 must be a type, a tuple of types, or a union");
        }
    }
}
