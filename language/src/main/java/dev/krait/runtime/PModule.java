package dev.krait.runtime;

import java.util.LinkedHashMap;
import java.util.Map;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** A module: its name and its global variables, one {@link GlobalCell} per name. */
public final class PModule implements PyObject {
    public final String name;
    private final Map<String, GlobalCell> cells = new LinkedHashMap<>();

    public PModule(String name) {
        this.name = name;
    }

    @Override
    public PythonClass getPythonClass() {
        return BuiltinClasses.MODULE;
    }

    @TruffleBoundary
    public GlobalCell cell(String id) {
        return cells.computeIfAbsent(id, GlobalCell::new);
    }

    /** The value bound to the name, or null. */
    @TruffleBoundary
    public Object get(String id) {
        GlobalCell c = cells.get(id);
        return c == null ? null : c.get();
    }

    @TruffleBoundary
    public void set(String id, Object value) {
        cell(id).set(value);
    }

    /** Names currently bound, in first-binding order. */
    @TruffleBoundary
    public Map<String, Object> boundNames() {
        Map<String, Object> result = new LinkedHashMap<>();
        for (GlobalCell c : cells.values()) {
            if (c.get() != null) {
                result.put(c.name, c.get());
            }
        }
        return result;
    }
}
