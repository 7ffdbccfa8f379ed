package dev.krait.runtime;

/**
 * A builtin iterator. {@link #next()} returns null when exhausted (not an exception: loops test for null).
 * Python's StopIteration appears only where Python code calls next() explicitly.
 */
public abstract class PIterator implements PyObject {
    public abstract Object next();

    /** The value for the StopIteration raised when {@link #next()} returned null (a generator's return value once). */
    public Object takeStopValue() {
        return null;
    }
}
