package dev.krait.builtins;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.UnsupportedSpecializationException;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.RootNode;

import dev.krait.KraitLanguage;
import dev.krait.ops.PyObjectOps;
import dev.krait.runtime.PBuiltinFunction;
import dev.krait.runtime.PRaise;

/** The call target of a builtin: runs its node on the bound arguments. Builtins leave no traceback entry. */
public final class BuiltinRootNode extends RootNode {
    @Child private BuiltinNode body;
    private final String name;
    private final PBuiltinFunction function;

    public BuiltinRootNode(KraitLanguage language, PBuiltinFunction function) {
        super(language);
        this.body = function.factory.createNode();
        this.name = function.qualifiedName();
        this.function = function;
        dev.krait.runtime.PythonClass owner = function.owner;
        this.unwrapsSelf = owner != null && !function.isStatic && (owner == dev.krait.runtime.BuiltinClasses.INT || owner == dev.krait.runtime.BuiltinClasses.FLOAT
                        || owner == dev.krait.runtime.BuiltinClasses.STR || owner == dev.krait.runtime.BuiltinClasses.BOOL
                        || (owner == dev.krait.runtime.BuiltinClasses.BYTEARRAY && isBytesMethod(function)))
                        // __format__ with an empty spec is str(self): it needs the instance, whose __str__ may be its own.
                        && !function.name.equals("__format__");
        this.returnsByteArray = owner == dev.krait.runtime.BuiltinClasses.BYTEARRAY && isBytesMethod(function);
    }

    /**
     * Methods of int, float and str also run on instances of user subclasses: they see the value those stand for.
     * bytearray shares the reading methods of bytes, which see its contents and whose bytes results become bytearrays.
     */
    private final boolean unwrapsSelf;
    private final boolean returnsByteArray;

    private static boolean isBytesMethod(PBuiltinFunction function) {
        return function.factory.getNodeClass().getEnclosingClass() == BytesBuiltins.class;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        Object[] arguments = frame.getArguments();
        if (unwrapsSelf && arguments.length > 1 && (arguments[1] instanceof dev.krait.runtime.PInstance || arguments[1] instanceof dev.krait.runtime.PByteArray)) {
            arguments = arguments.clone();
            arguments[1] = PyObjectOps.builtinValue(arguments[1]);
        }
        try {
            Object result = body.call(arguments);
            if (returnsByteArray && result instanceof byte[] bytes) {
                return new dev.krait.runtime.PByteArray(bytes);
            }
            return result;
        } catch (UnsupportedSpecializationException e) {
            CompilerDirectives.transferToInterpreter();
            throw wrongArgumentType(frame.getArguments());
        } catch (SecurityException e) {
            // The embedder denied a file or process operation (krait --sandbox) that a builtin did not expect to be
            // refused: what an OS refusal would be.
            CompilerDirectives.transferToInterpreter();
            throw permissionDenied();
        }
    }

    @TruffleBoundary
    private static RuntimeException permissionDenied() {
        dev.krait.runtime.PBaseException error = new dev.krait.runtime.PBaseException(dev.krait.runtime.BuiltinClasses.PERMISSION_ERROR,
                        dev.krait.runtime.PTuple.of(13L, "Permission denied"));
        error.setAttribute("errno", 13L);
        error.setAttribute("strerror", "Permission denied");
        error.setAttribute("filename", dev.krait.runtime.PNone.NONE);
        error.setAttribute("filename2", dev.krait.runtime.PNone.NONE);
        return PRaise.raise(error, null);
    }

    /**
     * No specialization took the arguments: the builtins declare the type of self in their specializations, so this
     * is a method called on the wrong kind of object, e.g. {@code str.upper(5)}.
     */
    private RuntimeException wrongArgumentType(Object[] args) {
        if (function.owner != null && !function.isStatic && args.length > 1) {
            String owner = function.owner.name;
            if (isSlotWrapper(owner, function.name)) {
                return PRaise.typeError(null, "descriptor '%s' requires a '%s' object but received a '%s'", function.name, owner,
                                PyObjectOps.typeName(args[1]));
            }
            return PRaise.typeError(null, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object", function.name, owner,
                            PyObjectOps.typeName(args[1]));
        }
        return PRaise.typeError(null, "bad argument type for built-in operation %s()", name);
    }

    /** Dunder methods that CPython defines as ordinary methods (its other dunders are slot wrappers, with another message). */
    private static final java.util.Set<String> METHOD_DUNDERS = java.util.Set.of("__reversed__", "__round__", "__format__", "__floor__", "__ceil__",
                    "__trunc__", "__sizeof__", "__reduce__", "__reduce_ex__", "__getnewargs__", "__dir__", "__init_subclass__", "__subclasshook__",
                    "__class_getitem__", "dict.__getitem__", "dict.__contains__", "list.__getitem__", "set.__contains__", "frozenset.__contains__");

    private static boolean isSlotWrapper(String owner, String name) {
        return name.startsWith("__") && name.endsWith("__") && !METHOD_DUNDERS.contains(name) && !METHOD_DUNDERS.contains(owner + "." + name);
    }

    @Override
    public String getName() {
        return name;
    }

    /** What compilation traces show for this call target. */
    @Override
    public String toString() {
        return "<builtin " + name + ">";
    }

    @Override
    public boolean isInternal() {
        return true;
    }
}
