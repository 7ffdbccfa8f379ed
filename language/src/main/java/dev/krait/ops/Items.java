package dev.krait.ops;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.krait.runtime.PDict;
import dev.krait.runtime.PList;
import dev.krait.runtime.PRaise;
import dev.krait.runtime.PRange;
import dev.krait.runtime.PSlice;
import dev.krait.runtime.PTuple;
import dev.krait.runtime.PythonClass;

/** The generic semantics of {@code obj[key]}, {@code obj[key] = v} and {@code del obj[key]}. */
public final class Items {
    private Items() {
    }

    /** Normalizes a possibly negative index; raises IndexError with the type's message when out of range. */
    public static int normalizeIndex(long index, int length, String typeName) {
        long i = index < 0 ? index + length : index;
        if (i < 0 || i >= length) {
            throw PRaise.indexError(null, "%s index out of range", typeName);
        }
        return (int) i;
    }

    /** A user subclass of a builtin type may override the item methods: they win over the builtin behaviour. */
    private static Object userOverride(Object obj, String name) {
        return PyObjectOps.typeOf(obj).isBuiltin() ? null : SpecialMethods.lookupUser(obj, name);
    }

    @TruffleBoundary
    public static Object getItem(Object obj, Object key) {
        if (userOverride(obj, "__getitem__") != null) {
            return SpecialMethods.callMethod(obj, "__getitem__", key);
        }
        return getItemBuiltin(obj, key);
    }

    /** The builtin types' own indexing, without user overrides (list.__getitem__ and friends). */
    @TruffleBoundary
    public static Object getItemBuiltin(Object container, Object key) {
        if (container instanceof dev.krait.runtime.PByteArray ba && key instanceof PSlice) {
            return new dev.krait.runtime.PByteArray((byte[]) getItemBuiltin(ba.toBytes(), key));
        }
        Object obj = PyObjectOps.builtinValue(container);
        if (obj instanceof PList l) {
            if (key instanceof PSlice s) {
                long[] r = PyObjectOps.sliceIndices(s, l.size());
                if (l.isLongStore()) {
                    // Ints stay unboxed: the slice is a long[] list too.
                    long[] longs = new long[(int) r[3]];
                    for (int i = 0; i < longs.length; i++) {
                        longs[i] = l.getLong((int) (r[0] + i * r[2]));
                    }
                    PList slice = new PList();
                    slice.setContents(longs, longs.length);
                    return slice;
                }
                Object[] out = new Object[(int) r[3]];
                for (int i = 0; i < out.length; i++) {
                    out[i] = l.get((int) (r[0] + i * r[2]));
                }
                return new PList(out);
            }
            return l.get(normalizeIndex(sequenceIndex(key, "list"), l.size(), "list"));
        } else if (obj instanceof PTuple t) {
            if (key instanceof PSlice s) {
                long[] r = PyObjectOps.sliceIndices(s, t.size());
                Object[] out = new Object[(int) r[3]];
                for (int i = 0; i < out.length; i++) {
                    out[i] = t.get((int) (r[0] + i * r[2]));
                }
                return new PTuple(out);
            }
            return t.get(normalizeIndex(sequenceIndex(key, "tuple"), t.size(), "tuple"));
        } else if (obj instanceof String s) {
            int length = Strings.codePointLength(s);
            if (key instanceof PSlice slice) {
                long[] r = PyObjectOps.sliceIndices(slice, length);
                if (r[2] == 1) {
                    return Strings.substring(s, (int) r[0], (int) (r[0] + r[3]));
                }
                int[] cps = Strings.codePoints(s);
                StringBuilder sb = new StringBuilder((int) r[3]);
                for (int i = 0; i < r[3]; i++) {
                    sb.appendCodePoint(cps[(int) (r[0] + i * r[2])]);
                }
                return sb.toString();
            }
            return Strings.charAt(s, normalizeIndex(sequenceIndex(key, "string"), length, "string"));
        } else if (obj instanceof PDict d) {
            Object v = d.getStorage().get(key);
            if (v == null) {
                Object missing = SpecialMethods.lookupUser(d, "__missing__");
                if (missing != null) {
                    return SpecialMethods.callMethod(d, "__missing__", key);
                }
                throw PRaise.keyError(null, key);
            }
            return v;
        } else if (obj instanceof PRange r) {
            if (key instanceof PSlice s) {
                long[] idx = PyObjectOps.sliceIndices(s, r.length());
                return new PRange(r.get(idx[0]), r.get(idx[0]) + idx[3] * r.step * idx[2], r.step * idx[2]);
            }
            long n = r.length();
            long i = sequenceIndex(key, "range");
            long j = i < 0 ? i + n : i;
            if (j < 0 || j >= n) {
                throw PRaise.indexError(null, "range object index out of range");
            }
            return r.get(j);
        } else if (obj instanceof byte[] b) {
            if (key instanceof PSlice s) {
                long[] r = PyObjectOps.sliceIndices(s, b.length);
                byte[] out = new byte[(int) r[3]];
                for (int i = 0; i < out.length; i++) {
                    out[i] = b[(int) (r[0] + i * r[2])];
                }
                return out;
            }
            return (long) (b[normalizeIndex(sequenceIndex(key, "byte"), b.length, "index")] & 0xff);
        } else if (obj instanceof PythonClass c) {
            Object classGetItem = c.lookup("__class_getitem__");
            if (classGetItem != null) {
                if (classGetItem instanceof dev.krait.runtime.PFunction) {
                    // A plain function here is implicitly a class method, as in CPython.
                    return Calls.callUncached(classGetItem, c, key);
                }
                return Calls.callUncached(Attributes.lookup(c, "__class_getitem__"), key);
            }
            if (c.isBuiltin()) {
                // list[int] and friends in annotations: Krait has no GenericAlias; return the class itself.
                return c;
            }
        }
        if (SpecialMethods.lookupUser(obj, "__getitem__") != null) {
            return SpecialMethods.callMethod(obj, "__getitem__", key);
        }
        if (obj instanceof PythonClass c) {
            throw PRaise.typeError(null, "type '%s' is not subscriptable", c.name);
        }
        throw PRaise.typeError(null, "'%s' object is not subscriptable", PyObjectOps.typeName(obj));
    }

    private static long sequenceIndex(Object key, String typeName) {
        if (!PyObjectOps.isIndexable(key)) {
            String what = typeName.equals("string") ? "string" : typeName;
            throw PRaise.typeError(null, "%s indices must be integers%s, not %s", what, typeName.equals("range") ? " or slices" : " or slices",
                            PyObjectOps.typeName(key));
        }
        return PyObjectOps.toIndexValue(key);
    }

    @TruffleBoundary
    public static void setItem(Object obj, Object key, Object value) {
        if (userOverride(obj, "__setitem__") != null) {
            SpecialMethods.callMethod(obj, "__setitem__", key, value);
            return;
        }
        setItemBuiltin(obj, key, value);
    }

    /** The builtin types' own item assignment, without user overrides. */
    @TruffleBoundary
    public static void setItemBuiltin(Object obj, Object key, Object value) {
        if (obj instanceof dev.krait.runtime.PByteArray ba && !(key instanceof PSlice)) {
            int i = normalizeIndex(sequenceIndex(key, "bytearray"), ba.size(), "bytearray");
            long v = PyObjectOps.toIndexValue(value);
            if (v < 0 || v > 255) {
                throw PRaise.valueError(null, "byte must be in range(0, 256)");
            }
            ba.set(i, (int) v);
            return;
        }
        if (obj instanceof PList l) {
            if (key instanceof PSlice s) {
                assignSlice(l, s, value);
                return;
            }
            l.set(normalizeIndex(sequenceIndex(key, "list"), l.size(), "list assignment"), value);
            return;
        } else if (obj instanceof PDict d && SpecialMethods.lookupUser(d, "__setitem__") == null) {
            d.getStorage().put(key, value);
            return;
        }
        if (SpecialMethods.lookupUser(obj, "__setitem__") != null) {
            SpecialMethods.callMethod(obj, "__setitem__", key, value);
            return;
        }
        throw PRaise.typeError(null, "'%s' object does not support item assignment", PyObjectOps.typeName(obj));
    }

    private static void assignSlice(PList l, PSlice s, Object value) {
        if (l.isLongStore() && value instanceof PList v && v != l && v.isLongStore()
                        && v.getPythonClass() == dev.krait.runtime.BuiltinClasses.LIST) {
            // Ints into ints, as many as the slice holds (e.g. p[:k + 1] = p[k::-1]): element by element, so the
            // list keeps its long[] storage (the general path below stores objects).
            long[] r = PyObjectOps.sliceIndices(s, l.size());
            long length = r[2] == 1 ? Math.max(r[0], r[1]) - r[0] : r[3];
            if (length == v.size()) {
                for (int i = 0; i < length; i++) {
                    l.setLong((int) (r[0] + i * r[2]), v.getLong(i));
                }
                return;
            }
        }
        Object[] values = PyObjectOps.toArray(value == l ? l.toArray() : value);
        long[] r = PyObjectOps.sliceIndices(s, l.size());
        if (r[2] == 1) {
            int start = (int) r[0];
            int stop = (int) Math.max(r[0], r[1]);
            l.replaceRange(start, stop, values);
            return;
        }
        if (values.length != r[3]) {
            throw PRaise.valueError(null, "attempt to assign sequence of size %d to extended slice of size %d", values.length, r[3]);
        }
        for (int i = 0; i < values.length; i++) {
            l.set((int) (r[0] + i * r[2]), values[i]);
        }
    }

    @TruffleBoundary
    public static void delItem(Object obj, Object key) {
        if (userOverride(obj, "__delitem__") != null) {
            SpecialMethods.callMethod(obj, "__delitem__", key);
            return;
        }
        delItemBuiltin(obj, key);
    }

    /** The builtin types' own item deletion, without user overrides. */
    @TruffleBoundary
    public static void delItemBuiltin(Object obj, Object key) {
        if (obj instanceof PList l) {
            if (key instanceof PSlice s) {
                long[] r = PyObjectOps.sliceIndices(s, l.size());
                if (r[2] == 1) {
                    l.replaceRange((int) r[0], (int) Math.max(r[0], r[1]), new Object[0]);
                    return;
                }
                boolean[] remove = new boolean[l.size()];
                for (int i = 0; i < r[3]; i++) {
                    remove[(int) (r[0] + i * r[2])] = true;
                }
                PList kept = new PList();
                for (int i = 0; i < l.size(); i++) {
                    if (!remove[i]) {
                        kept.append(l.get(i));
                    }
                }
                l.setContents(kept.toArray(), kept.size());
                return;
            }
            l.removeAt(normalizeIndex(sequenceIndex(key, "list"), l.size(), "list assignment"));
            return;
        } else if (obj instanceof PDict d && SpecialMethods.lookupUser(d, "__delitem__") == null) {
            if (d.getStorage().remove(key) == null) {
                throw PRaise.keyError(null, key);
            }
            return;
        }
        if (SpecialMethods.lookupUser(obj, "__delitem__") != null) {
            SpecialMethods.callMethod(obj, "__delitem__", key);
            return;
        }
        throw PRaise.typeError(null, "'%s' object doesn't support item deletion", PyObjectOps.typeName(obj));
    }
}
