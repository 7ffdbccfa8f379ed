package dev.krait.runtime;

import com.oracle.truffle.api.Assumption;
import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.Truffle;

/**
 * The storage of one module-level name. Compiled code caches the cell (no dictionary lookup) and, while
 * {@link #getValueStable()} holds, even its value as a constant: most globals (functions, classes, constants) are
 * bound once. Every change invalidates the assumption; after a few changes the name counts as variable for good and
 * readers just load the field.
 */
public final class GlobalCell {
    private static final int MAX_CHANGES = 3;

    public final String name;
    private Object value;
    private Assumption valueStable;
    private int changes;

    public GlobalCell(String name) {
        this.name = name;
        this.valueStable = Truffle.getRuntime().createAssumption("global " + name);
    }

    /** The value, or null while unbound. */
    public Object get() {
        return value;
    }

    public Assumption getValueStable() {
        return valueStable;
    }

    public void set(Object newValue) {
        if (newValue != value) {
            changed();
        }
        value = newValue;
    }

    public void delete() {
        if (value != null) {
            changed();
        }
        value = null;
    }

    private void changed() {
        if (valueStable.isValid()) {
            CompilerDirectives.transferToInterpreterAndInvalidate();
            valueStable.invalidate();
            valueStable = ++changes <= MAX_CHANGES ? Truffle.getRuntime().createAssumption("global " + name) : Assumption.NEVER_VALID;
        }
    }
}
