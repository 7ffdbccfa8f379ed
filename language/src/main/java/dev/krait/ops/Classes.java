package dev.krait.ops;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.krait.runtime.PBuiltinFunction;
import dev.krait.runtime.PRaise;
import dev.krait.runtime.PythonClass;

/** Creating instances by calling a class: {@code __new__}, then {@code __init__} when the class defines one. */
public final class Classes {
    private Classes() {
    }

    @TruffleBoundary
    public static Object instantiate(PythonClass cls, Object[] args, String[] kwNames, Object[] kwValues) {
        Object newMethod = cls.lookup("__new__");
        if (newMethod == null) {
            throw PRaise.typeError(null, "cannot create '%s' instances", cls.getQualifiedName());
        }
        Object[] newArgs = CallNode.prepend(cls, args);
        Object instance = CallNode.getUncached().execute(newMethod, newArgs, kwNames, kwValues);
        Object init = cls.lookup("__init__");
        if (init != null && !(init instanceof PBuiltinFunction) && PyObjectOps.typeOf(instance).isSubclassOf(cls)) {
            Object r = CallNode.getUncached().execute(init, CallNode.prepend(instance, args), kwNames, kwValues);
            if (r != dev.krait.runtime.PNone.NONE) {
                throw PRaise.typeError(null, "__init__() should return None, not '%s'", PyObjectOps.typeName(r));
            }
        }
        return instance;
    }
}
