package dev.krait.runtime;

import com.oracle.truffle.api.object.DynamicObject;
import com.oracle.truffle.api.object.Shape;

/**
 * An instance of a user class. Its attributes live on a Truffle object shape (PyPy's "maps"): instances of a class
 * that get the same attributes in the same order share a shape, and compiled code reads an attribute with a shape
 * check and a field load.
 */
public final class PInstance extends DynamicObject implements PyObject {
    private PythonClass pythonClass;
    /**
     * Once a program takes the instance's {@code __dict__}, the attributes move into this dict (shared with the
     * program, so writes through either are seen by both); null while they live on the shape.
     */
    private PDict dict;
    /** For instances of subclasses of int, float and str: the value they stand for (Long/BigInteger, Double, String). */
    private Object builtinValue;

    public PInstance(Shape shape, PythonClass pythonClass) {
        super(shape);
        this.pythonClass = pythonClass;
    }

    @Override
    public PythonClass getPythonClass() {
        return pythonClass;
    }

    public Object getBuiltinValue() {
        return builtinValue;
    }

    public void setBuiltinValue(Object value) {
        this.builtinValue = value;
    }

    public PDict getDictOrNull() {
        return dict;
    }

    public void setDict(PDict dict) {
        this.dict = dict;
    }

    public void setPythonClass(PythonClass pythonClass) {
        this.pythonClass = pythonClass;
    }
}
