package dev.krait.runtime;

/** A function bound to an instance: {@code obj.method} without calling it. */
public final class PBoundMethod implements PyObject {
    public final Object self;
    public final Object function;

    public PBoundMethod(Object self, Object function) {
        this.self = self;
        this.function = function;
    }

    @Override
    public PythonClass getPythonClass() {
        return BuiltinClasses.METHOD;
    }
}
