package dev.krait.builtins.modules;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleFile;
import com.oracle.truffle.api.dsl.Bind;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

import dev.krait.builtins.Builtin;
import dev.krait.builtins.BuiltinNode;
import dev.krait.ops.PyObjectOps;
import dev.krait.runtime.BuiltinClasses;
import dev.krait.runtime.KraitContext;
import dev.krait.runtime.PBaseException;
import dev.krait.runtime.PDict;
import dev.krait.runtime.PException;
import dev.krait.runtime.PList;
import dev.krait.runtime.PModule;
import dev.krait.runtime.PNone;
import dev.krait.runtime.PRaise;
import dev.krait.runtime.PTuple;
import dev.krait.runtime.PythonClass;

/**
 * The {@code posix} module: the operating-system primitives under {@code os} (which is Python, in Krait's
 * library, like CPython's os.py). Files are reached through Truffle's file system, so the embedder's sandbox holds.
 */
@GenerateNodeFactory
public final class PosixModule {
    private PosixModule() {
    }

    @TruffleBoundary
    public static void initialize(PModule posix, KraitContext context) {
        PDict environ = new PDict();
        for (Map.Entry<String, String> e : context.env.getEnvironment().entrySet()) {
            environ.put(e.getKey(), e.getValue());
        }
        posix.set("environ", environ);
    }

    static TruffleFile file(KraitContext context, Object path) {
        return context.env.getPublicTruffleFile(IoModule.fsPath(path));
    }

    /** An OSError subclass for a Java I/O failure on path (and path2 for two-path operations). */
    @TruffleBoundary
    static PException error(Exception e, Object path, Object path2) {
        PythonClass cls;
        long errno;
        String message;
        String text = String.valueOf(e.getMessage());
        if (e instanceof NoSuchFileException) {
            cls = BuiltinClasses.FILE_NOT_FOUND_ERROR;
            errno = 2;
            message = "No such file or directory";
        } else if (e instanceof FileAlreadyExistsException) {
            cls = BuiltinClasses.FILE_EXISTS_ERROR;
            errno = 17;
            message = "File exists";
        } else if (e instanceof DirectoryNotEmptyException) {
            cls = BuiltinClasses.OS_ERROR;
            errno = 39;
            message = "Directory not empty";
        } else if (e instanceof NotDirectoryException || text.contains("Not a directory")) {
            cls = BuiltinClasses.NOT_A_DIRECTORY_ERROR;
            errno = 20;
            message = "Not a directory";
        } else if (e instanceof AccessDeniedException || e instanceof SecurityException) {
            cls = BuiltinClasses.PERMISSION_ERROR;
            errno = 13;
            message = "Permission denied";
        } else if (text.contains("Is a directory")) {
            cls = BuiltinClasses.IS_A_DIRECTORY_ERROR;
            errno = 21;
            message = "Is a directory";
        } else {
            cls = BuiltinClasses.OS_ERROR;
            errno = 5;
            message = text;
        }
        PBaseException exc = IoModule.osError(cls, errno, message, path);
        if (path2 != null) {
            exc.setAttribute("filename2", path2);
        }
        return PRaise.raise(exc, null);
    }

    static PException error(PythonClass cls, long errno, String message, Object path) {
        return PRaise.raise(IoModule.osError(cls, errno, message, path), null);
    }

    @Builtin(name = "getcwd", signature = "")
    @GenerateNodeFactory
    public abstract static class GetCwdNode extends BuiltinNode.Nullary {
        @Specialization
        @TruffleBoundary
        static Object getcwd(@Bind Node node) {
            return KraitContext.get(node).env.getCurrentWorkingDirectory().getPath();
        }
    }

    @Builtin(name = "chdir", signature = "path")
    @GenerateNodeFactory
    public abstract static class ChdirNode extends BuiltinNode.Unary {
        @Specialization
        @TruffleBoundary
        static Object chdir(Object path, @Bind Node node) {
            KraitContext context = KraitContext.get(node);
            TruffleFile f = file(context, path);
            if (!f.exists()) {
                throw error(BuiltinClasses.FILE_NOT_FOUND_ERROR, 2, "No such file or directory", path);
            }
            if (!f.isDirectory()) {
                throw error(BuiltinClasses.NOT_A_DIRECTORY_ERROR, 20, "Not a directory", path);
            }
            context.env.setCurrentWorkingDirectory(f.getAbsoluteFile());
            return PNone.NONE;
        }
    }

    @Builtin(name = "listdir", signature = "path='.'")
    @GenerateNodeFactory
    public abstract static class ListDirNode extends BuiltinNode.Unary {
        @Specialization
        @TruffleBoundary
        static Object listdir(Object path, @Bind Node node) {
            TruffleFile f = file(KraitContext.get(node), path);
            if (!f.exists()) {
                throw error(BuiltinClasses.FILE_NOT_FOUND_ERROR, 2, "No such file or directory", path);
            }
            if (!f.isDirectory()) {
                throw error(BuiltinClasses.NOT_A_DIRECTORY_ERROR, 20, "Not a directory", path);
            }
            try {
                List<Object> names = new ArrayList<>();
                for (TruffleFile child : f.list()) {
                    names.add(child.getName());
                }
                return new PList(names.toArray());
            } catch (IOException | SecurityException e) {
                throw error(e, path, null);
            }
        }
    }

    @Builtin(name = "mkdir", signature = "path, mode=511")
    @GenerateNodeFactory
    public abstract static class MkdirNode extends BuiltinNode.Binary {
        @Specialization
        @TruffleBoundary
        static Object mkdir(Object path, Object mode, @Bind Node node) {
            try {
                file(KraitContext.get(node), path).createDirectory();
            } catch (IOException | SecurityException e) {
                throw error(e, path, null);
            }
            return PNone.NONE;
        }
    }

    @Builtin(name = "rmdir", signature = "path")
    @GenerateNodeFactory
    public abstract static class RmdirNode extends BuiltinNode.Unary {
        @Specialization
        @TruffleBoundary
        static Object rmdir(Object path, @Bind Node node) {
            TruffleFile f = file(KraitContext.get(node), path);
            if (f.exists() && !f.isDirectory()) {
                throw error(BuiltinClasses.NOT_A_DIRECTORY_ERROR, 20, "Not a directory", path);
            }
            try {
                f.delete();
            } catch (IOException | SecurityException e) {
                throw error(e, path, null);
            }
            return PNone.NONE;
        }
    }

    @Builtin(name = "unlink", signature = "path")
    @GenerateNodeFactory
    public abstract static class UnlinkNode extends BuiltinNode.Unary {
        @Specialization
        @TruffleBoundary
        static Object unlink(Object path, @Bind Node node) {
            TruffleFile f = file(KraitContext.get(node), path);
            if (f.isDirectory()) {
                throw error(BuiltinClasses.IS_A_DIRECTORY_ERROR, 21, "Is a directory", path);
            }
            try {
                f.delete();
            } catch (IOException | SecurityException e) {
                throw error(e, path, null);
            }
            return PNone.NONE;
        }
    }

    @Builtin(name = "rename", signature = "src, dst")
    @GenerateNodeFactory
    public abstract static class RenameNode extends BuiltinNode.Binary {
        @Specialization
        @TruffleBoundary
        static Object rename(Object src, Object dst, @Bind Node node) {
            KraitContext context = KraitContext.get(node);
            try {
                file(context, src).move(file(context, dst), StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException | SecurityException e) {
                throw error(e, src, dst);
            }
            return PNone.NONE;
        }
    }

    private static long seconds(FileTime t) {
        return t.toMillis() / 1000;
    }

    /** (mode, ino, dev, nlink, uid, gid, size, atime, mtime, ctime, atime_ns, mtime_ns, ctime_ns) */
    @Builtin(name = "stat", signature = "path, *, follow_symlinks=True")
    @GenerateNodeFactory
    public abstract static class StatNode extends BuiltinNode.Binary {
        @Specialization
        @TruffleBoundary
        static Object stat(Object path, Object followSymlinks, @Bind Node node) {
            TruffleFile f = file(KraitContext.get(node), path);
            try {
                java.nio.file.LinkOption[] options = PyObjectOps.isTrue(followSymlinks) ? new java.nio.file.LinkOption[0]
                                : new java.nio.file.LinkOption[]{java.nio.file.LinkOption.NOFOLLOW_LINKS};
                if (!f.exists(options)) {
                    throw new NoSuchFileException(f.getPath());
                }
                FileTime atime = f.getLastAccessTime(options);
                FileTime mtime = f.getLastModifiedTime(options);
                FileTime ctime = attribute(f, TruffleFile.UNIX_CTIME, options, mtime);
                return PTuple.of((long) attribute(f, TruffleFile.UNIX_MODE, options, f.isDirectory() ? 040755 : 0100644),
                                attribute(f, TruffleFile.UNIX_INODE, options, 0L), attribute(f, TruffleFile.UNIX_DEV, options, 0L),
                                (long) attribute(f, TruffleFile.UNIX_NLINK, options, 1), (long) attribute(f, TruffleFile.UNIX_UID, options, 0),
                                (long) attribute(f, TruffleFile.UNIX_GID, options, 0), f.size(options), atime.toMillis() / 1000.0, mtime.toMillis() / 1000.0,
                                ctime.toMillis() / 1000.0, seconds(atime), seconds(mtime), seconds(ctime));
            } catch (IOException | SecurityException | UnsupportedOperationException e) {
                throw error(e instanceof UnsupportedOperationException ? new IOException(e.getMessage()) : e, path, null);
            }
        }

        private static <T> T attribute(TruffleFile f, TruffleFile.AttributeDescriptor<T> d, java.nio.file.LinkOption[] options, T fallback) {
            try {
                return f.getAttribute(d, options);
            } catch (IOException | UnsupportedOperationException | SecurityException e) {
                return fallback;
            }
        }
    }

    @Builtin(name = "access", signature = "path, mode")
    @GenerateNodeFactory
    public abstract static class AccessNode extends BuiltinNode.Binary {
        @Specialization
        @TruffleBoundary
        static boolean access(Object path, Object modeArg, @Bind Node node) {
            TruffleFile f = file(KraitContext.get(node), path);
            long mode = PyObjectOps.toIndexValue(modeArg);
            if (!f.exists()) {
                return false;
            }
            return ((mode & 4) == 0 || f.isReadable()) && ((mode & 2) == 0 || f.isWritable()) && ((mode & 1) == 0 || f.isExecutable());
        }
    }

    @Builtin(name = "getpid", signature = "")
    @GenerateNodeFactory
    public abstract static class GetPidNode extends BuiltinNode.Nullary {
        @Specialization
        @TruffleBoundary
        static long getpid() {
            return ProcessHandle.current().pid();
        }
    }

    @Builtin(name = "cpu_count", signature = "")
    @GenerateNodeFactory
    public abstract static class CpuCountNode extends BuiltinNode.Nullary {
        @Specialization
        @TruffleBoundary
        static long cpuCount() {
            return Runtime.getRuntime().availableProcessors();
        }
    }

    @Builtin(name = "urandom", signature = "size, /")
    @GenerateNodeFactory
    public abstract static class UrandomNode extends BuiltinNode.Unary {
        @Specialization
        @TruffleBoundary
        static Object urandom(Object size) {
            long n = PyObjectOps.toIndexValue(size);
            if (n < 0) {
                throw PRaise.valueError(null, "negative argument not allowed");
            }
            if (n > Integer.MAX_VALUE - 16) {
                throw PRaise.memoryError();
            }
            byte[] b = new byte[(int) n];
            new SecureRandom().nextBytes(b);
            return b;
        }
    }

    @Builtin(name = "fspath", signature = "path")
    @GenerateNodeFactory
    public abstract static class FsPathNode extends BuiltinNode.Unary {
        @Specialization
        @TruffleBoundary
        static Object fspath(Object path) {
            if (path instanceof String || path instanceof byte[]) {
                return path;
            }
            Object m = dev.krait.ops.SpecialMethods.lookupUser(path, "__fspath__");
            if (m == null) {
                throw PRaise.typeError(null, "expected str, bytes or os.PathLike object, not %s", PyObjectOps.typeName(path));
            }
            return dev.krait.ops.Calls.callUncached(m, path);
        }
    }

    @Builtin(name = "realpath", signature = "path")
    @GenerateNodeFactory
    public abstract static class RealPathNode extends BuiltinNode.Unary {
        @Specialization
        @TruffleBoundary
        static Object realpath(Object path, @Bind Node node) {
            TruffleFile f = file(KraitContext.get(node), path);
            try {
                return f.getCanonicalFile().getPath();
            } catch (IOException | SecurityException e) {
                return f.getAbsoluteFile().normalize().getPath();
            }
        }
    }
}
