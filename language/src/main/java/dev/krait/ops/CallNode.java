package dev.krait.ops;

import com.oracle.truffle.api.Assumption;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Bind;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.GenerateUncached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.DirectCallNode;
import com.oracle.truffle.api.nodes.IndirectCallNode;
import com.oracle.truffle.api.nodes.Node;

import dev.krait.KraitLanguage;
import dev.krait.runtime.BuiltinClasses;
import dev.krait.runtime.FunctionCode;
import dev.krait.runtime.KraitContext;
import dev.krait.runtime.PBoundMethod;
import dev.krait.runtime.PBuiltinFunction;
import dev.krait.runtime.PFunction;
import dev.krait.runtime.PInstance;
import dev.krait.runtime.PNone;
import dev.krait.runtime.PRaise;
import dev.krait.runtime.PythonClass;

/**
 * Calls any callable: functions (a direct, inlinable call when the callee's code is stable at this site), builtins,
 * bound methods and classes. Arguments are bound to parameters here, in the caller, so the callee's frame only copies
 * them; a call with exactly the positional parameters binds without any work.
 */
@GenerateUncached
public abstract class CallNode extends Node {

    public abstract Object execute(Object callee, Object[] args, String[] kwNames, Object[] kwValues);

    public final Object call(Object callee, Object... args) {
        return execute(callee, args, Calls.NO_KEYWORDS, Calls.NO_ARGS);
    }

    public static CallNode create() {
        return CallNodeGen.create();
    }

    public static CallNode getUncached() {
        return CallNodeGen.getUncached();
    }

    static Object[] prepend(Object first, Object[] args) {
        Object[] frameArgs = new Object[args.length + 1];
        frameArgs[0] = first;
        System.arraycopy(args, 0, frameArgs, 1, args.length);
        return frameArgs;
    }

    static Object[] bindFunction(PFunction callee, FunctionCode code, Object[] args, String[] kwNames, Object[] kwValues) {
        if (kwNames.length == 0 && code.signature.isSimplePositional(args.length)) {
            return prepend(callee, args);
        }
        return Calls.bind(callee.qualname, code.signature, callee.defaults, callee.kwDefaults, callee, args, kwNames, kwValues);
    }

    static Object[] bindBuiltin(PBuiltinFunction callee, Object[] args, String[] kwNames, Object[] kwValues) {
        if (kwNames.length == 0 && callee.signature.isSimplePositional(args.length)) {
            return prepend(callee, args);
        }
        return Calls.bind(callee.name, callee.signature, callee.defaults, callee.kwDefaults, callee, args, kwNames, kwValues);
    }

    @Specialization(guards = "callee.code == code", limit = "3")
    static Object callFunction(PFunction callee, Object[] args, String[] kwNames, Object[] kwValues,
                    @Cached("callee.code") FunctionCode code,
                    @Cached("create(code.callTarget)") DirectCallNode call) {
        return call.call(bindFunction(callee, code, args, kwNames, kwValues));
    }

    @Specialization(replaces = "callFunction")
    static Object callFunctionIndirect(PFunction callee, Object[] args, String[] kwNames, Object[] kwValues,
                    @Cached IndirectCallNode call) {
        return call.call(callee.code.callTarget, bindFunction(callee, callee.code, args, kwNames, kwValues));
    }

    @Specialization(guards = "callee == cached", limit = "3")
    static Object callBuiltin(PBuiltinFunction callee, Object[] args, String[] kwNames, Object[] kwValues,
                    @Cached("callee") PBuiltinFunction cached,
                    @Cached("createBuiltinCall(cached)") DirectCallNode call) {
        return call.call(bindBuiltin(cached, args, kwNames, kwValues));
    }

    @Specialization(replaces = "callBuiltin")
    static Object callBuiltinIndirect(PBuiltinFunction callee, Object[] args, String[] kwNames, Object[] kwValues,
                    @Bind Node node,
                    @Cached IndirectCallNode call) {
        return call.call(KraitLanguage.get(node).getBuiltinTarget(callee), bindBuiltin(callee, args, kwNames, kwValues));
    }

    @Specialization
    static Object callBoundMethod(PBoundMethod callee, Object[] args, String[] kwNames, Object[] kwValues,
                    @Cached(inline = false) CallNode inner) {
        return inner.execute(callee.function, prepend(callee.self, args), kwNames, kwValues);
    }

    /**
     * Instantiating a plain user class (type as metaclass, object.__new__, a Python __init__) at a site that sees the
     * same class: the instance is allocated with the class's shape and __init__ is a direct, inlinable call.
     */
    @Specialization(guards = {"callee == cachedClass", "init != null"}, assumptions = "stable", limit = "3")
    static Object instantiatePlainClass(PythonClass callee, Object[] args, String[] kwNames, Object[] kwValues,
                    @Cached("callee") PythonClass cachedClass,
                    @Cached("cachedClass.getStableAttributes()") Assumption stable,
                    @Cached("plainInit(cachedClass)") PFunction init,
                    @Cached("create(init.code.callTarget)") DirectCallNode call,
                    @Bind Node node) {
        PInstance instance = KraitContext.get(node).allocated(new PInstance(cachedClass.getInstanceShape(), cachedClass));
        Object r = call.call(bindFunction(init, init.code, prepend(instance, args), kwNames, kwValues));
        if (r != PNone.NONE) {
            throw initReturned(r);
        }
        return instance;
    }

    /** The Python __init__ of a class whose instances come from object.__new__ under the plain metaclass; else null. */
    static PFunction plainInit(PythonClass cls) {
        if (cls.isBuiltin() || cls.getPythonClass() != BuiltinClasses.TYPE || cls.getBuiltinBase() != BuiltinClasses.OBJECT) {
            return null;
        }
        Object newMethod = cls.lookup("__new__");
        if (!(newMethod instanceof PBuiltinFunction b) || b.owner != BuiltinClasses.OBJECT) {
            return null;
        }
        return cls.lookup("__init__") instanceof PFunction init ? init : null;
    }

    @TruffleBoundary
    private static RuntimeException initReturned(Object r) {
        return PRaise.typeError(null, "__init__() should return None, not '%s'", PyObjectOps.typeName(r));
    }

    @Specialization(replaces = "instantiatePlainClass")
    static Object callClass(PythonClass callee, Object[] args, String[] kwNames, Object[] kwValues) {
        PythonClass metaclass = callee.getPythonClass();
        if (!metaclass.isBuiltin()) {
            return callThroughMetaclass(metaclass, callee, args, kwNames, kwValues);
        }
        return Classes.instantiate(callee, args, kwNames, kwValues);
    }

    /** A metaclass defining __call__ decides what calling its classes does. */
    @TruffleBoundary
    private static Object callThroughMetaclass(PythonClass metaclass, PythonClass callee, Object[] args, String[] kwNames, Object[] kwValues) {
        Object call = metaclass.lookup("__call__");
        if (call != null && !(call instanceof PBuiltinFunction)) {
            return getUncached().execute(call, prepend(callee, args), kwNames, kwValues);
        }
        return Classes.instantiate(callee, args, kwNames, kwValues);
    }

    @Fallback
    static Object callOther(Object callee, Object[] args, String[] kwNames, Object[] kwValues) {
        return callObject(callee, args, kwNames, kwValues);
    }

    @TruffleBoundary
    private static Object callObject(Object callee, Object[] args, String[] kwNames, Object[] kwValues) {
        Object call = SpecialMethods.lookupUser(callee, "__call__");
        if (call != null) {
            return getUncached().execute(call, prepend(callee, args), kwNames, kwValues);
        }
        throw PRaise.typeError(null, "'%s' object is not callable", PyObjectOps.typeName(callee));
    }

    static DirectCallNode createBuiltinCall(PBuiltinFunction fn) {
        return DirectCallNode.create(KraitLanguage.get(null).getBuiltinTarget(fn));
    }
}
