package dev.krait.runtime;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import java.lang.ref.WeakReference;

import com.oracle.truffle.api.Assumption;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.Truffle;
import com.oracle.truffle.api.object.Shape;

/**
 * A Python class: builtin types (static, immutable, shared by every context) and, later, user classes. Attribute
 * lookup walks the C3 MRO; {@link #stableAttributes} lets compiled code cache lookups until the class changes.
 */
public final class PythonClass implements PyObject {
    public final String name;
    public final String module;
    public final PythonClass[] bases;
    public final PythonClass[] mro;
    private final Map<String, Object> attributes = new LinkedHashMap<>();
    private final boolean builtin;
    private Assumption stableAttributes;
    public String qualname;
    /** The empty shape of this class's instances (user classes only). */
    private final Shape instanceShape;
    /** Direct subclasses, so that a change to this class also invalidates lookups cached for them. */
    private final List<WeakReference<PythonClass>> subclasses = new ArrayList<>();

    public PythonClass(String name, String module, boolean builtin, PythonClass... bases) {
        this.name = name;
        this.qualname = name;
        this.module = module;
        this.builtin = builtin;
        this.bases = bases;
        this.mro = computeMro(this, bases);
        this.stableAttributes = Truffle.getRuntime().createAssumption(name);
        this.instanceShape = builtin ? null : Shape.newBuilder().build();
        for (PythonClass b : bases) {
            b.subclasses.add(new WeakReference<>(this));
        }
    }

    public Shape getInstanceShape() {
        return instanceShape;
    }

    /** The nearest builtin class in the MRO: what instances are made of (object, list, dict, an exception...). */
    public PythonClass getBuiltinBase() {
        for (PythonClass c : mro) {
            if (c.builtin) {
                return c;
            }
        }
        return BuiltinClasses.OBJECT;
    }

    public boolean isBuiltin() {
        return builtin;
    }

    /** The class's type when it is not {@code type} (a user metaclass), else null. */
    private PythonClass metaclass;

    @Override
    public PythonClass getPythonClass() {
        return metaclass != null ? metaclass : BuiltinClasses.TYPE;
    }

    public void setMetaclass(PythonClass metaclass) {
        this.metaclass = metaclass == BuiltinClasses.TYPE ? null : metaclass;
    }

    public Assumption getStableAttributes() {
        return stableAttributes;
    }

    /** The attribute as found along the MRO, or null. */
    @TruffleBoundary
    public Object lookup(String attr) {
        for (PythonClass c : mro) {
            Object v = c.attributes.get(attr);
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    @TruffleBoundary
    public Object getOwnAttribute(String attr) {
        return attributes.get(attr);
    }

    @TruffleBoundary
    public void setAttribute(String attr, Object value) {
        attributes.put(attr, value);
        invalidate();
    }

    @TruffleBoundary
    public boolean removeAttribute(String attr) {
        boolean had = attributes.remove(attr) != null;
        invalidate();
        return had;
    }

    public Map<String, Object> ownAttributes() {
        return attributes;
    }

    private void invalidate() {
        stableAttributes.invalidate();
        stableAttributes = Truffle.getRuntime().createAssumption(name);
        for (WeakReference<PythonClass> ref : subclasses) {
            PythonClass sub = ref.get();
            if (sub != null) {
                sub.invalidate();
            }
        }
    }

    /** Fills the namespace of a new class without invalidating anything (nobody can have cached it yet). */
    @TruffleBoundary
    public void initAttribute(String attr, Object value) {
        attributes.put(attr, value);
    }

    public boolean isSubclassOf(PythonClass other) {
        for (PythonClass c : mro) {
            if (c == other) {
                return true;
            }
        }
        return false;
    }

    /** The name as shown in messages and reprs: qualified by module for non-builtins. */
    public String getQualifiedName() {
        return builtin || module == null || module.equals("builtins") ? name : module + "." + qualname;
    }

    @Override
    public String toString() {
        return "<class '" + getQualifiedName() + "'>";
    }

    private static PythonClass[] computeMro(PythonClass self, PythonClass[] bases) {
        List<PythonClass> result = new ArrayList<>();
        result.add(self);
        List<List<PythonClass>> sequences = new ArrayList<>();
        for (PythonClass b : bases) {
            sequences.add(new ArrayList<>(List.of(b.mro)));
        }
        sequences.add(new ArrayList<>(List.of(bases)));
        while (true) {
            sequences.removeIf(List::isEmpty);
            if (sequences.isEmpty()) {
                return result.toArray(new PythonClass[0]);
            }
            PythonClass candidate = null;
            for (List<PythonClass> seq : sequences) {
                PythonClass head = seq.get(0);
                boolean inTail = false;
                for (List<PythonClass> other : sequences) {
                    if (other.indexOf(head) > 0) {
                        inTail = true;
                        break;
                    }
                }
                if (!inTail) {
                    candidate = head;
                    break;
                }
            }
            if (candidate == null) {
                throw new MroConflict(bases);
            }
            result.add(candidate);
            for (List<PythonClass> seq : sequences) {
                if (!seq.isEmpty() && seq.get(0) == candidate) {
                    seq.remove(0);
                }
            }
        }
    }

    /** Raised by the constructor when the bases admit no consistent C3 linearization. */
    public static final class MroConflict extends RuntimeException {
        private static final long serialVersionUID = 1L;
        public final PythonClass[] bases;

        MroConflict(PythonClass[] bases) {
            super("Cannot create a consistent method resolution order (MRO)", null, false, false);
            this.bases = bases;
        }
    }
}
