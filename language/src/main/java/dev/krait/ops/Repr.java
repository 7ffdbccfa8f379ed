package dev.krait.ops;

import java.math.BigInteger;
import java.util.IdentityHashMap;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.krait.runtime.BuiltinClasses;
import dev.krait.runtime.DictStorage;
import dev.krait.runtime.PBaseException;
import dev.krait.runtime.PBoundMethod;
import dev.krait.runtime.PBuiltinFunction;
import dev.krait.runtime.PDict;
import dev.krait.runtime.PDictView;
import dev.krait.runtime.PEllipsis;
import dev.krait.runtime.PFunction;
import dev.krait.runtime.PList;
import dev.krait.runtime.PModule;
import dev.krait.runtime.PNone;
import dev.krait.runtime.PNotImplemented;
import dev.krait.runtime.PRange;
import dev.krait.runtime.PRaise;
import dev.krait.runtime.PSet;
import dev.krait.runtime.PSlice;
import dev.krait.runtime.PTuple;
import dev.krait.runtime.PythonClass;
import dev.krait.runtime.SetStorage;

/** repr() and str() of every builtin type, with CPython's exact text; user classes dispatch to their methods. */
public final class Repr {
    private Repr() {
    }

    /** Containers being printed on this thread, for "[...]" on self-reference. */
    private static final ThreadLocal<IdentityHashMap<Object, Boolean>> IN_PROGRESS = ThreadLocal.withInitial(IdentityHashMap::new);

    @TruffleBoundary
    public static String repr(Object o) {
        if (o instanceof String s) {
            return reprString(s);
        } else if (o instanceof Long) {
            return o.toString();
        } else if (o instanceof BigInteger big) {
            return IntStrLimit.toDecimal(big);
        } else if (o instanceof Boolean b) {
            return b ? "True" : "False";
        } else if (o instanceof Double d) {
            return FloatFormat.repr(d);
        } else if (o == PNone.NONE) {
            return "None";
        }
        Object special = SpecialMethods.callIfDefined(o, "__repr__");
        if (special != null) {
            if (!(special instanceof String s)) {
                throw PRaise.typeError(null, "__repr__ returned non-string (type %s)", PyObjectOps.typeName(special));
            }
            return s;
        }
        return reprBuiltin(o);
    }

    /** The builtin type's own repr, never a user override (what list.__repr__ and friends return). */
    @TruffleBoundary
    public static String reprOwn(Object o) {
        if (o instanceof String || o instanceof Long || o instanceof java.math.BigInteger || o instanceof Boolean || o instanceof Double || o == PNone.NONE) {
            return repr(o);
        }
        return reprBuiltin(o);
    }

    /** The builtin str() of an exception, never a user override (BaseException.__str__). */
    @TruffleBoundary
    public static String strOwn(Object o) {
        if (o instanceof PBaseException e) {
            return strException(e);
        }
        return reprOwn(o);
    }

    private static String reprBuiltin(Object o) {
        if (o instanceof dev.krait.runtime.PByteArray ba) {
            return "bytearray(" + reprBytes(ba.toBytes()) + ")";
        }
        if (PyObjectOps.builtinValue(o) != o) {
            return repr(PyObjectOps.builtinValue(o));
        }
        if (o instanceof PList || o instanceof PTuple || o instanceof PDict || o instanceof PSet) {
            IdentityHashMap<Object, Boolean> active = IN_PROGRESS.get();
            if (active.containsKey(o)) {
                return o instanceof PList ? "[...]" : o instanceof PDict ? "{...}" : "(...)";
            }
            active.put(o, Boolean.TRUE);
            try {
                return reprContainer(o);
            } finally {
                active.remove(o);
            }
        } else if (o instanceof PythonClass c) {
            return c.toString();
        } else if (o instanceof PFunction f) {
            return "<function " + f.qualname + " at " + address(f) + ">";
        } else if (o instanceof PBuiltinFunction f) {
            if (f.owner != null) {
                return "<method '" + f.name + "' of '" + f.owner.name + "' objects>";
            }
            return "<built-in function " + f.name + ">";
        } else if (o instanceof PBoundMethod m) {
            if (m.function instanceof PBuiltinFunction f) {
                return "<built-in method " + f.name + " of " + PyObjectOps.typeName(m.self) + " object at " + address(m.self) + ">";
            }
            String name = m.function instanceof PFunction f ? f.qualname : "?";
            return "<bound method " + name + " of " + repr(m.self) + ">";
        } else if (o instanceof PBaseException e) {
            return reprException(e);
        } else if (o instanceof PDictView v) {
            // dict_keys([...]), dict_values([...]), dict_items([...]): the view's name around the list of its items.
            return v.getPythonClass().name + "(" + repr(new PList(PyObjectOps.toArray(v))) + ")";
        } else if (o instanceof PRange r) {
            return r.step == 1 ? "range(" + r.start + ", " + r.stop + ")" : "range(" + r.start + ", " + r.stop + ", " + r.step + ")";
        } else if (o instanceof PSlice s) {
            return "slice(" + repr(s.start) + ", " + repr(s.stop) + ", " + repr(s.step) + ")";
        } else if (o instanceof PModule m) {
            return "<module '" + m.name + "'" + (m.name.equals("builtins") ? " (built-in)" : "") + ">";
        } else if (o == PEllipsis.INSTANCE) {
            return "Ellipsis";
        } else if (o == PNotImplemented.INSTANCE) {
            return "NotImplemented";
        } else if (o instanceof byte[] bytes) {
            return reprBytes(bytes);
        }
        PythonClass c = PyObjectOps.typeOf(o);
        return "<" + c.getQualifiedName() + " object at " + address(o) + ">";
    }

    @TruffleBoundary
    public static String address(Object o) {
        return String.format("0x%012x", PyObjectOps.id(o));
    }

    private static String reprContainer(Object o) {
        StringBuilder sb = new StringBuilder();
        if (o instanceof PList l) {
            sb.append('[');
            for (int i = 0; i < l.size(); i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                sb.append(repr(l.get(i)));
            }
            sb.append(']');
            return sb.toString();
        } else if (o instanceof PTuple t) {
            sb.append('(');
            for (int i = 0; i < t.size(); i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                sb.append(repr(t.get(i)));
            }
            if (t.size() == 1) {
                sb.append(',');
            }
            sb.append(')');
            return sb.toString();
        } else if (o instanceof PDict d) {
            sb.append('{');
            DictStorage s = d.getStorage();
            boolean first = true;
            for (int p = 0; p < s.limit(); p++) {
                Object k = s.keyAt(p);
                if (k == null) {
                    continue;
                }
                if (!first) {
                    sb.append(", ");
                }
                first = false;
                sb.append(repr(k)).append(": ").append(repr(s.valueAt(p)));
            }
            sb.append('}');
            return sb.toString();
        }
        PSet set = (PSet) o;
        String typeName = set.getPythonClass().name;
        if (set.size() == 0) {
            return typeName + "()";
        }
        boolean frozen = set.isFrozen();
        if (frozen) {
            sb.append(typeName).append("(");
        }
        sb.append('{');
        SetStorage s = set.getStorage();
        boolean first = true;
        for (int p = 0; p < s.limit(); p++) {
            Object k = s.keyAt(p);
            if (k == null) {
                continue;
            }
            if (!first) {
                sb.append(", ");
            }
            first = false;
            sb.append(repr(k));
        }
        sb.append('}');
        if (frozen) {
            sb.append(')');
        }
        return sb.toString();
    }

    private static String reprException(PBaseException e) {
        PTuple args = e.getArgs();
        String name = e.getPythonClass().name;
        if (args.size() == 1) {
            return name + "(" + repr(args.get(0)) + ")";
        }
        return name + repr(args);
    }

    @TruffleBoundary
    public static String str(Object o) {
        if (o instanceof String s) {
            return s;
        } else if (o instanceof Long || o instanceof BigInteger || o instanceof Boolean || o instanceof Double || o == PNone.NONE) {
            return repr(o);
        }
        Object special = SpecialMethods.callIfDefined(o, "__str__");
        if (special != null) {
            if (!(special instanceof String s)) {
                throw PRaise.typeError(null, "__str__ returned non-string (type %s)", PyObjectOps.typeName(special));
            }
            return s;
        }
        if (o instanceof PBaseException e) {
            return strException(e);
        }
        // str has its own __str__; int and float have none, so theirs is object.__str__, which calls repr.
        if (o instanceof dev.krait.runtime.PInstance && PyObjectOps.builtinValue(o) instanceof String s) {
            return s;
        }
        return repr(o);
    }

    private static String strException(PBaseException e) {
        PTuple args = e.getArgs();
        if (args.size() == 0) {
            return "";
        }
        if (args.size() >= 2 && args.size() <= 5 && e.getPythonClass().isSubclassOf(BuiltinClasses.OS_ERROR)) {
            // OSError(errno, strerror[, filename]): "[Errno 2] No such file or directory: 'x'"
            Object filename = e.getAttribute("filename");
            if (filename == null && args.size() >= 3) {
                filename = args.get(2);
            }
            String base = "[Errno " + str(args.get(0)) + "] " + str(args.get(1));
            if (filename == null || filename == PNone.NONE) {
                return base;
            }
            Object filename2 = e.getAttribute("filename2");
            return base + ": " + repr(filename) + (filename2 == null || filename2 == PNone.NONE ? "" : " -> " + repr(filename2));
        }
        if (args.size() == 1) {
            if (e.getPythonClass().isSubclassOf(BuiltinClasses.KEY_ERROR)) {
                return repr(args.get(0));
            }
            return str(args.get(0));
        }
        return repr(args);
    }

    /** Python's repr of a str: single quotes unless the text has ' and no ", escapes for non-printables. */
    @TruffleBoundary
    public static String reprString(String s) {
        char quote = (s.indexOf('\'') >= 0 && s.indexOf('"') < 0) ? '"' : '\'';
        StringBuilder sb = new StringBuilder(s.length() + 2);
        sb.append(quote);
        for (int i = 0; i < s.length();) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == quote || cp == '\\') {
                sb.append('\\').appendCodePoint(cp);
            } else if (cp == '\n') {
                sb.append("\\n");
            } else if (cp == '\r') {
                sb.append("\\r");
            } else if (cp == '\t') {
                sb.append("\\t");
            } else if (cp < 0x20 || cp == 0x7f) {
                sb.append(String.format("\\x%02x", cp));
            } else if (cp < 0x7f) {
                sb.append((char) cp);
            } else if (isPrintable(cp)) {
                sb.appendCodePoint(cp);
            } else if (cp <= 0xff) {
                sb.append(String.format("\\x%02x", cp));
            } else if (cp <= 0xffff) {
                sb.append(String.format("\\u%04x", cp));
            } else {
                sb.append(String.format("\\U%08x", cp));
            }
        }
        sb.append(quote);
        return sb.toString();
    }

    /** Python's str.isprintable for one code point (Unicode categories C* and Z* except space are not). */
    public static boolean isPrintable(int cp) {
        if (cp == ' ') {
            return true;
        }
        int type = Character.getType(cp);
        switch (type) {
            case Character.CONTROL:
            case Character.FORMAT:
            case Character.SURROGATE:
            case Character.PRIVATE_USE:
            case Character.UNASSIGNED:
            case Character.LINE_SEPARATOR:
            case Character.PARAGRAPH_SEPARATOR:
            case Character.SPACE_SEPARATOR:
                return false;
            default:
                return true;
        }
    }

    @TruffleBoundary
    public static String reprBytes(byte[] bytes) {
        boolean hasSingle = false;
        boolean hasDouble = false;
        for (byte b : bytes) {
            hasSingle |= b == '\'';
            hasDouble |= b == '"';
        }
        char quote = hasSingle && !hasDouble ? '"' : '\'';
        StringBuilder sb = new StringBuilder("b").append(quote);
        for (byte b : bytes) {
            int c = b & 0xff;
            if (c == quote || c == '\\') {
                sb.append('\\').append((char) c);
            } else if (c == '\n') {
                sb.append("\\n");
            } else if (c == '\r') {
                sb.append("\\r");
            } else if (c == '\t') {
                sb.append("\\t");
            } else if (c < 0x20 || c >= 0x7f) {
                sb.append(String.format("\\x%02x", c));
            } else {
                sb.append((char) c);
            }
        }
        return sb.append(quote).toString();
    }
}
