package dev.krait.builtins.modules;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.krait.builtins.Builtin;
import dev.krait.builtins.BuiltinNode;
import dev.krait.ops.PyObjectOps;
import dev.krait.runtime.PNone;
import dev.krait.runtime.PRaise;
import dev.krait.runtime.PythonClass;

/** Construction and getvalue() of io.StringIO and io.BytesIO (registered on both; each checks its kind). */
@GenerateNodeFactory
public final class MemoryIOBuiltins {
    private MemoryIOBuiltins() {
    }

    @Builtin(name = "__new__", signature = "cls, *args, **kwargs", isStatic = true)
    @GenerateNodeFactory
    public abstract static class NewNode extends BuiltinNode.Ternary {
        @Specialization
        @TruffleBoundary
        static Object create(Object cls, Object args, Object kwargs) {
            PythonClass c = (PythonClass) cls;
            if (c.isSubclassOf(IoModule.STRING_IO)) {
                return new MemoryStreams.StringIOStream(c);
            }
            return new MemoryStreams.BytesIOStream(c);
        }
    }

    @Builtin(name = "__init__", signature = "self, initial_value=None, newline='\\n'")
    @GenerateNodeFactory
    public abstract static class InitNode extends BuiltinNode.Ternary {
        @Specialization
        @TruffleBoundary
        static Object init(IOStream self, Object initial, Object newline) {
            if (self instanceof MemoryStreams.StringIOStream s) {
                s.buffer.setLength(0);
                s.pos = 0;
                if (initial != PNone.NONE) {
                    if (!(initial instanceof String str)) {
                        throw PRaise.typeError(null, "initial_value must be str or None, not %s", PyObjectOps.typeName(initial));
                    }
                    s.buffer.append(str);
                }
            } else if (self instanceof MemoryStreams.BytesIOStream b) {
                b.size = 0;
                b.pos = 0;
                if (initial != PNone.NONE) {
                    b.write(IoModule.bytesOf(initial));
                    b.pos = 0;
                }
            }
            return PNone.NONE;
        }
    }

    @Builtin(name = "getvalue", signature = "self, /")
    @GenerateNodeFactory
    public abstract static class GetValueNode extends BuiltinNode.Unary {
        @Specialization
        static Object getValue(MemoryStreams.StringIOStream self) {
            return self.getValue();
        }

        @Specialization
        static Object getValue(MemoryStreams.BytesIOStream self) {
            return self.getValue();
        }
    }
}
