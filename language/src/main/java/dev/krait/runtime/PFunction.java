package dev.krait.runtime;

import com.oracle.truffle.api.RootCallTarget;

/** A function made by def or lambda: its code, defaults, closure and globals. */
public final class PFunction implements PyObject {
    public final FunctionCode code;
    public final PModule globals;
    public Object[] defaults;
    /** One entry per keyword-only parameter, null where it has no default. */
    public Object[] kwDefaults;
    public final PCell[] closure;
    public String name;
    public String qualname;
    public Object doc = PNone.NONE;
    private PDict dict;

    public PFunction(FunctionCode code, PModule globals, Object[] defaults, Object[] kwDefaults, PCell[] closure) {
        this.code = code;
        this.globals = globals;
        this.defaults = defaults;
        this.kwDefaults = kwDefaults;
        this.closure = closure;
        this.name = code.name;
        this.qualname = code.qualname;
    }

    @Override
    public PythonClass getPythonClass() {
        return BuiltinClasses.FUNCTION;
    }

    public RootCallTarget getCallTarget() {
        return code.callTarget;
    }

    public PDict getDict() {
        if (dict == null) {
            dict = new PDict();
        }
        return dict;
    }

    public PDict getDictOrNull() {
        return dict;
    }
}
