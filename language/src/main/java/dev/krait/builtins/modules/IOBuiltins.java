package dev.krait.builtins.modules;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.krait.builtins.Builtin;
import dev.krait.builtins.BuiltinNode;
import dev.krait.ops.PyObjectOps;
import dev.krait.ops.Repr;
import dev.krait.runtime.BuiltinClasses;
import dev.krait.runtime.PList;
import dev.krait.runtime.PNone;
import dev.krait.runtime.PRaise;

/** The methods shared by every io stream class (those of CPython's _IOBase, _TextIOBase and friends). */
@GenerateNodeFactory
public final class IOBuiltins {
    private IOBuiltins() {
    }

    static long size(Object size) {
        return size == PNone.NONE ? -1 : PyObjectOps.toIndexValue(size);
    }

    @Builtin(name = "__new__", signature = "cls, *args, **kwargs", isStatic = true)
    @GenerateNodeFactory
    public abstract static class NoNewNode extends BuiltinNode.Ternary {
        @Specialization
        static Object create(Object cls, Object args, Object kwargs) {
            throw PRaise.typeError(null, "Krait cannot create %s objects directly: use open()", ((dev.krait.runtime.PythonClass) cls).name);
        }
    }

    @Builtin(name = "read", signature = "self, size=-1, /")
    @GenerateNodeFactory
    public abstract static class ReadNode extends BuiltinNode.Binary {
        @Specialization
        static Object read(IOStream self, Object size) {
            return self.read(size(size));
        }
    }

    @Builtin(name = "readline", signature = "self, size=-1, /")
    @GenerateNodeFactory
    public abstract static class ReadLineNode extends BuiltinNode.Binary {
        @Specialization
        static Object readline(IOStream self, Object size) {
            return self.readline(size(size));
        }
    }

    @Builtin(name = "readlines", signature = "self, hint=-1, /")
    @GenerateNodeFactory
    public abstract static class ReadLinesNode extends BuiltinNode.Binary {
        @Specialization
        @TruffleBoundary
        static Object readlines(IOStream self, Object hintArg) {
            long hint = size(hintArg);
            PList lines = new PList();
            long total = 0;
            Object line;
            while ((line = self.next()) != null) {
                lines.append(line);
                total += line instanceof String s ? s.length() : ((byte[]) line).length;
                if (hint > 0 && total >= hint) {
                    break;
                }
            }
            return lines;
        }
    }

    @Builtin(name = "write", signature = "self, s, /")
    @GenerateNodeFactory
    public abstract static class WriteNode extends BuiltinNode.Binary {
        @Specialization
        static long write(IOStream self, Object s) {
            return self.write(s);
        }
    }

    @Builtin(name = "writelines", signature = "self, lines, /")
    @GenerateNodeFactory
    public abstract static class WriteLinesNode extends BuiltinNode.Binary {
        @Specialization
        @TruffleBoundary
        static Object writelines(IOStream self, Object lines) {
            self.checkClosed();
            Object it = PyObjectOps.getIter(lines);
            Object line;
            while ((line = PyObjectOps.next(it)) != null) {
                self.write(line);
            }
            return PNone.NONE;
        }
    }

    @Builtin(name = "flush", signature = "self, /")
    @GenerateNodeFactory
    public abstract static class FlushNode extends BuiltinNode.Unary {
        @Specialization
        static Object flush(IOStream self) {
            self.flush();
            return PNone.NONE;
        }
    }

    @Builtin(name = "close", signature = "self, /")
    @GenerateNodeFactory
    public abstract static class CloseNode extends BuiltinNode.Unary {
        @Specialization
        static Object close(IOStream self) {
            self.close();
            return PNone.NONE;
        }
    }

    @Builtin(name = "seek", signature = "self, cookie, whence=0, /")
    @GenerateNodeFactory
    public abstract static class SeekNode extends BuiltinNode.Ternary {
        @Specialization
        static long seek(IOStream self, Object cookie, Object whence) {
            return self.seek(PyObjectOps.toIndexValue(cookie), (int) PyObjectOps.toIndexValue(whence));
        }
    }

    @Builtin(name = "tell", signature = "self, /")
    @GenerateNodeFactory
    public abstract static class TellNode extends BuiltinNode.Unary {
        @Specialization
        static long tell(IOStream self) {
            return self.tell();
        }
    }

    @Builtin(name = "truncate", signature = "self, pos=None, /")
    @GenerateNodeFactory
    public abstract static class TruncateNode extends BuiltinNode.Binary {
        @Specialization
        static long truncate(IOStream self, Object pos) {
            return self.truncate(pos == PNone.NONE ? (self instanceof FileStream ? -1 : self.tell()) : PyObjectOps.toIndexValue(pos));
        }
    }

    @Builtin(name = "readable", signature = "self, /")
    @GenerateNodeFactory
    public abstract static class ReadableNode extends BuiltinNode.Unary {
        @Specialization
        static boolean readable(IOStream self) {
            return self.readable();
        }
    }

    @Builtin(name = "writable", signature = "self, /")
    @GenerateNodeFactory
    public abstract static class WritableNode extends BuiltinNode.Unary {
        @Specialization
        static boolean writable(IOStream self) {
            return self.writable();
        }
    }

    @Builtin(name = "seekable", signature = "self, /")
    @GenerateNodeFactory
    public abstract static class SeekableNode extends BuiltinNode.Unary {
        @Specialization
        static boolean seekable(IOStream self) {
            return self.seekable();
        }
    }

    @Builtin(name = "isatty", signature = "self, /")
    @GenerateNodeFactory
    public abstract static class IsAttyNode extends BuiltinNode.Unary {
        @Specialization
        static boolean isatty(IOStream self) {
            return self.isatty();
        }
    }

    @Builtin(name = "fileno", signature = "self, /")
    @GenerateNodeFactory
    public abstract static class FilenoNode extends BuiltinNode.Unary {
        @Specialization
        static long fileno(IOStream self) {
            return self.fileno();
        }
    }

    @Builtin(name = "__enter__", signature = "self, /")
    @GenerateNodeFactory
    public abstract static class EnterNode extends BuiltinNode.Unary {
        @Specialization
        static Object enter(IOStream self) {
            self.checkClosed();
            return self;
        }
    }

    @Builtin(name = "__exit__", signature = "self, *args")
    @GenerateNodeFactory
    public abstract static class ExitNode extends BuiltinNode.Binary {
        @Specialization
        static Object exit(IOStream self, Object args) {
            self.close();
            return PNone.NONE;
        }
    }

    @Builtin(name = "__iter__", signature = "self, /")
    @GenerateNodeFactory
    public abstract static class IterNode extends BuiltinNode.Unary {
        @Specialization
        static Object iter(IOStream self) {
            self.checkClosedForIteration();
            return self;
        }
    }

    @Builtin(name = "__next__", signature = "self, /")
    @GenerateNodeFactory
    public abstract static class NextNode extends BuiltinNode.Unary {
        @Specialization
        static Object next(IOStream self) {
            Object line = self.next();
            if (line == null) {
                throw PRaise.stopIteration(null, null);
            }
            return line;
        }
    }

    @Builtin(name = "__repr__", signature = "self, /")
    @GenerateNodeFactory
    public abstract static class ReprNode extends BuiltinNode.Unary {
        @Specialization
        static Object repr(IOStream self) {
            return self.repr();
        }
    }

    /** The attributes of streams (closed, name, mode, encoding, ...), computed from the Java object. */
    @Builtin(name = "__getattr__", signature = "self, name, /")
    @GenerateNodeFactory
    public abstract static class GetAttrNode extends BuiltinNode.Binary {
        @Specialization
        @TruffleBoundary
        static Object get(IOStream self, Object nameArg) {
            String name = Repr.str(nameArg);
            switch (name) {
                case "closed":
                    return self.isClosed();
                case "name":
                    if (self.name() != null) {
                        return self.name();
                    }
                    break;
                case "mode":
                    if (self.mode() != null) {
                        return self.mode();
                    }
                    break;
                case "encoding":
                    if (!self.isBinary()) {
                        return self.encoding() == null ? PNone.NONE : self.encoding();
                    }
                    break;
                case "errors":
                    if (!self.isBinary()) {
                        return "strict";
                    }
                    break;
                case "newlines":
                    if (!self.isBinary()) {
                        return PNone.NONE;
                    }
                    break;
                case "line_buffering":
                    if (!self.isBinary()) {
                        return self instanceof StdStream;
                    }
                    break;
                case "buffer":
                    if (self instanceof StdStream s && !s.isBinary()) {
                        return s.buffer();
                    }
                    break;
                default:
                    break;
            }
            throw PRaise.error(null, BuiltinClasses.ATTRIBUTE_ERROR, "'%s' object has no attribute '%s'", self.getPythonClass().getQualifiedName(), name);
        }
    }
}
