package dev.krait.builtins.modules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.krait.builtins.Builtin;
import dev.krait.builtins.BuiltinNode;
import dev.krait.ops.PyObjectOps;
import dev.krait.ops.Repr;
import dev.krait.runtime.Iterators;
import dev.krait.runtime.KraitContext;
import dev.krait.runtime.PDict;
import dev.krait.runtime.PList;
import dev.krait.runtime.PModule;
import dev.krait.runtime.PNone;
import dev.krait.runtime.PRaise;
import dev.krait.runtime.PTuple;
import dev.krait.runtime.PythonClass;

/**
 * sys.modules: a live mapping over the import system's module table, so that what the program reads, adds or removes
 * is what import sees.
 */
@GenerateNodeFactory
public final class ModulesView extends LibraryObject {
    static final PythonClass TYPE = LibraryTypes.define("sys", "modules_dict", ModulesViewFactory.getFactories());

    static {
        TYPE.errorName = "dict";
    }

    private final Map<String, PModule> modules;

    ModulesView(KraitContext context) {
        super(TYPE);
        this.modules = context.modules;
    }

    static String key(Object name) {
        if (!(name instanceof String s)) {
            throw PRaise.keyError(null, name);
        }
        return s;
    }

    @TruffleBoundary
    PDict snapshot() {
        PDict d = new PDict();
        modules.forEach(d::put);
        return d;
    }

    @Builtin(name = "__getitem__", signature = "self, key, /")
    @GenerateNodeFactory
    public abstract static class GetItemNode extends BuiltinNode.Binary {
        @Specialization
        @TruffleBoundary
        static Object get(ModulesView self, Object key) {
            PModule m = key instanceof String s ? self.modules.get(s) : null;
            if (m == null) {
                throw PRaise.keyError(null, key);
            }
            return m;
        }
    }

    @Builtin(name = "__setitem__", signature = "self, key, value, /")
    @GenerateNodeFactory
    public abstract static class SetItemNode extends BuiltinNode.Ternary {
        @Specialization
        @TruffleBoundary
        static Object set(ModulesView self, Object key, Object value) {
            if (!(value instanceof PModule m)) {
                throw PRaise.typeError(null, "Krait's sys.modules holds modules only, not '%s'", PyObjectOps.typeName(value));
            }
            self.modules.put(key(key), m);
            return PNone.NONE;
        }
    }

    @Builtin(name = "__delitem__", signature = "self, key, /")
    @GenerateNodeFactory
    public abstract static class DelItemNode extends BuiltinNode.Binary {
        @Specialization
        @TruffleBoundary
        static Object del(ModulesView self, Object key) {
            if (self.modules.remove(key(key)) == null) {
                throw PRaise.keyError(null, key);
            }
            return PNone.NONE;
        }
    }

    @Builtin(name = "__contains__", signature = "self, key, /")
    @GenerateNodeFactory
    public abstract static class ContainsNode extends BuiltinNode.Binary {
        @Specialization
        @TruffleBoundary
        static boolean contains(ModulesView self, Object key) {
            return key instanceof String s && self.modules.containsKey(s);
        }
    }

    @Builtin(name = "__len__", signature = "self, /")
    @GenerateNodeFactory
    public abstract static class LenNode extends BuiltinNode.Unary {
        @Specialization
        @TruffleBoundary
        static long len(ModulesView self) {
            return self.modules.size();
        }
    }

    @Builtin(name = "__iter__", signature = "self, /")
    @GenerateNodeFactory
    public abstract static class IterNode extends BuiltinNode.Unary {
        @Specialization
        @TruffleBoundary
        static Object iter(ModulesView self) {
            return new Iterators.ArrayIterator(self.modules.keySet().toArray());
        }
    }

    @Builtin(name = "get", signature = "self, key, default=None, /")
    @GenerateNodeFactory
    public abstract static class GetNode extends BuiltinNode.Ternary {
        @Specialization
        @TruffleBoundary
        static Object get(ModulesView self, Object key, Object dflt) {
            PModule m = key instanceof String s ? self.modules.get(s) : null;
            return m == null ? dflt : m;
        }
    }

    @Builtin(name = "pop", signature = "self, key, default=?, /")
    @GenerateNodeFactory
    public abstract static class PopNode extends BuiltinNode.Ternary {
        @Specialization
        @TruffleBoundary
        static Object pop(ModulesView self, Object key, Object dflt) {
            PModule m = key instanceof String s ? self.modules.remove(s) : null;
            if (m == null) {
                if (dflt == PNone.NO_VALUE) {
                    throw PRaise.keyError(null, key);
                }
                return dflt;
            }
            return m;
        }
    }

    @Builtin(name = "keys", signature = "self, /")
    @GenerateNodeFactory
    public abstract static class KeysNode extends BuiltinNode.Unary {
        @Specialization
        @TruffleBoundary
        static Object keys(ModulesView self) {
            return new PList(self.modules.keySet().toArray());
        }
    }

    @Builtin(name = "values", signature = "self, /")
    @GenerateNodeFactory
    public abstract static class ValuesNode extends BuiltinNode.Unary {
        @Specialization
        @TruffleBoundary
        static Object values(ModulesView self) {
            return new PList(self.modules.values().toArray());
        }
    }

    @Builtin(name = "items", signature = "self, /")
    @GenerateNodeFactory
    public abstract static class ItemsNode extends BuiltinNode.Unary {
        @Specialization
        @TruffleBoundary
        static Object items(ModulesView self) {
            List<Object> out = new ArrayList<>();
            self.modules.forEach((k, v) -> out.add(PTuple.of(k, v)));
            return new PList(out.toArray());
        }
    }

    @Builtin(name = "copy", signature = "self, /")
    @GenerateNodeFactory
    public abstract static class CopyNode extends BuiltinNode.Unary {
        @Specialization
        static Object copy(ModulesView self) {
            return self.snapshot();
        }
    }

    @Builtin(name = "__repr__", signature = "self, /")
    @GenerateNodeFactory
    public abstract static class ReprNode extends BuiltinNode.Unary {
        @Specialization
        @TruffleBoundary
        static Object repr(ModulesView self) {
            return Repr.repr(self.snapshot());
        }
    }
}
