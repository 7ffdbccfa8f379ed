package dev.krait.builtins;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.krait.ast.CompareOperator;
import dev.krait.ast.Operator;
import dev.krait.ops.BinaryOpNode;
import dev.krait.ops.Comparison;
import dev.krait.ops.Formatting;
import dev.krait.ops.Items;
import dev.krait.ops.PercentFormat;
import dev.krait.ops.PyObjectOps;
import dev.krait.ops.Repr;
import dev.krait.ops.StrFormat;
import dev.krait.ops.StrOps;
import dev.krait.ops.Strings;
import dev.krait.runtime.Hashing;
import dev.krait.runtime.PNone;
import dev.krait.runtime.PNotImplemented;
import dev.krait.runtime.PRaise;
import dev.krait.runtime.PTuple;

/** The methods of str. The algorithms are in {@link StrOps}, {@link StrFormat} and {@link PercentFormat}. */
@GenerateNodeFactory
public final class StrBuiltins {
    private StrBuiltins() {
    }

    @Builtin(name = "__new__", signature = "cls, object='', encoding=?, errors=?", isStatic = true)
    @GenerateNodeFactory
    public abstract static class NewNode extends BuiltinNode.Quaternary {
        @Specialization
        static Object create(Object cls, Object obj, Object encoding, Object errors) {
            Object value = encoding == PNone.NO_VALUE && errors == PNone.NO_VALUE ? Repr.str(obj) : decode(obj, encoding, errors);
            return cls == dev.krait.runtime.BuiltinClasses.STR ? value : dev.krait.ops.Classes.withValue((dev.krait.runtime.PythonClass) cls, value);
        }

        @TruffleBoundary
        private static Object decode(Object obj, Object encoding, Object errors) {
            if (!(obj instanceof byte[] bytes)) {
                throw PRaise.typeError(null, "decoding to str: need a bytes-like object, %s found", PyObjectOps.typeName(obj));
            }
            return StrOps.decode(bytes, encoding, errors);
        }
    }

    @Builtin(name = "maketrans", signature = "x, y=?, z=?, /", isStatic = true)
    @GenerateNodeFactory
    public abstract static class MaketransNode extends BuiltinNode.Ternary {
        @Specialization
        static Object maketrans(Object x, Object y, Object z) {
            return StrOps.maketrans(x, y, z);
        }
    }

    // ------------------------------------------------------------------ helpers of the methods below

    static long found(long index) {
        if (index < 0) {
            throw PRaise.valueError(null, "substring not found");
        }
        return index;
    }

    @TruffleBoundary
    static String removePrefix(String self, Object prefix) {
        if (!(prefix instanceof String p)) {
            throw PRaise.typeError(null, "removeprefix() argument must be str, not %s", PyObjectOps.typeName(prefix));
        }
        return self.startsWith(p) ? self.substring(p.length()) : self;
    }

    @TruffleBoundary
    static String removeSuffix(String self, Object suffix) {
        if (!(suffix instanceof String p)) {
            throw PRaise.typeError(null, "removesuffix() argument must be str, not %s", PyObjectOps.typeName(suffix));
        }
        return self.endsWith(p) && !p.isEmpty() ? self.substring(0, self.length() - p.length()) : self;
    }

    @TruffleBoundary
    static Object concat(String self, Object value) {
        if (!(value instanceof String s)) {
            throw PRaise.typeError(null, "can only concatenate str (not \"%s\") to str", PyObjectOps.typeName(value));
        }
        return self.concat(s);
    }

    static Object repeat(String self, Object count) {
        return BinaryOpNode.generic(Operator.MUL, self, count);
    }

    static Object compare(CompareOperator op, String self, Object value) {
        if (!(value instanceof String)) {
            return PNotImplemented.INSTANCE;
        }
        return Comparison.richCompare(op, self, value);
    }

    static String checkSpec(Object spec) {
        if (!(spec instanceof String s)) {
            throw PRaise.typeError(null, "argument must be str, not %s", PyObjectOps.typeName(spec));
        }
        return s;
    }

    // ------------------------------------------------------------------ methods

    @Builtin(name = "isdigit", signature = "self, /")
    @GenerateNodeFactory
    public abstract static class IsdigitNode extends BuiltinNode.Unary {
        @Specialization
        static boolean isdigit(String self) {
            return StrOps.all(self, StrOps::isDigit);
        }
    }

    @Builtin(name = "isdecimal", signature = "self, /")
    @GenerateNodeFactory
    public abstract static class IsdecimalNode extends BuiltinNode.Unary {
        @Specialization
        static boolean isdecimal(String self) {
            return StrOps.all(self, StrOps::isDecimal);
        }
    }

    @Builtin(name = "isnumeric", signature = "self, /")
    @GenerateNodeFactory
    public abstract static class IsnumericNode extends BuiltinNode.Unary {
        @Specialization
        static boolean isnumeric(String self) {
            return StrOps.all(self, StrOps::isNumeric);
        }
    }

    @Builtin(name = "isalpha", signature = "self, /")
    @GenerateNodeFactory
    public abstract static class IsalphaNode extends BuiltinNode.Unary {
        @Specialization
        static boolean isalpha(String self) {
            return StrOps.all(self, StrOps::isAlpha);
        }
    }

    @Builtin(name = "isalnum", signature = "self, /")
    @GenerateNodeFactory
    public abstract static class IsalnumNode extends BuiltinNode.Unary {
        @Specialization
        static boolean isalnum(String self) {
            return StrOps.all(self, StrOps::isAlnum);
        }
    }

    @Builtin(name = "isspace", signature = "self, /")
    @GenerateNodeFactory
    public abstract static class IsspaceNode extends BuiltinNode.Unary {
        @Specialization
        static boolean isspace(String self) {
            return StrOps.all(self, StrOps::isSpace);
        }
    }

    @Builtin(name = "isupper", signature = "self, /")
    @GenerateNodeFactory
    public abstract static class IsupperNode extends BuiltinNode.Unary {
        @Specialization
        static boolean isupper(String self) {
            return StrOps.isUpper(self);
        }
    }

    @Builtin(name = "islower", signature = "self, /")
    @GenerateNodeFactory
    public abstract static class IslowerNode extends BuiltinNode.Unary {
        @Specialization
        static boolean islower(String self) {
            return StrOps.isLower(self);
        }
    }

    @Builtin(name = "istitle", signature = "self, /")
    @GenerateNodeFactory
    public abstract static class IstitleNode extends BuiltinNode.Unary {
        @Specialization
        static boolean istitle(String self) {
            return StrOps.isTitle(self);
        }
    }

    @Builtin(name = "isidentifier", signature = "self, /")
    @GenerateNodeFactory
    public abstract static class IsidentifierNode extends BuiltinNode.Unary {
        @Specialization
        static boolean isidentifier(String self) {
            return StrOps.isIdentifier(self);
        }
    }

    @Builtin(name = "isprintable", signature = "self, /")
    @GenerateNodeFactory
    public abstract static class IsprintableNode extends BuiltinNode.Unary {
        @Specialization
        static boolean isprintable(String self) {
            return StrOps.isPrintable(self);
        }
    }

    @Builtin(name = "isascii", signature = "self, /")
    @GenerateNodeFactory
    public abstract static class IsasciiNode extends BuiltinNode.Unary {
        @Specialization
        static boolean isascii(String self) {
            return StrOps.isAscii(self);
        }
    }

    @Builtin(name = "upper", signature = "self, /")
    @GenerateNodeFactory
    public abstract static class UpperNode extends BuiltinNode.Unary {
        @Specialization
        static Object upper(String self) {
            return StrOps.upper(self);
        }
    }

    @Builtin(name = "lower", signature = "self, /")
    @GenerateNodeFactory
    public abstract static class LowerNode extends BuiltinNode.Unary {
        @Specialization
        static Object lower(String self) {
            return StrOps.lower(self);
        }
    }

    @Builtin(name = "casefold", signature = "self, /")
    @GenerateNodeFactory
    public abstract static class CasefoldNode extends BuiltinNode.Unary {
        @Specialization
        static Object casefold(String self) {
            return StrOps.casefold(self);
        }
    }

    @Builtin(name = "swapcase", signature = "self, /")
    @GenerateNodeFactory
    public abstract static class SwapcaseNode extends BuiltinNode.Unary {
        @Specialization
        static Object swapcase(String self) {
            return StrOps.swapcase(self);
        }
    }

    @Builtin(name = "title", signature = "self, /")
    @GenerateNodeFactory
    public abstract static class TitleNode extends BuiltinNode.Unary {
        @Specialization
        static Object title(String self) {
            return StrOps.title(self);
        }
    }

    @Builtin(name = "capitalize", signature = "self, /")
    @GenerateNodeFactory
    public abstract static class CapitalizeNode extends BuiltinNode.Unary {
        @Specialization
        static Object capitalize(String self) {
            return StrOps.capitalize(self);
        }
    }

    @Builtin(name = "find", signature = "self, sub, start=None, end=None, /")
    @GenerateNodeFactory
    public abstract static class FindNode extends BuiltinNode.Quaternary {
        @Specialization
        static Object find(String self, Object sub, Object start, Object end) {
            return StrOps.find(self, sub, start, end, false);
        }
    }

    @Builtin(name = "rfind", signature = "self, sub, start=None, end=None, /")
    @GenerateNodeFactory
    public abstract static class RfindNode extends BuiltinNode.Quaternary {
        @Specialization
        static Object rfind(String self, Object sub, Object start, Object end) {
            return StrOps.find(self, sub, start, end, true);
        }
    }

    @Builtin(name = "index", signature = "self, sub, start=None, end=None, /")
    @GenerateNodeFactory
    public abstract static class IndexNode extends BuiltinNode.Quaternary {
        @Specialization
        static Object index(String self, Object sub, Object start, Object end) {
            return found(StrOps.find(self, sub, start, end, false));
        }
    }

    @Builtin(name = "rindex", signature = "self, sub, start=None, end=None, /")
    @GenerateNodeFactory
    public abstract static class RindexNode extends BuiltinNode.Quaternary {
        @Specialization
        static Object rindex(String self, Object sub, Object start, Object end) {
            return found(StrOps.find(self, sub, start, end, true));
        }
    }

    @Builtin(name = "count", signature = "self, sub, start=None, end=None, /")
    @GenerateNodeFactory
    public abstract static class CountNode extends BuiltinNode.Quaternary {
        @Specialization
        static Object count(String self, Object sub, Object start, Object end) {
            return StrOps.count(self, sub, start, end);
        }
    }

    @Builtin(name = "startswith", signature = "self, prefix, start=None, end=None, /")
    @GenerateNodeFactory
    public abstract static class StartswithNode extends BuiltinNode.Quaternary {
        @Specialization
        static Object startswith(String self, Object prefix, Object start, Object end) {
            return StrOps.matches(self, prefix, start, end, false);
        }
    }

    @Builtin(name = "endswith", signature = "self, suffix, start=None, end=None, /")
    @GenerateNodeFactory
    public abstract static class EndswithNode extends BuiltinNode.Quaternary {
        @Specialization
        static Object endswith(String self, Object suffix, Object start, Object end) {
            return StrOps.matches(self, suffix, start, end, true);
        }
    }

    @Builtin(name = "split", signature = "self, /, sep=None, maxsplit=-1")
    @GenerateNodeFactory
    public abstract static class SplitNode extends BuiltinNode.Ternary {
        @Specialization
        static Object split(String self, Object sep, Object maxsplit) {
            return StrOps.split(self, sep, maxsplit);
        }
    }

    @Builtin(name = "rsplit", signature = "self, /, sep=None, maxsplit=-1")
    @GenerateNodeFactory
    public abstract static class RsplitNode extends BuiltinNode.Ternary {
        @Specialization
        static Object rsplit(String self, Object sep, Object maxsplit) {
            return StrOps.rsplit(self, sep, maxsplit);
        }
    }

    @Builtin(name = "splitlines", signature = "self, /, keepends=False")
    @GenerateNodeFactory
    public abstract static class SplitlinesNode extends BuiltinNode.Binary {
        @Specialization
        static Object splitlines(String self, Object keepends) {
            return StrOps.splitlines(self, PyObjectOps.isTrue(keepends));
        }
    }

    @Builtin(name = "partition", signature = "self, sep, /")
    @GenerateNodeFactory
    public abstract static class PartitionNode extends BuiltinNode.Binary {
        @Specialization
        static Object partition(String self, Object sep) {
            return StrOps.partition(self, sep, false);
        }
    }

    @Builtin(name = "rpartition", signature = "self, sep, /")
    @GenerateNodeFactory
    public abstract static class RpartitionNode extends BuiltinNode.Binary {
        @Specialization
        static Object rpartition(String self, Object sep) {
            return StrOps.partition(self, sep, true);
        }
    }

    @Builtin(name = "join", signature = "self, iterable, /")
    @GenerateNodeFactory
    public abstract static class JoinNode extends BuiltinNode.Binary {
        @Specialization
        static Object join(String self, Object iterable) {
            return StrOps.join(self, iterable);
        }
    }

    @Builtin(name = "strip", signature = "self, chars=None, /")
    @GenerateNodeFactory
    public abstract static class StripNode extends BuiltinNode.Binary {
        @Specialization
        static Object strip(String self, Object chars) {
            return StrOps.strip(self, chars, 0, "strip");
        }
    }

    @Builtin(name = "lstrip", signature = "self, chars=None, /")
    @GenerateNodeFactory
    public abstract static class LstripNode extends BuiltinNode.Binary {
        @Specialization
        static Object lstrip(String self, Object chars) {
            return StrOps.strip(self, chars, 1, "lstrip");
        }
    }

    @Builtin(name = "rstrip", signature = "self, chars=None, /")
    @GenerateNodeFactory
    public abstract static class RstripNode extends BuiltinNode.Binary {
        @Specialization
        static Object rstrip(String self, Object chars) {
            return StrOps.strip(self, chars, 2, "rstrip");
        }
    }

    @Builtin(name = "ljust", signature = "self, width, fillchar=' ', /")
    @GenerateNodeFactory
    public abstract static class LjustNode extends BuiltinNode.Ternary {
        @Specialization
        static Object ljust(String self, Object width, Object fillchar) {
            return StrOps.justify(self, width, fillchar, '<');
        }
    }

    @Builtin(name = "rjust", signature = "self, width, fillchar=' ', /")
    @GenerateNodeFactory
    public abstract static class RjustNode extends BuiltinNode.Ternary {
        @Specialization
        static Object rjust(String self, Object width, Object fillchar) {
            return StrOps.justify(self, width, fillchar, '>');
        }
    }

    @Builtin(name = "center", signature = "self, width, fillchar=' ', /")
    @GenerateNodeFactory
    public abstract static class CenterNode extends BuiltinNode.Ternary {
        @Specialization
        static Object center(String self, Object width, Object fillchar) {
            return StrOps.justify(self, width, fillchar, '^');
        }
    }

    @Builtin(name = "zfill", signature = "self, width, /")
    @GenerateNodeFactory
    public abstract static class ZfillNode extends BuiltinNode.Binary {
        @Specialization
        static Object zfill(String self, Object width) {
            return StrOps.zfill(self, width);
        }
    }

    @Builtin(name = "expandtabs", signature = "self, /, tabsize=8")
    @GenerateNodeFactory
    public abstract static class ExpandtabsNode extends BuiltinNode.Binary {
        @Specialization
        static Object expandtabs(String self, Object tabsize) {
            return StrOps.expandtabs(self, tabsize);
        }
    }

    @Builtin(name = "replace", signature = "self, old, new, count=-1, /")
    @GenerateNodeFactory
    public abstract static class ReplaceNode extends BuiltinNode.Quaternary {
        @Specialization
        static Object replace(String self, Object old, Object replacement, Object count) {
            return StrOps.replace(self, old, replacement, count);
        }
    }

    @Builtin(name = "removeprefix", signature = "self, prefix, /")
    @GenerateNodeFactory
    public abstract static class RemoveprefixNode extends BuiltinNode.Binary {
        @Specialization
        static Object removeprefix(String self, Object prefix) {
            return removePrefix(self, prefix);
        }
    }

    @Builtin(name = "removesuffix", signature = "self, suffix, /")
    @GenerateNodeFactory
    public abstract static class RemovesuffixNode extends BuiltinNode.Binary {
        @Specialization
        static Object removesuffix(String self, Object suffix) {
            return removeSuffix(self, suffix);
        }
    }

    @Builtin(name = "translate", signature = "self, table, /")
    @GenerateNodeFactory
    public abstract static class TranslateNode extends BuiltinNode.Binary {
        @Specialization
        static Object translate(String self, Object table) {
            return StrOps.translate(self, table);
        }
    }

    @Builtin(name = "encode", signature = "self, /, encoding='utf-8', errors='strict'")
    @GenerateNodeFactory
    public abstract static class EncodeNode extends BuiltinNode.Ternary {
        @Specialization
        static Object encode(String self, Object encoding, Object errors) {
            return StrOps.encode(self, encoding, errors);
        }
    }

    @Builtin(name = "format", signature = "self, /, *args, **kwargs")
    @GenerateNodeFactory
    public abstract static class FormatNode extends BuiltinNode.Ternary {
        @Specialization
        static Object format(String self, Object args, Object kwargs) {
            return StrFormat.format(self, (PTuple) args, kwargs);
        }
    }

    @Builtin(name = "format_map", signature = "self, mapping, /")
    @GenerateNodeFactory
    public abstract static class FormatMapNode extends BuiltinNode.Binary {
        @Specialization
        static Object formatmap(String self, Object mapping) {
            return StrFormat.format(self, null, mapping);
        }
    }

    @Builtin(name = "__format__", signature = "self, format_spec, /")
    @GenerateNodeFactory
    public abstract static class FormatDunderNode extends BuiltinNode.Binary {
        @Specialization(guards = "isStr(self)")
        static Object dunderFormat(Object self, Object spec) {
            return Formatting.formatOwn(self, checkSpec(spec));
        }

        static boolean isStr(Object self) {
            return PyObjectOps.builtinValue(self) instanceof String;
        }
    }

    @Builtin(name = "__len__", signature = "self, /")
    @GenerateNodeFactory
    public abstract static class LenDunderNode extends BuiltinNode.Unary {
        @Specialization
        static Object dunderLen(String self) {
            return (long) Strings.codePointLength(self);
        }
    }

    @Builtin(name = "__contains__", signature = "self, key, /")
    @GenerateNodeFactory
    public abstract static class ContainsDunderNode extends BuiltinNode.Binary {
        @Specialization
        static Object dunderContains(String self, Object key) {
            return PyObjectOps.contains(self, key);
        }
    }

    @Builtin(name = "__getitem__", signature = "self, key, /")
    @GenerateNodeFactory
    public abstract static class GetitemDunderNode extends BuiltinNode.Binary {
        @Specialization
        static Object dunderGetitem(String self, Object key) {
            return Items.getItemBuiltin(self, key);
        }
    }

    @Builtin(name = "__add__", signature = "self, value, /")
    @GenerateNodeFactory
    public abstract static class AddDunderNode extends BuiltinNode.Binary {
        @Specialization
        static Object dunderAdd(String self, Object value) {
            return concat(self, value);
        }
    }

    @Builtin(name = "__mul__", signature = "self, value, /")
    @GenerateNodeFactory
    public abstract static class MulDunderNode extends BuiltinNode.Binary {
        @Specialization
        static Object dunderMul(String self, Object value) {
            return repeat(self, value);
        }
    }

    @Builtin(name = "__rmul__", signature = "self, value, /")
    @GenerateNodeFactory
    public abstract static class RmulDunderNode extends BuiltinNode.Binary {
        @Specialization
        static Object dunderRmul(String self, Object value) {
            return repeat(self, value);
        }
    }

    @Builtin(name = "__mod__", signature = "self, value, /")
    @GenerateNodeFactory
    public abstract static class ModDunderNode extends BuiltinNode.Binary {
        @Specialization
        static Object dunderMod(String self, Object value) {
            return PercentFormat.format(self, value);
        }
    }

    @Builtin(name = "__iter__", signature = "self, /")
    @GenerateNodeFactory
    public abstract static class IterDunderNode extends BuiltinNode.Unary {
        @Specialization
        static Object dunderIter(String self) {
            return PyObjectOps.getIter(self);
        }
    }

    @Builtin(name = "__hash__", signature = "self, /")
    @GenerateNodeFactory
    public abstract static class HashDunderNode extends BuiltinNode.Unary {
        @Specialization
        static Object dunderHash(String self) {
            return Hashing.hash(self);
        }
    }

    @Builtin(name = "__str__", signature = "self, /")
    @GenerateNodeFactory
    public abstract static class StrDunderNode extends BuiltinNode.Unary {
        @Specialization
        static Object dunderStr(String self) {
            return self;
        }
    }

    @Builtin(name = "__repr__", signature = "self, /")
    @GenerateNodeFactory
    public abstract static class ReprDunderNode extends BuiltinNode.Unary {
        @Specialization
        static Object dunderRepr(String self) {
            return Repr.repr(self);
        }
    }

    @Builtin(name = "__eq__", signature = "self, value, /")
    @GenerateNodeFactory
    public abstract static class EqDunderNode extends BuiltinNode.Binary {
        @Specialization
        static Object dunderEq(String self, Object value) {
            return compare(CompareOperator.EQ, self, value);
        }
    }

    @Builtin(name = "__ne__", signature = "self, value, /")
    @GenerateNodeFactory
    public abstract static class NeDunderNode extends BuiltinNode.Binary {
        @Specialization
        static Object dunderNe(String self, Object value) {
            return compare(CompareOperator.NE, self, value);
        }
    }

    @Builtin(name = "__lt__", signature = "self, value, /")
    @GenerateNodeFactory
    public abstract static class LtDunderNode extends BuiltinNode.Binary {
        @Specialization
        static Object dunderLt(String self, Object value) {
            return compare(CompareOperator.LT, self, value);
        }
    }

    @Builtin(name = "__le__", signature = "self, value, /")
    @GenerateNodeFactory
    public abstract static class LeDunderNode extends BuiltinNode.Binary {
        @Specialization
        static Object dunderLe(String self, Object value) {
            return compare(CompareOperator.LE, self, value);
        }
    }

    @Builtin(name = "__gt__", signature = "self, value, /")
    @GenerateNodeFactory
    public abstract static class GtDunderNode extends BuiltinNode.Binary {
        @Specialization
        static Object dunderGt(String self, Object value) {
            return compare(CompareOperator.GT, self, value);
        }
    }

    @Builtin(name = "__ge__", signature = "self, value, /")
    @GenerateNodeFactory
    public abstract static class GeDunderNode extends BuiltinNode.Binary {
        @Specialization
        static Object dunderGe(String self, Object value) {
            return compare(CompareOperator.GE, self, value);
        }
    }
}
