package dev.krait.ops;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleFile;
import com.oracle.truffle.api.source.Source;

import dev.krait.KraitLanguage;
import dev.krait.builtins.BuiltinModules;
import dev.krait.nodes.ModuleCompiler;
import dev.krait.parser.PythonSyntaxError;
import dev.krait.runtime.BuiltinClasses;
import dev.krait.runtime.KraitContext;
import dev.krait.runtime.PBaseException;
import dev.krait.runtime.PException;
import dev.krait.runtime.PList;
import dev.krait.runtime.PModule;
import dev.krait.runtime.PNone;
import dev.krait.runtime.PRaise;
import dev.krait.runtime.PTuple;
import dev.krait.runtime.TracebackPrinter;

/**
 * The import system, shared by both engines: {@code sys.modules} caching, Java modules, then Python files found on the
 * search path (the main script's folder, then Krait's own library shipped inside the language jar), packages with
 * {@code __init__.py}, relative imports.
 */
public final class Importer {
    private Importer() {
    }

    /** Search-path entries with this prefix name folders of Krait's library inside the jar. */
    public static final String LIBRARY_ROOT = "<krait-lib>";
    private static final String LIBRARY_RESOURCES = "/dev/krait/lib";

    /**
     * {@code import a.b.c [as n]}: imports every prefix and returns what the statement binds: the top-level module,
     * or the named module itself with {@code as}.
     */
    @TruffleBoundary
    public static Object importName(KraitContext context, String name, int level, PModule importer, boolean bindsLeaf) {
        String full = resolve(name, level, importer);
        PModule leaf = importModule(context, full);
        if (bindsLeaf || level > 0) {
            return leaf;
        }
        return context.modules.get(full.split("\\.")[0]);
    }

    /** {@code from m import name}: an attribute of the module, else its submodule. */
    @TruffleBoundary
    public static Object importFrom(KraitContext context, PModule module, String name) {
        Object v = Attributes.lookup(module, name);
        if (v != null) {
            return v;
        }
        if (module.get("__path__") != null) {
            try {
                return importModule(context, module.name + "." + name);
            } catch (PException e) {
                if (!e.getException().getPythonClass().isSubclassOf(BuiltinClasses.MODULE_NOT_FOUND_ERROR)) {
                    throw e;
                }
            }
        }
        Object file = module.get("__file__");
        String where = file == null ? "unknown location" : Repr.str(file);
        PBaseException exc = new PBaseException(BuiltinClasses.IMPORT_ERROR,
                        PTuple.of("cannot import name '" + name + "' from '" + module.name + "' (" + where + ")"));
        exc.setAttribute("name", module.name);
        throw PRaise.raise(exc, null);
    }

    /** {@code from m import *}: the names in {@code __all__}, else every name not starting with an underscore. */
    @TruffleBoundary
    public static void importStar(KraitContext context, PModule from, PModule into) {
        Object all = from.get("__all__");
        if (all != null) {
            for (Object n : PyObjectOps.toArray(all)) {
                String id = Repr.str(n);
                into.set(id, importFrom(context, from, id));
            }
            return;
        }
        for (Map.Entry<String, Object> e : from.boundNames().entrySet()) {
            if (!e.getKey().startsWith("_")) {
                into.set(e.getKey(), e.getValue());
            }
        }
    }

    /** The absolute module name of a (possibly relative) import in {@code importer}. */
    public static String resolve(String name, int level, PModule importer) {
        if (level == 0) {
            return name;
        }
        return resolveIn(name, level, importer.get("__package__"));
    }

    /** The absolute module name of a relative import from package {@code pkg} (the importer's __package__). */
    public static String resolveIn(String name, int level, Object pkg) {
        String packageName = pkg instanceof String s ? s : null;
        if (packageName == null || packageName.isEmpty()) {
            throw PRaise.error(null, BuiltinClasses.IMPORT_ERROR, "attempted relative import with no known parent package");
        }
        String[] parts = packageName.split("\\.");
        if (level - 1 >= parts.length) {
            throw PRaise.error(null, BuiltinClasses.IMPORT_ERROR, "attempted relative import beyond top-level package");
        }
        String base = String.join(".", java.util.Arrays.copyOf(parts, parts.length - (level - 1)));
        return name.isEmpty() ? base : base + "." + name;
    }

    /** Imports a module by absolute dotted name (and its parents first); returns it. */
    @TruffleBoundary
    public static PModule importModule(KraitContext context, String full) {
        PModule cached = context.modules.get(full);
        if (cached != null) {
            return cached;
        }
        int dot = full.lastIndexOf('.');
        List<String> searchPath;
        if (dot < 0) {
            PModule builtin = BuiltinModules.create(full, context);
            if (builtin != null) {
                context.modules.put(full, builtin);
                return builtin;
            }
            searchPath = currentSearchPath(context);
        } else {
            PModule parent = importModule(context, full.substring(0, dot));
            cached = context.modules.get(full);
            if (cached != null) {
                return cached;
            }
            Object path = parent.get("__path__");
            if (path == null) {
                throw notFound(full, "No module named '" + full + "'; '" + parent.name + "' is not a package");
            }
            searchPath = java.util.Arrays.stream(PyObjectOps.toArray(path)).map(Repr::str).toList();
        }
        String lastPart = full.substring(dot + 1);
        for (String dir : searchPath) {
            String packageInit = dir + "/" + lastPart + "/__init__.py";
            String moduleFile = dir + "/" + lastPart + ".py";
            String text = read(context, packageInit);
            PModule loaded = null;
            if (text != null) {
                loaded = execute(context, full, packageInit, text, dir + "/" + lastPart);
            } else {
                text = read(context, moduleFile);
                if (text != null) {
                    loaded = execute(context, full, moduleFile, text, null);
                }
            }
            if (loaded != null) {
                if (dot >= 0) {
                    // A submodule becomes an attribute of its package.
                    context.modules.get(full.substring(0, dot)).set(lastPart, loaded);
                }
                return loaded;
            }
        }
        throw notFound(full, "No module named '" + full + "'");
    }

    private static PException notFound(String name, String message) {
        PBaseException exc = new PBaseException(BuiltinClasses.MODULE_NOT_FOUND_ERROR, PTuple.of(message));
        exc.setAttribute("name", name);
        return PRaise.raise(exc, null);
    }

    /**
     * Where top-level modules are looked for: {@code sys.path} as the program has left it (appending or inserting
     * folders works, as in CPython; an empty entry is the current folder), or the initial path before {@code sys}
     * exists.
     */
    private static List<String> currentSearchPath(KraitContext context) {
        PModule sys = context.modules.get("sys");
        if (sys != null && sys.get("path") instanceof PList path) {
            List<String> folders = new java.util.ArrayList<>();
            for (Object entry : path.toArray()) {
                if (entry instanceof String folder) {
                    folders.add(folder.isEmpty() ? "." : folder);
                }
            }
            return folders;
        }
        return context.searchPath();
    }

    /** The text of a file on the search path, or null when there is no such file. */
    private static String read(KraitContext context, String path) {
        if (path.startsWith(LIBRARY_ROOT + "/")) {
            String resource = LIBRARY_RESOURCES + path.substring(LIBRARY_ROOT.length());
            try (InputStream in = KraitLanguage.class.getResourceAsStream(resource)) {
                return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                return null;
            }
        }
        try {
            TruffleFile file = context.env.getPublicTruffleFile(path);
            if (!file.isRegularFile()) {
                return null;
            }
            return new String(file.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException | SecurityException | UnsupportedOperationException | IllegalArgumentException e) {
            return null;
        }
    }

    private static PModule execute(KraitContext context, String name, String path, String text, String packageDir) {
        PModule module = new PModule(name);
        module.set("__name__", name);
        module.set("__file__", path);
        module.set("__doc__", PNone.NONE);
        module.set("__builtins__", context.builtins);
        if (packageDir != null) {
            module.set("__path__", new PList(new Object[]{packageDir}));
            module.set("__package__", name);
        } else {
            int dot = name.lastIndexOf('.');
            module.set("__package__", dot < 0 ? "" : name.substring(0, dot));
        }
        context.modules.put(name, module);
        context.registerSource(path, text);
        Source source = Source.newBuilder(KraitLanguage.ID, text, path).build();
        try {
            ModuleCompiler.compile(context.language, context, source, module).getCallTarget().call();
        } catch (PythonSyntaxError e) {
            context.modules.remove(name);
            throw PRaise.raise(TracebackPrinter.toPythonException(e), null);
        } catch (PException e) {
            context.modules.remove(name);
            throw e;
        }
        return module;
    }
}
