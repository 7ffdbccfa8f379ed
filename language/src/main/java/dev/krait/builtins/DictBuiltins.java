package dev.krait.builtins;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.krait.ops.Attributes;
import dev.krait.ops.Calls;
import dev.krait.ops.Items;
import dev.krait.ops.PyObjectOps;
import dev.krait.ops.Repr;
import dev.krait.runtime.BuiltinClasses;
import dev.krait.runtime.DictStorage;
import dev.krait.runtime.Hashing;
import dev.krait.runtime.Iterators;
import dev.krait.runtime.PDict;
import dev.krait.runtime.PDictView;
import dev.krait.runtime.PException;
import dev.krait.runtime.PNone;
import dev.krait.runtime.PRaise;
import dev.krait.runtime.PTuple;

/** The methods of dict. */
@GenerateNodeFactory
public final class DictBuiltins {
    private DictBuiltins() {
    }

    /** dict.update(other): from a dict, a mapping with keys(), or an iterable of pairs. */
    @TruffleBoundary
    static void updateFrom(PDict target, Object other) {
        if (other instanceof PDict d) {
            DictStorage s = d.getStorage();
            for (int p = 0; p < s.limit(); p++) {
                Object k = s.keyAt(p);
                if (k != null) {
                    target.getStorage().put(k, s.hashAt(p), s.valueAt(p));
                }
            }
            return;
        }
        Object keys = Attributes.lookup(other, "keys");
        if (keys != null) {
            for (Object k : PyObjectOps.toArray(Calls.callUncached(keys))) {
                target.put(k, Items.getItem(other, k));
            }
            return;
        }
        Object it = PyObjectOps.getIter(other);
        Object element;
        int index = 0;
        while ((element = PyObjectOps.next(it)) != null) {
            Object[] pair;
            try {
                pair = PyObjectOps.toArray(element);
            } catch (PException e) {
                if (e.getException().getPythonClass() == BuiltinClasses.TYPE_ERROR) {
                    throw PRaise.typeError(null, "cannot convert dictionary update sequence element #%d to a sequence", index);
                }
                throw e;
            }
            if (pair.length != 2) {
                throw PRaise.valueError(null, "dictionary update sequence element #%d has length %d; 2 is required", index, pair.length);
            }
            target.put(pair[0], pair[1]);
            index++;
        }
    }

    @TruffleBoundary
    static void updateWith(String name, PDict target, PTuple args, Object kwargs) {
        if (args.size() > 1) {
            throw PRaise.typeError(null, "%s expected at most 1 argument, got %d", name, args.size());
        }
        if (args.size() == 1) {
            updateFrom(target, args.get(0));
        }
        if (kwargs instanceof PDict kw && kw.size() > 0) {
            updateFrom(target, kw);
        }
    }

    @Builtin(name = "__new__", signature = "cls, *args, **kwargs", isStatic = true)
    @GenerateNodeFactory
    public abstract static class NewNode extends BuiltinNode.Ternary {
        @Specialization
        static Object create(Object cls, Object args, Object kwargs) {
            PDict d = new PDict();
            updateWith("dict", d, (PTuple) args, kwargs);
            return d;
        }
    }

    @Builtin(name = "fromkeys", signature = "iterable, value=None, /", isStatic = true)
    @GenerateNodeFactory
    public abstract static class FromKeysNode extends BuiltinNode.Binary {
        @Specialization
        @TruffleBoundary
        static Object fromkeys(Object iterable, Object value) {
            PDict d = new PDict();
            Object it = PyObjectOps.getIter(iterable);
            Object k;
            while ((k = PyObjectOps.next(it)) != null) {
                d.put(k, value);
            }
            return d;
        }
    }

    @Builtin(name = "update", signature = "self, *args, **kwargs")
    @GenerateNodeFactory
    public abstract static class UpdateNode extends BuiltinNode.Ternary {
        @Specialization
        static Object update(PDict self, Object args, Object kwargs) {
            updateWith("update", self, (PTuple) args, kwargs);
            return PNone.NONE;
        }
    }

    @Builtin(name = "keys", signature = "self, /")
    @GenerateNodeFactory
    public abstract static class KeysNode extends BuiltinNode.Unary {
        @Specialization
        static Object keys(PDict self) {
            return new PDictView(self, Iterators.DictIterKind.KEYS);
        }
    }

    @Builtin(name = "values", signature = "self, /")
    @GenerateNodeFactory
    public abstract static class ValuesNode extends BuiltinNode.Unary {
        @Specialization
        static Object values(PDict self) {
            return new PDictView(self, Iterators.DictIterKind.VALUES);
        }
    }

    @Builtin(name = "items", signature = "self, /")
    @GenerateNodeFactory
    public abstract static class ItemsNode extends BuiltinNode.Unary {
        @Specialization
        static Object items(PDict self) {
            return new PDictView(self, Iterators.DictIterKind.ITEMS);
        }
    }

    @Builtin(name = "get", signature = "self, key, default=None, /")
    @GenerateNodeFactory
    public abstract static class GetNode extends BuiltinNode.Ternary {
        @Specialization
        static Object get(PDict self, Object key, Object dflt) {
            Object v = self.get(key);
            return v == null ? dflt : v;
        }
    }

    @Builtin(name = "setdefault", signature = "self, key, default=None, /")
    @GenerateNodeFactory
    public abstract static class SetDefaultNode extends BuiltinNode.Ternary {
        @Specialization
        @TruffleBoundary
        static Object setdefault(PDict self, Object key, Object dflt) {
            long h = Hashing.hash(key);
            Object v = self.getStorage().get(key, h);
            if (v != null) {
                return v;
            }
            self.getStorage().put(key, h, dflt);
            return dflt;
        }
    }

    @Builtin(name = "pop", signature = "self, key, default=?, /")
    @GenerateNodeFactory
    public abstract static class PopNode extends BuiltinNode.Ternary {
        @Specialization
        static Object pop(PDict self, Object key, Object dflt) {
            Object v = self.getStorage().remove(key);
            if (v == null) {
                if (dflt == PNone.NO_VALUE) {
                    throw PRaise.keyError(null, key);
                }
                return dflt;
            }
            return v;
        }
    }

    @Builtin(name = "popitem", signature = "self, /")
    @GenerateNodeFactory
    public abstract static class PopItemNode extends BuiltinNode.Unary {
        @Specialization
        @TruffleBoundary
        static Object popitem(PDict self) {
            DictStorage s = self.getStorage();
            int p = s.lastPosition();
            if (p < 0) {
                throw PRaise.keyError(null, "popitem(): dictionary is empty");
            }
            Object key = s.keyAt(p);
            Object value = s.valueAt(p);
            s.remove(key, s.hashAt(p));
            return PTuple.of(key, value);
        }
    }

    @Builtin(name = "copy", signature = "self, /")
    @GenerateNodeFactory
    public abstract static class CopyNode extends BuiltinNode.Unary {
        @Specialization
        static Object copy(PDict self) {
            return new PDict(self.getStorage().copy());
        }
    }

    @Builtin(name = "clear", signature = "self, /")
    @GenerateNodeFactory
    public abstract static class ClearNode extends BuiltinNode.Unary {
        @Specialization
        static Object clear(PDict self) {
            self.getStorage().clear();
            return PNone.NONE;
        }
    }

    // ------------------------------------------------------------------ special methods as methods

    @Builtin(name = "__len__", signature = "self, /")
    @GenerateNodeFactory
    public abstract static class LenNode extends BuiltinNode.Unary {
        @Specialization
        static long len(PDict self) {
            return self.size();
        }
    }

    @Builtin(name = "__getitem__", signature = "self, key, /")
    @GenerateNodeFactory
    public abstract static class GetItemNode extends BuiltinNode.Binary {
        @Specialization
        static Object getItem(PDict self, Object key) {
            Object v = self.get(key);
            if (v == null) {
                throw PRaise.keyError(null, key);
            }
            return v;
        }
    }

    @Builtin(name = "__setitem__", signature = "self, key, value, /")
    @GenerateNodeFactory
    public abstract static class SetItemNode extends BuiltinNode.Ternary {
        @Specialization
        static Object setItem(PDict self, Object key, Object value) {
            self.put(key, value);
            return PNone.NONE;
        }
    }

    @Builtin(name = "__delitem__", signature = "self, key, /")
    @GenerateNodeFactory
    public abstract static class DelItemNode extends BuiltinNode.Binary {
        @Specialization
        static Object delItem(PDict self, Object key) {
            if (self.getStorage().remove(key) == null) {
                throw PRaise.keyError(null, key);
            }
            return PNone.NONE;
        }
    }

    @Builtin(name = "__contains__", signature = "self, key, /")
    @GenerateNodeFactory
    public abstract static class ContainsNode extends BuiltinNode.Binary {
        @Specialization
        static boolean contains(PDict self, Object key) {
            return self.getStorage().containsKey(key);
        }
    }

    @Builtin(name = "__iter__", signature = "self, /")
    @GenerateNodeFactory
    public abstract static class IterNode extends BuiltinNode.Unary {
        @Specialization
        static Object iter(PDict self) {
            return PyObjectOps.getIter(self);
        }
    }

    @Builtin(name = "__reversed__", signature = "self, /")
    @GenerateNodeFactory
    public abstract static class ReversedNode extends BuiltinNode.Unary {
        @Specialization
        static Object reversed(PDict self) {
            return ReversedBuiltins.NewNode.reversedOf(self);
        }
    }

    @Builtin(name = "__repr__", signature = "self, /")
    @GenerateNodeFactory
    public abstract static class ReprNode extends BuiltinNode.Unary {
        @Specialization
        static Object repr(PDict self) {
            return Repr.repr(self);
        }
    }
}
