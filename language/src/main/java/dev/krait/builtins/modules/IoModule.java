package dev.krait.builtins.modules;

import java.io.IOException;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.OpenOption;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleFile;
import com.oracle.truffle.api.dsl.Bind;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

import dev.krait.builtins.Builtin;
import dev.krait.builtins.BuiltinNode;
import dev.krait.builtins.BuiltinRegistry;
import dev.krait.ops.Arithmetic;
import dev.krait.ops.Calls;
import dev.krait.ops.PyObjectOps;
import dev.krait.ops.Repr;
import dev.krait.ops.SpecialMethods;
import dev.krait.runtime.BuiltinClasses;
import dev.krait.runtime.KraitContext;
import dev.krait.runtime.PBaseException;

import dev.krait.runtime.PModule;
import dev.krait.runtime.PNone;
import dev.krait.runtime.PRaise;
import dev.krait.runtime.PTuple;
import dev.krait.runtime.PythonClass;

/**
 * The {@code io} module and the builtin {@code open()}: text files (TextIOWrapper), binary files (BufferedReader,
 * BufferedWriter, BufferedRandom), StringIO and BytesIO. All stream classes share the methods of {@code _IOBase}
 * ({@link IOBuiltins}); each Java stream object implements them for its kind.
 */
@GenerateNodeFactory
public final class IoModule {
    private IoModule() {
    }

    static final PythonClass IO_BASE = LibraryTypes.define("_io", "_IOBase", IOBuiltinsFactory.getFactories());
    static final PythonClass TEXT_IO_BASE = LibraryTypes.define("_io", "_TextIOBase", List.of(), IO_BASE);
    static final PythonClass BUFFERED_IO_BASE = LibraryTypes.define("_io", "_BufferedIOBase", List.of(), IO_BASE);
    static final PythonClass TEXT_IO_WRAPPER = LibraryTypes.define("_io", "TextIOWrapper", List.of(IOBuiltinsFactory.NoNewNodeFactory.getInstance()), TEXT_IO_BASE);
    static final PythonClass BUFFERED_READER = LibraryTypes.define("_io", "BufferedReader", List.of(IOBuiltinsFactory.NoNewNodeFactory.getInstance()), BUFFERED_IO_BASE);
    static final PythonClass BUFFERED_WRITER = LibraryTypes.define("_io", "BufferedWriter", List.of(IOBuiltinsFactory.NoNewNodeFactory.getInstance()), BUFFERED_IO_BASE);
    static final PythonClass BUFFERED_RANDOM = LibraryTypes.define("_io", "BufferedRandom", List.of(IOBuiltinsFactory.NoNewNodeFactory.getInstance()), BUFFERED_IO_BASE);
    static final PythonClass STRING_IO = LibraryTypes.define("_io", "StringIO", MemoryIOBuiltinsFactory.getFactories(), TEXT_IO_BASE);
    static final PythonClass BYTES_IO = LibraryTypes.define("_io", "BytesIO", MemoryIOBuiltinsFactory.getFactories(), BUFFERED_IO_BASE);
    public static final PythonClass UNSUPPORTED_OPERATION = new PythonClass("UnsupportedOperation", "io", false, BuiltinClasses.OS_ERROR,
                    BuiltinClasses.VALUE_ERROR);

    @TruffleBoundary
    public static void initialize(PModule io, KraitContext context) {
        io.set("open", BuiltinRegistry.moduleFunction("open"));
        io.set("IOBase", IO_BASE);
        io.set("TextIOBase", TEXT_IO_BASE);
        io.set("BufferedIOBase", BUFFERED_IO_BASE);
        io.set("TextIOWrapper", TEXT_IO_WRAPPER);
        io.set("BufferedReader", BUFFERED_READER);
        io.set("BufferedWriter", BUFFERED_WRITER);
        io.set("BufferedRandom", BUFFERED_RANDOM);
        io.set("StringIO", STRING_IO);
        io.set("BytesIO", BYTES_IO);
        io.set("UnsupportedOperation", UNSUPPORTED_OPERATION);
        io.set("SEEK_SET", 0L);
        io.set("SEEK_CUR", 1L);
        io.set("SEEK_END", 2L);
        io.set("DEFAULT_BUFFER_SIZE", 8192L);
    }

    /** sys.stdin, sys.stdout, sys.stderr and their __dunder__ originals. */
    public static void installStandardStreams(PModule sys, KraitContext context) {
        String[] names = {"stdin", "stdout", "stderr"};
        for (int fd = 0; fd < 3; fd++) {
            StdStream s = StdStream.text(context, fd);
            sys.set(names[fd], s);
            sys.set("__" + names[fd] + "__", s);
        }
    }

    /**
     * Where print() without file= writes: null for the real standard output, else the object the program put in
     * sys.stdout (a StringIO, a file, any object with write()).
     */
    @TruffleBoundary
    public static Object redirectedStdout(KraitContext context) {
        PModule sys = context.modules.get("sys");
        if (sys == null) {
            return null;
        }
        Object out = sys.get("stdout");
        if (out instanceof StdStream s && s.isStandardOutput()) {
            return null;
        }
        return out;
    }

    /** The bytes of a bytes-like argument of a binary write. */
    @TruffleBoundary
    static byte[] bytesOf(Object data) {
        if (data instanceof byte[] b) {
            return b;
        }
        if (data instanceof ArrayModule.PArray a) {
            return a.toBytes();
        }
        throw PRaise.typeError(null, "a bytes-like object is required, not '%s'", PyObjectOps.typeName(data));
    }

    // ------------------------------------------------------------------ open()

    @Builtin(name = "open", signature = "file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True, opener=None")
    @GenerateNodeFactory
    public abstract static class OpenNode extends BuiltinNode.Varargs {
        @Specialization
        static Object open(Object[] args, @Bind Node node) {
            return IoModule.open(KraitContext.get(node), args[0], args[1], args[3], args[5]);
        }
    }

    @TruffleBoundary
    static Object open(KraitContext context, Object file, Object modeArg, Object encoding, Object newline) {
        if (!(modeArg instanceof String mode)) {
            throw PRaise.typeError(null, "open() argument 'mode' must be str, not %s", PyObjectOps.typeName(modeArg));
        }
        Set<Character> chars = new HashSet<>();
        for (char c : mode.toCharArray()) {
            if ("axrwb+t".indexOf(c) < 0 || !chars.add(c)) {
                throw PRaise.valueError(null, "invalid mode: %s", Repr.repr(mode));
            }
        }
        boolean creating = chars.contains('x');
        boolean reading = chars.contains('r');
        boolean writing = chars.contains('w');
        boolean appending = chars.contains('a');
        boolean updating = chars.contains('+');
        boolean binary = chars.contains('b');
        if (chars.contains('t') && binary) {
            throw PRaise.valueError(null, "can't have text and binary mode at once");
        }
        int kinds = (creating ? 1 : 0) + (reading ? 1 : 0) + (writing ? 1 : 0) + (appending ? 1 : 0);
        if (kinds != 1) {
            throw PRaise.valueError(null, kinds > 1 ? "must have exactly one of create/read/write/append mode"
                            : "Must have exactly one of create/read/write/append mode and at most one plus");
        }
        if (binary && encoding != PNone.NONE) {
            throw PRaise.valueError(null, "binary mode doesn't take an encoding argument");
        }
        if (binary && newline != PNone.NONE) {
            throw PRaise.valueError(null, "binary mode doesn't take a newline argument");
        }
        String nl = null;
        if (newline != PNone.NONE) {
            if (!(newline instanceof String s)) {
                throw PRaise.typeError(null, "open() argument 'newline' must be str or None, not %s", PyObjectOps.typeName(newline));
            }
            if (!s.isEmpty() && !s.equals("\n") && !s.equals("\r") && !s.equals("\r\n")) {
                throw PRaise.valueError(null, "illegal newline value: %s", Repr.repr(s));
            }
            nl = s;
        }
        Charset charset = StandardCharsets.UTF_8;
        String encodingName = "utf-8";
        if (encoding != PNone.NONE) {
            if (!(encoding instanceof String e)) {
                throw PRaise.typeError(null, "open() argument 'encoding' must be str or None, not %s", PyObjectOps.typeName(encoding));
            }
            charset = charsetFor(e);
            encodingName = e;
        }
        if (Arithmetic.isInt(file)) {
            long fd = PyObjectOps.toIndexValue(file);
            if (fd >= 0 && fd <= 2) {
                StdStream s = StdStream.text(context, (int) fd);
                return binary ? s.buffer() : s;
            }
            throw PRaise.raise(osError(BuiltinClasses.OS_ERROR, 9, "Bad file descriptor", null), null);
        }
        Object name = file;
        String path = fsPath(file);
        Set<OpenOption> options = new HashSet<>();
        if (reading || updating) {
            options.add(StandardOpenOption.READ);
        }
        if (!reading || updating) {
            options.add(StandardOpenOption.WRITE);
        }
        if (writing) {
            options.add(StandardOpenOption.CREATE);
            options.add(StandardOpenOption.TRUNCATE_EXISTING);
        } else if (appending) {
            options.add(StandardOpenOption.CREATE);
            if (!updating) {
                options.add(StandardOpenOption.APPEND);
            }
        } else if (creating) {
            options.add(StandardOpenOption.CREATE_NEW);
        }
        SeekableByteChannel channel;
        try {
            TruffleFile f = context.env.getPublicTruffleFile(path);
            if (f.isDirectory()) {
                throw PRaise.raise(osError(BuiltinClasses.IS_A_DIRECTORY_ERROR, 21, "Is a directory", name), null);
            }
            channel = f.newByteChannel(options);
            if (appending) {
                channel.position(channel.size());
            }
        } catch (NoSuchFileException e) {
            throw PRaise.raise(osError(BuiltinClasses.FILE_NOT_FOUND_ERROR, 2, "No such file or directory", name), null);
        } catch (FileAlreadyExistsException e) {
            throw PRaise.raise(osError(BuiltinClasses.FILE_EXISTS_ERROR, 17, "File exists", name), null);
        } catch (AccessDeniedException | SecurityException e) {
            throw PRaise.raise(osError(BuiltinClasses.PERMISSION_ERROR, 13, "Permission denied", name), null);
        } catch (NotDirectoryException e) {
            throw PRaise.raise(osError(BuiltinClasses.NOT_A_DIRECTORY_ERROR, 20, "Not a directory", name), null);
        } catch (IOException e) {
            String message = String.valueOf(e.getMessage());
            if (message.contains("Not a directory")) {
                throw PRaise.raise(osError(BuiltinClasses.NOT_A_DIRECTORY_ERROR, 20, "Not a directory", name), null);
            }
            if (message.contains("Is a directory")) {
                throw PRaise.raise(osError(BuiltinClasses.IS_A_DIRECTORY_ERROR, 21, "Is a directory", name), null);
            }
            throw PRaise.raise(osError(BuiltinClasses.OS_ERROR, 5, message, name), null);
        }
        PythonClass cls;
        String shownMode;
        if (!binary) {
            cls = TEXT_IO_WRAPPER;
            shownMode = mode;
        } else {
            cls = updating ? BUFFERED_RANDOM : reading ? BUFFERED_READER : BUFFERED_WRITER;
            shownMode = (creating ? "x" : reading ? "r" : writing ? "w" : "a") + "b" + (updating ? "+" : "");
        }
        return new FileStream(cls, context, channel, name, shownMode, reading || updating, !reading || updating, binary, charset, encodingName, nl,
                        appending);
    }

    /** str, bytes or an os.PathLike object as a path string. */
    @TruffleBoundary
    static String fsPath(Object file) {
        if (file instanceof String s) {
            return s;
        }
        if (file instanceof byte[] b) {
            return new String(b, StandardCharsets.UTF_8);
        }
        Object fspath = SpecialMethods.lookupUser(file, "__fspath__");
        if (fspath != null) {
            Object p = Calls.callUncached(fspath, file);
            if (p instanceof String || p instanceof byte[]) {
                return fsPath(p);
            }
            throw PRaise.typeError(null, "expected %s.__fspath__() to return str or bytes, not %s", PyObjectOps.typeName(file), PyObjectOps.typeName(p));
        }
        throw PRaise.typeError(null, "expected str, bytes or os.PathLike object, not %s", PyObjectOps.typeName(file));
    }

    /**
     * Raises the error of a failed write to stdout since the last check: BrokenPipeError when the reading end of a
     * pipe was closed ({@code krait prog.py | head -1}), as CPython's print does.
     */
    @TruffleBoundary
    public static void checkStdout(KraitContext context) {
        java.io.IOException failure = context.stdoutSink.takeFailure();
        if (failure != null) {
            String message = String.valueOf(failure.getMessage());
            boolean brokenPipe = message.contains("Broken pipe") || message.contains("Stream closed");
            throw PRaise.raise(brokenPipe ? osError(BuiltinClasses.BROKEN_PIPE_ERROR, 32, "Broken pipe", null)
                            : osError(BuiltinClasses.OS_ERROR, 5, "Input/output error", null), null);
        }
    }

    static PBaseException osError(PythonClass cls, long errno, String strerror, Object filename) {
        PBaseException e = new PBaseException(cls, PTuple.of(errno, strerror));
        e.setAttribute("errno", errno);
        e.setAttribute("strerror", strerror);
        e.setAttribute("filename", filename == null ? PNone.NONE : filename);
        e.setAttribute("filename2", PNone.NONE);
        return e;
    }

    @TruffleBoundary
    static Charset charsetFor(String name) {
        String n = name.toLowerCase().replace('_', '-');
        switch (n) {
            case "utf-8", "utf8", "u8", "utf", "utf8-ucs2", "utf8-ucs4":
                return StandardCharsets.UTF_8;
            case "latin-1", "latin1", "l1", "iso-8859-1", "iso8859-1", "8859", "cp819", "latin":
                return StandardCharsets.ISO_8859_1;
            case "ascii", "us-ascii", "646":
                return StandardCharsets.US_ASCII;
            case "utf-16":
                return StandardCharsets.UTF_16;
            default:
                try {
                    return Charset.forName(n);
                } catch (IllegalArgumentException e) {
                    throw PRaise.error(null, BuiltinClasses.LOOKUP_ERROR, "unknown encoding: %s", name);
                }
        }
    }

}
