package dev.krait.runtime;

/** A cell holding a variable captured by an inner function; value is null while unbound. */
public final class PCell {
    public Object value;

    public PCell(Object value) {
        this.value = value;
    }
}
