package dev.krait.builtins.modules;

import dev.krait.runtime.HasDict;
import dev.krait.runtime.PDict;
import dev.krait.runtime.PyObject;
import dev.krait.runtime.PythonClass;

/** An instance of a Java-backed library class (see {@link LibraryTypes}); instances of user subclasses get attributes. */
public abstract class LibraryObject implements PyObject, HasDict {
    private final PythonClass pythonClass;
    private PDict attributes;

    protected LibraryObject(PythonClass pythonClass) {
        this.pythonClass = pythonClass;
    }

    @Override
    public final PythonClass getPythonClass() {
        return pythonClass;
    }

    @Override
    public PDict getDict(boolean create) {
        if (attributes == null && create) {
            attributes = new PDict();
        }
        return attributes;
    }
}
