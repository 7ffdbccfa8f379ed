package dev.krait.builtins.modules;

import java.util.List;

import com.oracle.truffle.api.dsl.NodeFactory;

import dev.krait.builtins.BuiltinNode;
import dev.krait.builtins.BuiltinRegistry;
import dev.krait.runtime.BuiltinClasses;
import dev.krait.runtime.PBuiltinFunction;
import dev.krait.runtime.PNone;
import dev.krait.runtime.PythonClass;

/**
 * Classes of library modules whose instances are Java objects (collections.deque, io.StringIO, random.Random,
 * array.array...). They are made as ordinary (non-builtin) classes whose methods happen to be Java builtins: the
 * interpreter then finds their special methods ({@code __len__}, {@code __iter__}, {@code __getitem__}, ...) the way
 * it finds those of user classes, user code can subclass them, and their repr is {@code <class 'module.Name'>} as in
 * CPython. Calling such a class calls its {@code __new__} builtin, which makes the Java object for the (sub)class.
 */
public final class LibraryTypes {
    private LibraryTypes() {
    }

    public static PythonClass define(String module, String name, List<? extends NodeFactory<? extends BuiltinNode>> methods, PythonClass... bases) {
        PythonClass cls = new PythonClass(name, module, false, bases.length == 0 ? new PythonClass[]{BuiltinClasses.OBJECT} : bases);
        for (NodeFactory<? extends BuiltinNode> f : methods) {
            PBuiltinFunction fn = BuiltinRegistry.create(f, cls, module);
            cls.initAttribute(fn.name, fn);
        }
        cls.initAttribute("__doc__", PNone.NONE);
        // CPython's C types name themselves with their module in messages ('collections.deque' object ...).
        cls.errorName = module + "." + name;
        return cls;
    }

    /** Marks a mutable type as unhashable (CPython's types set tp_hash to NULL when they define equality). */
    public static PythonClass unhashable(PythonClass cls) {
        cls.initAttribute("__hash__", PNone.NONE);
        return cls;
    }
}
