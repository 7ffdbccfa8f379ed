package dev.krait.builtins;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Bind;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

import dev.krait.ast.CompareOperator;
import dev.krait.ast.Operator;
import dev.krait.ops.Arithmetic;
import dev.krait.ops.Attributes;
import dev.krait.ops.BinaryOpNode;
import dev.krait.ops.Calls;
import dev.krait.ops.Comparison;
import dev.krait.ops.Formatting;
import dev.krait.ops.GetIterNode;
import dev.krait.ops.IntOps;
import dev.krait.ops.IsTrueNode;
import dev.krait.ops.PercentFormat;
import dev.krait.ops.PyObjectOps;
import dev.krait.ops.Repr;
import dev.krait.ops.Sorting;
import dev.krait.ops.SpecialMethods;
import dev.krait.ops.Strings;
import dev.krait.runtime.BuiltinClasses;
import dev.krait.runtime.Hashing;
import dev.krait.runtime.KraitContext;
import dev.krait.runtime.PBaseException;
import dev.krait.runtime.PBoundMethod;
import dev.krait.runtime.PBuiltinFunction;
import dev.krait.runtime.PDict;
import dev.krait.runtime.PException;
import dev.krait.runtime.PFunction;
import dev.krait.runtime.PIterator;
import dev.krait.runtime.PList;
import dev.krait.runtime.PModule;
import dev.krait.runtime.PNone;
import dev.krait.runtime.PNotImplemented;
import dev.krait.runtime.PRaise;
import dev.krait.runtime.PTuple;
import dev.krait.runtime.PythonClass;

/** The functions of the builtins module. */
@GenerateNodeFactory
public final class BuiltinFunctions {
    private BuiltinFunctions() {
    }

    // ------------------------------------------------------------------ output and input

    @Builtin(name = "__import__", signature = "name, globals=None, locals=None, fromlist=None, level=0")
    @GenerateNodeFactory
    public abstract static class ImportNode extends BuiltinNode.Varargs {
        @Specialization
        Object importModule(Object[] bound, @Bind Node node) {
            return doImport(KraitContext.get(node), bound[0], bound[1], bound[3], bound[4]);
        }

        /** What the import statement does: the top-level package, or with a fromlist the named module itself. */
        @TruffleBoundary
        private static Object doImport(KraitContext context, Object name, Object globals, Object fromlist, Object level) {
            if (!(PyObjectOps.builtinValue(name) instanceof String moduleName)) {
                throw PRaise.typeError(null, "module name must be a string");
            }
            long depth = Arithmetic.asLong(IntOps.index(level));
            if (depth < 0) {
                throw PRaise.valueError(null, "level must be >= 0");
            }
            if (depth == 0 && moduleName.isEmpty()) {
                throw PRaise.valueError(null, "Empty module name");
            }
            String full = moduleName;
            if (depth > 0) {
                Object pkg = globals instanceof PDict d ? d.get("__package__") : null;
                full = dev.krait.ops.Importer.resolveIn(moduleName, (int) depth, pkg);
            }
            boolean bindsLeaf = fromlist != PNone.NONE && PyObjectOps.isTrue(fromlist) || depth > 0 && moduleName.isEmpty();
            return dev.krait.ops.Importer.importName(context, full, 0, null, bindsLeaf);
        }
    }

    @Builtin(name = "print", signature = "*args, sep=' ', end='\\n', file=None, flush=False")
    @GenerateNodeFactory
    public abstract static class PrintNode extends BuiltinNode.Varargs {
        /** Bound in co_varnames order: sep, end, file, flush, then the *args tuple. */
        @Specialization
        Object print(Object[] bound, @Bind Node node) {
            doPrint(KraitContext.get(node), (PTuple) bound[4], bound[0], bound[1], bound[2], bound[3]);
            return PNone.NONE;
        }

        @TruffleBoundary
        private static void doPrint(KraitContext context, PTuple args, Object sep, Object end, Object file, Object flush) {
            String separator = sep == PNone.NONE ? " " : checkString(sep, "sep");
            String terminator = end == PNone.NONE ? "\n" : checkString(end, "end");
            if (file == PNone.NONE) {
                file = dev.krait.builtins.modules.IoModule.redirectedStdout(context);
            }
            if (file == null) {
                StringBuilder sb = new StringBuilder();
                for (int i = 0; i < args.size(); i++) {
                    if (i > 0) {
                        sb.append(separator);
                    }
                    sb.append(Repr.str(args.get(i)));
                }
                sb.append(terminator);
                context.out.print(sb);
                if (PyObjectOps.isTrue(flush)) {
                    context.out.flush();
                }
                dev.krait.builtins.modules.IoModule.checkStdout(context);
                return;
            }
            // Any object with a write() method (sys.stderr, a file, a user's writer): one write() per piece, as CPython.
            Object write = Attributes.get(file, "write");
            for (int i = 0; i < args.size(); i++) {
                if (i > 0) {
                    Calls.callUncached(write, separator);
                }
                Calls.callUncached(write, Repr.str(args.get(i)));
            }
            Calls.callUncached(write, terminator);
            if (PyObjectOps.isTrue(flush)) {
                Object flushMethod = Attributes.lookup(file, "flush");
                if (flushMethod != null) {
                    Calls.callUncached(flushMethod);
                }
            }
        }

        private static String checkString(Object o, String what) {
            if (!(o instanceof String s)) {
                throw PRaise.typeError(null, "%s must be None or a string, not %s", what, PyObjectOps.typeName(o));
            }
            return s;
        }
    }

    @Builtin(name = "input", signature = "prompt=?, /")
    @GenerateNodeFactory
    public abstract static class InputNode extends BuiltinNode.Unary {
        @Specialization
        Object input(Object prompt, @Bind Node node) {
            return readLine(KraitContext.get(node), prompt);
        }

        @TruffleBoundary
        private static Object readLine(KraitContext context, Object prompt) {
            if (prompt != PNone.NO_VALUE) {
                context.out.print(Repr.str(prompt));
            }
            context.out.flush();
            // Byte by byte, so no read-ahead is lost between calls.
            InputStream in = context.env.in();
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            try {
                int b;
                while ((b = in.read()) != -1 && b != '\n') {
                    line.write(b);
                }
                if (b == -1 && line.size() == 0) {
                    throw PRaise.error(null, BuiltinClasses.EOF_ERROR, "EOF when reading a line");
                }
            } catch (IOException e) {
                throw PRaise.error(null, BuiltinClasses.OS_ERROR, "%s", e.getMessage());
            }
            String s = line.toString(StandardCharsets.UTF_8);
            return s.endsWith("\r") ? s.substring(0, s.length() - 1) : s;
        }
    }

    // ------------------------------------------------------------------ object protocol

    @Builtin(name = "len", signature = "obj, /")
    @GenerateNodeFactory
    public abstract static class LenNode extends BuiltinNode.Unary {
        // Exact builtin types only: a subclass may define its own __len__.
        @Specialization(guards = "list.getPythonClass() == LIST")
        static long lenList(PList list) {
            return list.size();
        }

        @Specialization
        static long lenStr(String s) {
            return Strings.codePointLength(s);
        }

        @Specialization
        static long lenTuple(PTuple tuple) {
            return tuple.size();
        }

        @Specialization(guards = "dict.getPythonClass() == DICT")
        static long lenDict(PDict dict) {
            return dict.size();
        }

        @Specialization(replaces = {"lenList", "lenStr", "lenTuple", "lenDict"})
        static long len(Object obj) {
            return PyObjectOps.len(obj);
        }

        static final PythonClass LIST = BuiltinClasses.LIST;
        static final PythonClass DICT = BuiltinClasses.DICT;
    }

    @Builtin(name = "repr", signature = "obj, /")
    @GenerateNodeFactory
    public abstract static class ReprNode extends BuiltinNode.Unary {
        @Specialization
        static Object repr(Object obj) {
            return Repr.repr(obj);
        }
    }

    @Builtin(name = "ascii", signature = "obj, /")
    @GenerateNodeFactory
    public abstract static class AsciiNode extends BuiltinNode.Unary {
        @Specialization
        static Object ascii(Object obj) {
            return PercentFormat.ascii(obj);
        }
    }

    @Builtin(name = "format", signature = "value, format_spec='', /")
    @GenerateNodeFactory
    public abstract static class FormatNode extends BuiltinNode.Binary {
        @Specialization
        static Object format(Object value, Object spec) {
            if (!(spec instanceof String s)) {
                throw PRaise.typeError(null, "format() argument 2 must be str, not %s", PyObjectOps.typeName(spec));
            }
            return Formatting.format(value, s);
        }
    }

    @Builtin(name = "hash", signature = "obj, /")
    @GenerateNodeFactory
    public abstract static class HashNode extends BuiltinNode.Unary {
        @Specialization
        static long hash(Object obj) {
            return Hashing.hash(obj);
        }
    }

    @Builtin(name = "id", signature = "obj, /")
    @GenerateNodeFactory
    public abstract static class IdNode extends BuiltinNode.Unary {
        @Specialization
        static long id(Object obj) {
            return PyObjectOps.id(obj);
        }
    }

    @Builtin(name = "callable", signature = "obj, /")
    @GenerateNodeFactory
    public abstract static class CallableNode extends BuiltinNode.Unary {
        @Specialization
        static boolean callable(Object obj) {
            return isCallable(obj);
        }

        @TruffleBoundary
        static boolean isCallable(Object obj) {
            return obj instanceof PFunction || obj instanceof PBuiltinFunction || obj instanceof PBoundMethod || obj instanceof PythonClass
                            || SpecialMethods.lookupUser(obj, "__call__") != null;
        }
    }

    @Builtin(name = "isinstance", signature = "obj, class_or_tuple, /")
    @GenerateNodeFactory
    public abstract static class IsInstanceNode extends BuiltinNode.Binary {
        /** The common case, one class known at this site: an exact type match needs no MRO walk. */
        @Specialization(guards = "cls == cachedClass", limit = "3")
        static boolean isinstanceCached(Object obj, PythonClass cls,
                        @Cached("cls") PythonClass cachedClass) {
            PythonClass type = PyObjectOps.typeOf(obj);
            return type == cachedClass || isSubclass(type, cachedClass);
        }

        @Specialization(replaces = "isinstanceCached")
        static Object isinstance(Object obj, Object cls) {
            return isInstance(obj, cls);
        }

        @TruffleBoundary
        private static boolean isSubclass(PythonClass type, PythonClass cls) {
            return type.isSubclassOf(cls);
        }

        @TruffleBoundary
        static boolean isInstance(Object obj, Object cls) {
            if (cls instanceof PythonClass c) {
                PythonClass type = PyObjectOps.typeOf(obj);
                if (type != c && !c.getPythonClass().isBuiltin()) {
                    // A metaclass's __instancecheck__ decides (abc.ABCMeta: registered virtual subclasses).
                    Object check = c.getPythonClass().lookup("__instancecheck__");
                    if (check != null && !(check instanceof PBuiltinFunction)) {
                        return PyObjectOps.isTrue(Calls.callUncached(check, c, obj));
                    }
                }
                return type.isSubclassOf(c);
            }
            if (cls instanceof PTuple t) {
                for (Object c : t.getItems()) {
                    if (isInstance(obj, c)) {
                        return true;
                    }
                }
                return false;
            }
            throw PRaise.typeError(null, "isinstance() arg 2 must be a type, a tuple of types, or a union");
        }
    }

    @Builtin(name = "issubclass", signature = "cls, class_or_tuple, /")
    @GenerateNodeFactory
    public abstract static class IsSubclassNode extends BuiltinNode.Binary {
        @Specialization
        static Object issubclass(Object cls, Object classOrTuple) {
            if (!(cls instanceof PythonClass c)) {
                throw PRaise.typeError(null, "issubclass() arg 1 must be a class");
            }
            return isSubclass(c, classOrTuple);
        }

        @TruffleBoundary
        static boolean isSubclass(PythonClass c, Object classOrTuple) {
            if (classOrTuple instanceof PythonClass other) {
                if (!other.getPythonClass().isBuiltin()) {
                    Object check = other.getPythonClass().lookup("__subclasscheck__");
                    if (check != null && !(check instanceof PBuiltinFunction)) {
                        return PyObjectOps.isTrue(Calls.callUncached(check, other, c));
                    }
                }
                return c.isSubclassOf(other);
            }
            if (classOrTuple instanceof PTuple t) {
                for (Object o : t.getItems()) {
                    if (isSubclass(c, o)) {
                        return true;
                    }
                }
                return false;
            }
            throw PRaise.typeError(null, "issubclass() arg 2 must be a class, a tuple of classes, or a union");
        }
    }

    // ------------------------------------------------------------------ attributes

    private static String attributeName(Object name) {
        if (!(name instanceof String s)) {
            throw PRaise.typeError(null, "attribute name must be string, not '%s'", PyObjectOps.typeName(name));
        }
        return s;
    }

    private static boolean isAttributeError(PException e) {
        return e.getException().getPythonClass().isSubclassOf(BuiltinClasses.ATTRIBUTE_ERROR);
    }

    @Builtin(name = "getattr", signature = "object, name, default=?, /")
    @GenerateNodeFactory
    public abstract static class GetAttrNode extends BuiltinNode.Ternary {
        @Specialization
        static Object getattr(Object obj, Object name, Object dflt) {
            return getAttribute(obj, attributeName(name), dflt);
        }

        @TruffleBoundary
        private static Object getAttribute(Object obj, String name, Object dflt) {
            if (dflt == PNone.NO_VALUE) {
                return Attributes.get(obj, name);
            }
            try {
                Object v = Attributes.lookup(obj, name);
                return v == null ? dflt : v;
            } catch (PException e) {
                if (isAttributeError(e)) {
                    return dflt;
                }
                throw e;
            }
        }
    }

    @Builtin(name = "hasattr", signature = "obj, name, /")
    @GenerateNodeFactory
    public abstract static class HasAttrNode extends BuiltinNode.Binary {
        @Specialization
        static Object hasattr(Object obj, Object name) {
            return hasAttribute(obj, attributeName(name));
        }

        @TruffleBoundary
        private static boolean hasAttribute(Object obj, String name) {
            try {
                return Attributes.lookup(obj, name) != null;
            } catch (PException e) {
                if (isAttributeError(e)) {
                    return false;
                }
                throw e;
            }
        }
    }

    @Builtin(name = "setattr", signature = "obj, name, value, /")
    @GenerateNodeFactory
    public abstract static class SetAttrNode extends BuiltinNode.Ternary {
        @Specialization
        static Object setattr(Object obj, Object name, Object value) {
            Attributes.set(obj, attributeName(name), value);
            return PNone.NONE;
        }
    }

    @Builtin(name = "delattr", signature = "obj, name, /")
    @GenerateNodeFactory
    public abstract static class DelAttrNode extends BuiltinNode.Binary {
        @Specialization
        static Object delattr(Object obj, Object name) {
            Attributes.delete(obj, attributeName(name));
            return PNone.NONE;
        }
    }

    @Builtin(name = "dir", signature = "object=?, /")
    @GenerateNodeFactory
    public abstract static class DirNode extends BuiltinNode.Unary {
        @Specialization
        static Object dir(Object obj) {
            if (obj == PNone.NO_VALUE) {
                throw PRaise.typeError(null, "dir() without arguments is not supported yet");
            }
            return names(obj);
        }

        @TruffleBoundary
        private static PList names(Object obj) {
            Object special = SpecialMethods.callIfDefined(obj, "__dir__");
            TreeSet<String> names = new TreeSet<>(Comparison::compareStrings);
            if (special != null) {
                for (Object o : PyObjectOps.toArray(special)) {
                    names.add((String) o);
                }
                return new PList(names.toArray());
            }
            if (obj instanceof PModule m) {
                names.addAll(m.boundNames().keySet());
            } else if (obj instanceof PythonClass c) {
                addClassNames(c, names);
            } else {
                addClassNames(PyObjectOps.typeOf(obj), names);
                names.add("__class__");
                if (obj instanceof dev.krait.runtime.PInstance inst) {
                    // Read the attributes without taking __dict__ (which would move them off the shape).
                    for (Object k : Attributes.ownAttributeNames(inst)) {
                        names.add((String) k);
                    }
                } else if (obj instanceof PBaseException e && e.attributesOrNull() != null) {
                    names.addAll(e.attributesOrNull().keySet());
                }
                if (!(obj instanceof dev.krait.runtime.PInstance) && instanceDict(obj) instanceof PDict d) {
                    for (Object k : PyObjectOps.toArray(d)) {
                        if (k instanceof String name) {
                            names.add(name);
                        }
                    }
                }
            }
            return new PList(names.toArray());
        }

        private static Object instanceDict(Object obj) {
            try {
                return Attributes.lookup(obj, "__dict__");
            } catch (PException e) {
                return null;
            }
        }

        private static void addClassNames(PythonClass c, TreeSet<String> names) {
            for (PythonClass k : c.mro) {
                for (Map.Entry<String, Object> e : k.ownAttributes().entrySet()) {
                    names.add(e.getKey());
                }
            }
        }
    }

    @Builtin(name = "vars", signature = "object=?, /")
    @GenerateNodeFactory
    public abstract static class VarsNode extends BuiltinNode.Unary {
        @Specialization
        @TruffleBoundary
        static Object vars(Object obj) {
            if (obj == PNone.NO_VALUE) {
                throw PRaise.typeError(null, "vars() without arguments is not supported yet");
            }
            Object dict;
            try {
                dict = Attributes.lookup(obj, "__dict__");
            } catch (PException e) {
                if (!isAttributeError(e)) {
                    throw e;
                }
                dict = null;
            }
            if (dict == null) {
                throw PRaise.typeError(null, "vars() argument must have __dict__ attribute");
            }
            return dict;
        }
    }

    // ------------------------------------------------------------------ numbers

    /** exit() (and quit(), the same function), which CPython's site module provides for the interactive prompt. */
    @Builtin(name = "exit", signature = "code=None")
    @GenerateNodeFactory
    public abstract static class ExitNode extends BuiltinNode.Unary {
        @Specialization
        static Object exit(Object code) {
            throw dev.krait.builtins.modules.SysModule.systemExit(code, false);
        }
    }

    @Builtin(name = "abs", signature = "x, /")
    @GenerateNodeFactory
    public abstract static class AbsNode extends BuiltinNode.Unary {
        @Specialization(rewriteOn = ArithmeticException.class)
        static long absLong(long x) {
            return Math.abs(Math.negateExact(x));
        }

        @Specialization
        static double absDouble(double x) {
            return Math.abs(x);
        }

        @Specialization(replaces = "absLong")
        static Object abs(Object x) {
            return absolute(x);
        }

        @TruffleBoundary
        static Object absolute(Object x) {
            Object r = Arithmetic.abs(x);
            if (r != PNotImplemented.INSTANCE) {
                return r;
            }
            Object special = SpecialMethods.callIfDefined(x, "__abs__");
            if (special != null) {
                return special;
            }
            throw PRaise.typeError(null, "bad operand type for abs(): '%s'", PyObjectOps.typeName(x));
        }
    }

    @Builtin(name = "divmod", signature = "x, y, /")
    @GenerateNodeFactory
    public abstract static class DivmodNode extends BuiltinNode.Binary {
        @Specialization
        static Object divmod(Object x, Object y) {
            return divide(x, y);
        }

        @TruffleBoundary
        static Object divide(Object x, Object y) {
            if (Arithmetic.isInt(x) && Arithmetic.isInt(y)) {
                return PTuple.of(Arithmetic.intBinary(Operator.FLOORDIV, x, y), Arithmetic.intBinary(Operator.MOD, x, y));
            }
            if (Arithmetic.isNumber(x) && Arithmetic.isNumber(y)) {
                double a = Arithmetic.toDouble(x);
                double b = Arithmetic.toDouble(y);
                if (b == 0) {
                    throw PRaise.zeroDivision(null, "float divmod()");
                }
                double[] qr = Arithmetic.floatDivmod(a, b);
                return PTuple.of(qr[0], qr[1]);
            }
            Object forward = SpecialMethods.lookupUser(x, "__divmod__");
            if (forward != null) {
                Object r = Calls.callUncached(forward, x, y);
                if (r != PNotImplemented.INSTANCE) {
                    return r;
                }
            }
            Object reflected = SpecialMethods.lookupUser(y, "__rdivmod__");
            if (reflected != null) {
                Object r = Calls.callUncached(reflected, y, x);
                if (r != PNotImplemented.INSTANCE) {
                    return r;
                }
            }
            Object xValue = PyObjectOps.builtinValue(x);
            Object yValue = PyObjectOps.builtinValue(y);
            if (xValue != x || yValue != y) {
                return divide(xValue, yValue);
            }
            throw PRaise.typeError(null, "unsupported operand type(s) for divmod(): '%s' and '%s'", PyObjectOps.typeName(x), PyObjectOps.typeName(y));
        }
    }

    @Builtin(name = "pow", signature = "base, exp, mod=None")
    @GenerateNodeFactory
    public abstract static class PowNode extends BuiltinNode.Ternary {
        @Specialization
        static Object pow(Object base, Object exp, Object mod) {
            if (mod == PNone.NONE) {
                return BinaryOpNode.generic(Operator.POW, base, exp);
            }
            return powMod(base, exp, mod);
        }

        @TruffleBoundary
        private static Object powMod(Object base, Object exp, Object mod) {
            if (Arithmetic.isInt(base) && Arithmetic.isInt(exp) && Arithmetic.isInt(mod)) {
                return IntOps.powMod(base, exp, mod);
            }
            Object special = SpecialMethods.lookupUser(base, "__pow__");
            if (special != null) {
                Object r = Calls.callUncached(special, base, exp, mod);
                if (r != PNotImplemented.INSTANCE) {
                    return r;
                }
            }
            if (Arithmetic.isNumber(base) && Arithmetic.isNumber(exp) && Arithmetic.isNumber(mod)) {
                throw PRaise.typeError(null, "pow() 3rd argument not allowed unless all arguments are integers");
            }
            throw PRaise.typeError(null, "unsupported operand type(s) for ** or pow(): '%s', '%s', '%s'", PyObjectOps.typeName(base),
                            PyObjectOps.typeName(exp), PyObjectOps.typeName(mod));
        }
    }

    @Builtin(name = "round", signature = "number, ndigits=None")
    @GenerateNodeFactory
    public abstract static class RoundNode extends BuiltinNode.Binary {
        @Specialization
        static Object round(Object number, Object ndigits) {
            return roundNumber(number, ndigits);
        }

        @TruffleBoundary
        static Object roundNumber(Object number, Object ndigits) {
            if (Arithmetic.isInt(number)) {
                if (ndigits == PNone.NONE) {
                    return number instanceof Boolean b ? (Object) (b ? 1L : 0L) : number;
                }
                return IntOps.roundInt(number, IntOps.index(ndigits));
            }
            if (number instanceof Double d) {
                if (ndigits == PNone.NONE) {
                    return IntOps.roundFloatToInt(d);
                }
                Object n = IntOps.index(ndigits);
                long digits = n instanceof Long l ? l : (((BigInteger) n).signum() > 0 ? Long.MAX_VALUE : Long.MIN_VALUE);
                return IntOps.roundFloat(d, digits);
            }
            Object special = SpecialMethods.lookupUser(number, "__round__");
            if (special != null) {
                return ndigits == PNone.NONE ? Calls.callUncached(special, number) : Calls.callUncached(special, number, ndigits);
            }
            throw PRaise.typeError(null, "type %s doesn't define __round__ method", PyObjectOps.typeName(number));
        }
    }

    @Builtin(name = "bin", signature = "number, /")
    @GenerateNodeFactory
    public abstract static class BinNode extends BuiltinNode.Unary {
        @Specialization
        static Object bin(Object number) {
            return IntOps.toBase(IntOps.index(number), 2, "0b");
        }
    }

    @Builtin(name = "oct", signature = "number, /")
    @GenerateNodeFactory
    public abstract static class OctNode extends BuiltinNode.Unary {
        @Specialization
        static Object oct(Object number) {
            return IntOps.toBase(IntOps.index(number), 8, "0o");
        }
    }

    @Builtin(name = "hex", signature = "number, /")
    @GenerateNodeFactory
    public abstract static class HexNode extends BuiltinNode.Unary {
        @Specialization
        static Object hex(Object number) {
            return IntOps.toBase(IntOps.index(number), 16, "0x");
        }
    }

    @Builtin(name = "chr", signature = "i, /")
    @GenerateNodeFactory
    public abstract static class ChrNode extends BuiltinNode.Unary {
        @Specialization
        static Object chr(Object i) {
            Object v = IntOps.index(i);
            if (!(v instanceof Long l) || l < 0 || l > 0x10ffff) {
                if (v instanceof BigInteger) {
                    throw PRaise.error(null, BuiltinClasses.OVERFLOW_ERROR, "Python int too large to convert to C int");
                }
                throw PRaise.valueError(null, "chr() arg not in range(0x110000)");
            }
            return Strings.fromCodePoint((int) (long) l);
        }
    }

    @Builtin(name = "ord", signature = "c, /")
    @GenerateNodeFactory
    public abstract static class OrdNode extends BuiltinNode.Unary {
        @Specialization
        static Object ord(Object c) {
            if (c instanceof String s) {
                int n = Strings.codePointLength(s);
                if (n != 1) {
                    throw PRaise.typeError(null, "ord() expected a character, but string of length %d found", n);
                }
                return (long) s.codePointAt(0);
            }
            if (c instanceof byte[] b) {
                if (b.length != 1) {
                    throw PRaise.typeError(null, "ord() expected a character, but string of length %d found", b.length);
                }
                return (long) (b[0] & 0xff);
            }
            throw PRaise.typeError(null, "ord() expected string of length 1, but %s found", PyObjectOps.typeName(c));
        }
    }

    @Builtin(name = "sum", signature = "iterable, /, start=0")
    @GenerateNodeFactory
    public abstract static class SumNode extends BuiltinNode.Binary {
        @Specialization
        static Object sum(Object iterable, Object start, @Cached GetIterNode getIter, @Cached dev.krait.ops.NextNode next) {
            if (start instanceof String) {
                throw PRaise.typeError(null, "sum() can't sum strings [use ''.join(seq) instead]");
            }
            if (start instanceof byte[]) {
                throw PRaise.typeError(null, "sum() can't sum bytes [use b''.join(seq) instead]");
            }
            Object it = getIter.execute(iterable);
            Object result = start;
            Object v;
            while ((v = next.execute(it)) != null) {
                if (result instanceof Long a && v instanceof Long b) {
                    long r = a + b;
                    if (((a ^ r) & (b ^ r)) >= 0) {
                        result = r;
                        continue;
                    }
                } else if (result instanceof Double a && v instanceof Double b) {
                    result = a + b;
                    continue;
                }
                result = BinaryOpNode.generic(Operator.ADD, result, v);
            }
            return result;
        }
    }

    // ------------------------------------------------------------------ iteration

    @Builtin(name = "iter", signature = "object, sentinel=?, /")
    @GenerateNodeFactory
    public abstract static class IterNode extends BuiltinNode.Binary {
        @Specialization
        static Object iter(Object obj, Object sentinel) {
            if (sentinel == PNone.NO_VALUE) {
                return PyObjectOps.getIter(obj);
            }
            if (!CallableNode.isCallable(obj)) {
                throw PRaise.typeError(null, "iter(v, w): v must be callable");
            }
            return new BuiltinIterators.CallableIterator(obj, sentinel);
        }
    }

    @Builtin(name = "next", signature = "iterator, default=?, /")
    @GenerateNodeFactory
    public abstract static class NextNode extends BuiltinNode.Binary {
        @Specialization
        static Object next(Object iterator, Object dflt) {
            return nextOf(iterator, dflt);
        }

        @TruffleBoundary
        static Object nextOf(Object iterator, Object dflt) {
            if (!(iterator instanceof PIterator) && SpecialMethods.lookupUser(iterator, "__next__") == null) {
                throw PRaise.typeError(null, "'%s' object is not an iterator", PyObjectOps.typeName(iterator));
            }
            if (dflt == PNone.NO_VALUE && !(iterator instanceof PIterator)) {
                // A user iterator's StopIteration (with its value) passes through unchanged.
                return Calls.callUncached(SpecialMethods.lookupUser(iterator, "__next__"), iterator);
            }
            Object v = PyObjectOps.next(iterator);
            if (v == null) {
                if (dflt == PNone.NO_VALUE) {
                    throw PRaise.stopIteration(null, ((PIterator) iterator).takeStopValue());
                }
                return dflt;
            }
            return v;
        }
    }

    @Builtin(name = "all", signature = "iterable, /")
    @GenerateNodeFactory
    public abstract static class AllNode extends BuiltinNode.Unary {
        /** A loop of nodes, so that Graal can inline a generator argument's body into it. */
        @Specialization
        static boolean all(Object iterable, @Cached GetIterNode getIter, @Cached dev.krait.ops.NextNode next, @Cached IsTrueNode isTrue) {
            Object it = getIter.execute(iterable);
            Object v;
            while ((v = next.execute(it)) != null) {
                if (!isTrue.execute(v)) {
                    return false;
                }
            }
            return true;
        }
    }

    @Builtin(name = "any", signature = "iterable, /")
    @GenerateNodeFactory
    public abstract static class AnyNode extends BuiltinNode.Unary {
        @Specialization
        static boolean any(Object iterable, @Cached GetIterNode getIter, @Cached dev.krait.ops.NextNode next, @Cached IsTrueNode isTrue) {
            Object it = getIter.execute(iterable);
            Object v;
            while ((v = next.execute(it)) != null) {
                if (isTrue.execute(v)) {
                    return true;
                }
            }
            return false;
        }
    }

    @Builtin(name = "sorted", signature = "iterable, /, *, key=None, reverse=False")
    @GenerateNodeFactory
    public abstract static class SortedNode extends BuiltinNode.Ternary {
        @Specialization
        static Object sorted(Object iterable, Object key, Object reverse) {
            return sortedList(iterable, key, reverse);
        }

        @TruffleBoundary
        static PList sortedList(Object iterable, Object key, Object reverse) {
            Object[] items = PyObjectOps.toArray(iterable);
            Sorting.sort(items, key, PyObjectOps.isTrue(reverse));
            return new PList(items);
        }
    }

    /** max() and min(): one iterable or several arguments, with key= and (for an iterable) default=. */
    @TruffleBoundary
    static Object extreme(String name, CompareOperator op, PTuple args, Object key, Object dflt) {
        Object it;
        if (args.size() == 0) {
            throw PRaise.typeError(null, "%s expected at least 1 argument, got 0", name);
        } else if (args.size() == 1) {
            it = PyObjectOps.getIter(args.get(0));
        } else {
            if (dflt != PNone.NO_VALUE) {
                throw PRaise.typeError(null, "Cannot specify a default for %s() with multiple positional arguments", name);
            }
            it = PyObjectOps.getIter(args);
        }
        boolean hasKey = key != PNone.NONE;
        Object best = null;
        Object bestKey = null;
        Object v;
        while ((v = PyObjectOps.next(it)) != null) {
            Object k = hasKey ? Calls.callUncached(key, v) : v;
            if (best == null) {
                best = v;
                bestKey = k;
            } else if (k instanceof Long a && bestKey instanceof Long b) {
                if (op == CompareOperator.GT ? a > b : a < b) {
                    best = v;
                    bestKey = k;
                }
            } else {
                Object r = Comparison.richCompare(op, k, bestKey);
                if (r instanceof Boolean b ? b : PyObjectOps.isTrue(r)) {
                    best = v;
                    bestKey = k;
                }
            }
        }
        if (best == null) {
            if (dflt != PNone.NO_VALUE) {
                return dflt;
            }
            throw PRaise.valueError(null, "%s() arg is an empty sequence", name);
        }
        return best;
    }

    @Builtin(name = "max", signature = "*args, key=None, default=?")
    @GenerateNodeFactory
    public abstract static class MaxNode extends BuiltinNode.Ternary {
        @Specialization
        static Object max(Object key, Object dflt, Object args) {
            return extreme("max", CompareOperator.GT, (PTuple) args, key, dflt);
        }
    }

    @Builtin(name = "min", signature = "*args, key=None, default=?")
    @GenerateNodeFactory
    public abstract static class MinNode extends BuiltinNode.Ternary {
        @Specialization
        static Object min(Object key, Object dflt, Object args) {
            return extreme("min", CompareOperator.LT, (PTuple) args, key, dflt);
        }
    }

    /** The iterators of the arguments, for zip() and map(). */
    @TruffleBoundary
    static Object[] iteratorsOf(PTuple iterables) {
        List<Object> out = new ArrayList<>(iterables.size());
        for (Object o : iterables.getItems()) {
            out.add(PyObjectOps.getIter(o));
        }
        return out.toArray();
    }
}
