package dev.krait.runtime;

/** A slice object; start/stop/step are any values (None when absent). */
public final class PSlice implements PyObject {
    public final Object start;
    public final Object stop;
    public final Object step;

    public PSlice(Object start, Object stop, Object step) {
        this.start = start;
        this.stop = stop;
        this.step = step;
    }

    @Override
    public PythonClass getPythonClass() {
        return BuiltinClasses.SLICE;
    }
}
