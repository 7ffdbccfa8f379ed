package dev.krait.builtins;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.krait.ops.PyObjectOps;
import dev.krait.ops.Repr;
import dev.krait.runtime.PBaseException;
import dev.krait.runtime.PList;
import dev.krait.runtime.PNone;
import dev.krait.runtime.PRaise;
import dev.krait.runtime.PTuple;
import dev.krait.runtime.PythonClass;

/** The methods of BaseException (and so of every exception class). */
@GenerateNodeFactory
public final class ExceptionBuiltins {
    private ExceptionBuiltins() {
    }

    @Builtin(name = "__new__", signature = "cls, *args, **kwargs", isStatic = true)
    @GenerateNodeFactory
    public abstract static class NewNode extends BuiltinNode.Ternary {
        @Specialization
        static Object create(Object cls, Object args, Object kwargs) {
            PythonClass c = (PythonClass) cls;
            if (c.isBuiltin() && ((dev.krait.runtime.PDict) kwargs).size() > 0) {
                throw dev.krait.runtime.PRaise.typeError(null, "%s() takes no keyword arguments", c.name);
            }
            return new PBaseException(c, (PTuple) args);
        }
    }

    @Builtin(name = "with_traceback", signature = "self, tb, /")
    @GenerateNodeFactory
    public abstract static class WithTracebackNode extends BuiltinNode.Binary {
        @Specialization
        static Object withTraceback(PBaseException self, Object tb) {
            return self;
        }
    }

    @Builtin(name = "add_note", signature = "self, note, /")
    @GenerateNodeFactory
    public abstract static class AddNoteNode extends BuiltinNode.Binary {
        @Specialization
        @TruffleBoundary
        static Object addNote(PBaseException self, Object note) {
            if (!(note instanceof String)) {
                throw PRaise.typeError(null, "note must be a str, not '%s'", PyObjectOps.typeName(note));
            }
            Object notes = self.getAttribute("__notes__");
            if (notes == null) {
                notes = new PList();
                self.setAttribute("__notes__", notes);
            }
            if (!(notes instanceof PList list)) {
                throw PRaise.typeError(null, "Cannot add note: __notes__ is not a list");
            }
            list.append(note);
            return PNone.NONE;
        }
    }

    @Builtin(name = "__str__", signature = "self, /")
    @GenerateNodeFactory
    public abstract static class StrNode extends BuiltinNode.Unary {
        @Specialization
        static Object str(PBaseException self) {
            return Repr.strOwn(self);
        }
    }

    @Builtin(name = "__repr__", signature = "self, /")
    @GenerateNodeFactory
    public abstract static class ReprNode extends BuiltinNode.Unary {
        @Specialization
        static Object repr(PBaseException self) {
            return Repr.reprOwn(self);
        }
    }
}
