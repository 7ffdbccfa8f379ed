package dev.krait.builtins;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.krait.ops.PyObjectOps;
import dev.krait.runtime.PByteArray;
import dev.krait.runtime.PNone;
import dev.krait.runtime.PRaise;

/**
 * The bytearray type: its constructor and the methods that change it. The reading methods are those of bytes, run on
 * a copy of the contents (see BuiltinRegistry and BuiltinRootNode).
 */
@GenerateNodeFactory
public final class ByteArrayBuiltins {
    private ByteArrayBuiltins() {
    }

    static int byteValue(Object o) {
        long v = PyObjectOps.toIndexValue(o);
        if (v < 0 || v > 255) {
            throw PRaise.valueError(null, "byte must be in range(0, 256)");
        }
        return (int) v;
    }

    @Builtin(name = "__new__", signature = "cls, source=?, encoding=?, errors=?", isStatic = true)
    @GenerateNodeFactory
    public abstract static class NewNode extends BuiltinNode.Quaternary {
        @Specialization
        @TruffleBoundary
        static Object create(Object cls, Object source, Object encoding, Object errors) {
            if (source == PNone.NO_VALUE) {
                return new PByteArray(new byte[0]);
            }
            // bytes(...) already knows every source: str with an encoding, a count, bytes, iterables of ints.
            Object bytes = BytesBuiltins.NewNode.create(dev.krait.runtime.BuiltinClasses.BYTES, PyObjectOps.builtinValue(source), encoding, errors);
            return new PByteArray((byte[]) bytes);
        }
    }

    @Builtin(name = "append", signature = "self, item, /")
    @GenerateNodeFactory
    public abstract static class AppendNode extends BuiltinNode.Binary {
        @Specialization
        static Object append(PByteArray self, Object item) {
            self.append(byteValue(item));
            return PNone.NONE;
        }
    }

    @Builtin(name = "extend", signature = "self, iterable, /")
    @GenerateNodeFactory
    public abstract static class ExtendNode extends BuiltinNode.Binary {
        @Specialization
        @TruffleBoundary
        static Object extend(PByteArray self, Object iterable) {
            for (Object o : PyObjectOps.toArray(PyObjectOps.builtinValue(iterable))) {
                self.append(byteValue(o));
            }
            return PNone.NONE;
        }
    }

    @Builtin(name = "pop", signature = "self, index=-1, /")
    @GenerateNodeFactory
    public abstract static class PopNode extends BuiltinNode.Binary {
        @Specialization
        @TruffleBoundary
        static Object pop(PByteArray self, Object index) {
            if (self.size() == 0) {
                throw PRaise.indexError(null, "pop from empty bytearray");
            }
            long i = PyObjectOps.toIndexValue(index);
            if (i < 0) {
                i += self.size();
            }
            if (i < 0 || i >= self.size()) {
                throw PRaise.indexError(null, "pop index out of range");
            }
            byte[] bytes = self.toBytes();
            int value = bytes[(int) i] & 0xff;
            byte[] rest = new byte[bytes.length - 1];
            System.arraycopy(bytes, 0, rest, 0, (int) i);
            System.arraycopy(bytes, (int) i + 1, rest, (int) i, bytes.length - (int) i - 1);
            self.setContents(rest);
            return (long) value;
        }
    }

    @Builtin(name = "clear", signature = "self, /")
    @GenerateNodeFactory
    public abstract static class ClearNode extends BuiltinNode.Unary {
        @Specialization
        static Object clear(PByteArray self) {
            self.setContents(new byte[0]);
            return PNone.NONE;
        }
    }

    @Builtin(name = "copy", signature = "self, /")
    @GenerateNodeFactory
    public abstract static class CopyNode extends BuiltinNode.Unary {
        @Specialization
        static Object copy(PByteArray self) {
            return new PByteArray(self.toBytes());
        }
    }
}
