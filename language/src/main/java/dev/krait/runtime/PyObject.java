package dev.krait.runtime;

/** A Krait heap object that knows its Python class. Ints, floats, bools and strs are plain Java values instead. */
public interface PyObject {
    PythonClass getPythonClass();
}
