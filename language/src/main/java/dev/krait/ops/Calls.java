package dev.krait.ops;

import java.util.ArrayList;
import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.krait.runtime.PDict;
import dev.krait.runtime.PRaise;
import dev.krait.runtime.PTuple;
import dev.krait.runtime.Signature;

/** Binding call arguments to parameters (with CPython's error messages), and calls from Java code. */
public final class Calls {
    private Calls() {
    }

    public static final String[] NO_KEYWORDS = new String[0];
    public static final Object[] NO_ARGS = new Object[0];

    /** Calls any callable with positional arguments, from Java (slow path, e.g. a key function of sorted()). */
    @TruffleBoundary
    public static Object callUncached(Object callee, Object... args) {
        return CallNode.getUncached().execute(callee, args, NO_KEYWORDS, NO_ARGS);
    }

    @TruffleBoundary
    public static Object callUncachedKw(Object callee, Object[] args, String[] kwNames, Object[] kwValues) {
        return CallNode.getUncached().execute(callee, args, kwNames, kwValues);
    }

    /** {@code f(*iterable)}: the positional arguments it contributes, with CPython's error for a non-iterable. */
    @TruffleBoundary
    public static Object[] starArgs(Object iterable) {
        try {
            return PyObjectOps.toArray(iterable);
        } catch (dev.krait.runtime.PException e) {
            throw PRaise.typeError(null, "argument after * must be an iterable, not %s", PyObjectOps.typeName(iterable));
        }
    }

    /** {@code name=value} among the keyword arguments collected so far (a dict keyed by the names). */
    @TruffleBoundary
    public static void addKeyword(PDict kwargs, String name, Object value) {
        if (kwargs.getStorage().containsKey(name)) {
            throw PRaise.typeError(null, "got multiple values for keyword argument '%s'", name);
        }
        kwargs.put(name, value);
    }

    /** {@code f(**mapping)}: adds its items to the keyword arguments collected so far. */
    @TruffleBoundary
    public static void mergeKeywordMapping(PDict kwargs, Object mapping) {
        PDict d = mapping instanceof PDict dict && PyObjectOps.typeOf(dict).isBuiltin() ? dict : mappingToDict(mapping);
        dev.krait.runtime.DictStorage s = d.getStorage();
        for (int p = 0; p < s.limit(); p++) {
            Object k = s.keyAt(p);
            if (k == null) {
                continue;
            }
            if (!(k instanceof String key)) {
                throw PRaise.typeError(null, "keywords must be strings");
            }
            addKeyword(kwargs, key, s.valueAt(p));
        }
    }

    /** Any mapping (keys() and __getitem__) as a dict, for {@code f(**mapping)}. */
    private static PDict mappingToDict(Object mapping) {
        Object keys = Attributes.lookup(mapping, "keys");
        if (keys == null) {
            throw PRaise.typeError(null, "argument after ** must be a mapping, not %s", PyObjectOps.typeName(mapping));
        }
        PDict result = new PDict();
        for (Object k : PyObjectOps.toArray(callUncached(keys))) {
            result.put(k, Items.getItem(mapping, k));
        }
        return result;
    }

    /** The names and values of collected keyword arguments, in order: {@code {String[], Object[]}}. */
    @TruffleBoundary
    public static Object[] keywordArrays(PDict kwargs) {
        dev.krait.runtime.DictStorage s = kwargs.getStorage();
        List<String> names = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        for (int p = 0; p < s.limit(); p++) {
            Object k = s.keyAt(p);
            if (k != null) {
                names.add((String) k);
                values.add(s.valueAt(p));
            }
        }
        return new Object[]{names.toArray(NO_KEYWORDS), values.toArray()};
    }

    /**
     * Binds arguments to a signature. The result is the frame-arguments array: the callee at index 0, then the bound
     * values in {@link Signature} order. {@code kwDefaults} may be null; its entries are null where there is no
     * default.
     */
    @TruffleBoundary
    public static Object[] bind(String name, Signature sig, Object[] defaults, Object[] kwDefaults, Object callee, Object[] args,
                    String[] kwNames, Object[] kwValues) {
        int np = sig.positional.length;
        Object[] out = new Object[1 + sig.boundCount()];
        out[0] = callee;
        int given = args.length;
        if (given > np && !sig.hasVarargs()) {
            throw tooManyPositional(name, sig, defaults.length, given, kwNames);
        }
        int n = Math.min(given, np);
        System.arraycopy(args, 0, out, 1, n);
        int kwOnlyBase = 1 + np;
        int varargsIndex = kwOnlyBase + sig.kwOnly.length;
        int varkwIndex = varargsIndex + (sig.hasVarargs() ? 1 : 0);
        if (sig.hasVarargs()) {
            Object[] rest = new Object[Math.max(0, given - np)];
            if (rest.length > 0) {
                System.arraycopy(args, np, rest, 0, rest.length);
            }
            out[varargsIndex] = new PTuple(rest);
        }
        PDict kwargs = sig.hasVarkw() ? new PDict() : null;
        List<String> posOnlyAsKeyword = null;
        for (int k = 0; k < kwNames.length; k++) {
            String kw = kwNames[k];
            int idx = indexOf(sig.positional, kw);
            if (idx >= sig.posOnlyCount) {
                if (out[1 + idx] != null) {
                    throw PRaise.typeError(null, "%s() got multiple values for argument '%s'", name, kw);
                }
                out[1 + idx] = kwValues[k];
                continue;
            }
            int j = indexOf(sig.kwOnly, kw);
            if (j >= 0) {
                if (out[kwOnlyBase + j] != null) {
                    throw PRaise.typeError(null, "%s() got multiple values for argument '%s'", name, kw);
                }
                out[kwOnlyBase + j] = kwValues[k];
            } else if (kwargs != null) {
                if (kwargs.getStorage().containsKey(kw)) {
                    throw PRaise.typeError(null, "%s() got multiple values for keyword argument '%s'", name, kw);
                }
                kwargs.put(kw, kwValues[k]);
            } else if (idx >= 0) {
                if (posOnlyAsKeyword == null) {
                    posOnlyAsKeyword = new ArrayList<>();
                }
                posOnlyAsKeyword.add(kw);
            } else {
                throw PRaise.typeError(null, "%s() got an unexpected keyword argument '%s'", name, kw);
            }
        }
        if (posOnlyAsKeyword != null) {
            throw PRaise.typeError(null, "%s() got some positional-only arguments passed as keyword arguments: '%s'", name,
                            String.join(", ", posOnlyAsKeyword));
        }
        int firstDefault = np - defaults.length;
        List<String> missing = null;
        for (int i = n; i < np; i++) {
            if (out[1 + i] == null) {
                if (i >= firstDefault) {
                    out[1 + i] = defaults[i - firstDefault];
                } else {
                    if (missing == null) {
                        missing = new ArrayList<>();
                    }
                    missing.add(sig.positional[i]);
                }
            }
        }
        if (missing != null) {
            throw missingArguments(name, "positional", missing);
        }
        for (int j = 0; j < sig.kwOnly.length; j++) {
            if (out[kwOnlyBase + j] == null) {
                Object d = kwDefaults == null ? null : kwDefaults[j];
                if (d != null) {
                    out[kwOnlyBase + j] = d;
                } else {
                    if (missing == null) {
                        missing = new ArrayList<>();
                    }
                    missing.add(sig.kwOnly[j]);
                }
            }
        }
        if (missing != null) {
            throw missingArguments(name, "keyword-only", missing);
        }
        if (kwargs != null) {
            out[varkwIndex] = kwargs;
        }
        return out;
    }

    private static int indexOf(String[] names, String name) {
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals(name)) {
                return i;
            }
        }
        return -1;
    }

    private static RuntimeException tooManyPositional(String name, Signature sig, int defaultCount, int given, String[] kwNames) {
        int np = sig.positional.length;
        String takes = defaultCount > 0 ? "from " + (np - defaultCount) + " to " + np : String.valueOf(np);
        boolean plural = defaultCount > 0 || np != 1;
        int kwOnlyGiven = 0;
        for (String kw : kwNames) {
            if (indexOf(sig.kwOnly, kw) >= 0) {
                kwOnlyGiven++;
            }
        }
        String kwOnlyPart = kwOnlyGiven == 0 ? "" : String.format(" positional argument%s (and %d keyword-only argument%s)", given != 1 ? "s" : "", kwOnlyGiven, kwOnlyGiven != 1 ? "s" : "");
        return PRaise.typeError(null, "%s() takes %s positional argument%s but %d%s %s given", name, takes, plural ? "s" : "", given, kwOnlyPart,
                        given == 1 && kwOnlyGiven == 0 ? "was" : "were");
    }

    private static RuntimeException missingArguments(String name, String kind, List<String> missing) {
        StringBuilder names = new StringBuilder();
        for (int i = 0; i < missing.size(); i++) {
            if (i > 0) {
                names.append(missing.size() == 2 ? " and " : (i == missing.size() - 1 ? ", and " : ", "));
            }
            names.append('\'').append(missing.get(i)).append('\'');
        }
        return PRaise.typeError(null, "%s() missing %d required %s argument%s: %s", name, missing.size(), kind, missing.size() == 1 ? "" : "s", names);
    }
}
