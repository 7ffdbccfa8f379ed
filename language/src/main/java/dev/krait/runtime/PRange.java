package dev.krait.runtime;

/** range(start, stop, step) with long bounds. */
public final class PRange implements PyObject {
    public final long start;
    public final long stop;
    public final long step;

    public PRange(long start, long stop, long step) {
        this.start = start;
        this.stop = stop;
        this.step = step;
    }

    @Override
    public PythonClass getPythonClass() {
        return BuiltinClasses.RANGE;
    }

    public long length() {
        if (step > 0) {
            return start < stop ? (stop - start - 1) / step + 1 : 0;
        }
        return start > stop ? (start - stop - 1) / (-step) + 1 : 0;
    }

    public long get(long i) {
        return start + i * step;
    }
}
