package dev.krait.builtins;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.krait.ops.Arithmetic;
import dev.krait.ops.Items;
import dev.krait.ops.PyObjectOps;
import dev.krait.ops.StrOps;
import dev.krait.runtime.PList;
import dev.krait.runtime.PNone;
import dev.krait.runtime.PRaise;

/** The methods of bytes (a Java byte[] for now): construction, decoding, hex, and the common searching and splitting. */
@GenerateNodeFactory
public final class BytesBuiltins {
    private BytesBuiltins() {
    }

    /** A bytes-like argument. */
    static byte[] bytesArg(Object o) {
        if (o instanceof byte[] b) {
            return b;
        }
        throw PRaise.typeError(null, "a bytes-like object is required, not '%s'", PyObjectOps.typeName(o));
    }

    private static boolean isAsciiSpace(int b) {
        return b == ' ' || (b >= '\t' && b <= '\r');
    }

    @Builtin(name = "__new__", signature = "cls, source=?, encoding=?, errors=?", isStatic = true)
    @GenerateNodeFactory
    public abstract static class NewNode extends BuiltinNode.Quaternary {
        @Specialization
        @TruffleBoundary
        static Object create(Object cls, Object source, Object encoding, Object errors) {
            if (source == PNone.NO_VALUE) {
                return new byte[0];
            }
            if (source instanceof String s) {
                if (encoding == PNone.NO_VALUE) {
                    throw PRaise.typeError(null, "string argument without an encoding");
                }
                return StrOps.encode(s, encoding, errors == PNone.NO_VALUE ? "strict" : errors);
            }
            if (encoding != PNone.NO_VALUE || errors != PNone.NO_VALUE) {
                throw PRaise.typeError(null, encoding != PNone.NO_VALUE ? "encoding without a string argument" : "errors without a string argument");
            }
            if (source instanceof byte[] b) {
                return b;
            }
            if (Arithmetic.isInt(source)) {
                long n = PyObjectOps.toIndexValue(source);
                if (n < 0) {
                    throw PRaise.valueError(null, "negative count");
                }
                if (n > Integer.MAX_VALUE - 16) {
                    throw PRaise.memoryError();
                }
                return new byte[(int) n];
            }
            Object[] items = PyObjectOps.toArray(source);
            byte[] out = new byte[items.length];
            for (int i = 0; i < items.length; i++) {
                long v = PyObjectOps.toIndexValue(items[i]);
                if (v < 0 || v > 255) {
                    throw PRaise.valueError(null, "bytes must be in range(0, 256)");
                }
                out[i] = (byte) v;
            }
            return out;
        }
    }

    @Builtin(name = "decode", signature = "self, /, encoding='utf-8', errors='strict'")
    @GenerateNodeFactory
    public abstract static class DecodeNode extends BuiltinNode.Ternary {
        @Specialization
        static Object decode(byte[] self, Object encoding, Object errors) {
            return StrOps.decode(self, encoding, errors);
        }
    }

    @Builtin(name = "hex", signature = "self, /")
    @GenerateNodeFactory
    public abstract static class HexNode extends BuiltinNode.Unary {
        @Specialization
        @TruffleBoundary
        static Object hex(byte[] self) {
            StringBuilder sb = new StringBuilder(self.length * 2);
            for (byte b : self) {
                sb.append(Character.forDigit((b >> 4) & 0xf, 16)).append(Character.forDigit(b & 0xf, 16));
            }
            return sb.toString();
        }
    }

    @Builtin(name = "fromhex", signature = "string, /", isStatic = true)
    @GenerateNodeFactory
    public abstract static class FromHexNode extends BuiltinNode.Unary {
        @Specialization
        @TruffleBoundary
        static Object fromhex(Object string) {
            if (!(string instanceof String s)) {
                throw PRaise.typeError(null, "fromhex() argument must be str, not %s", PyObjectOps.typeName(string));
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            int i = 0;
            while (i < s.length()) {
                if (s.charAt(i) == ' ') {
                    i++;
                    continue;
                }
                int hi = Character.digit(s.charAt(i), 16);
                int lo = i + 1 < s.length() ? Character.digit(s.charAt(i + 1), 16) : -1;
                if (hi < 0 || s.charAt(i) > 127) {
                    throw PRaise.valueError(null, "non-hexadecimal number found in fromhex() arg at position %d", i);
                }
                if (lo < 0 || s.charAt(i + 1) > 127) {
                    throw PRaise.valueError(null, "non-hexadecimal number found in fromhex() arg at position %d", i + 1);
                }
                out.write(hi * 16 + lo);
                i += 2;
            }
            return out.toByteArray();
        }
    }

    @Builtin(name = "__len__", signature = "self, /")
    @GenerateNodeFactory
    public abstract static class LenNode extends BuiltinNode.Unary {
        @Specialization
        static long len(byte[] self) {
            return self.length;
        }
    }

    @Builtin(name = "__getitem__", signature = "self, key, /")
    @GenerateNodeFactory
    public abstract static class GetItemNode extends BuiltinNode.Binary {
        @Specialization
        static Object getItem(byte[] self, Object key) {
            return Items.getItemBuiltin(self, key);
        }
    }

    /** The needle of find/count/startswith: bytes, or an int for a single byte. */
    private static byte[] needle(Object sub) {
        if (Arithmetic.isInt(sub)) {
            long v = PyObjectOps.toIndexValue(sub);
            if (v < 0 || v > 255) {
                throw PRaise.valueError(null, "byte must be in range(0, 256)");
            }
            return new byte[]{(byte) v};
        }
        return bytesArg(sub);
    }

    private static int indexOf(byte[] hay, byte[] sub, int from) {
        outer: for (int i = Math.max(0, from); i + sub.length <= hay.length; i++) {
            for (int j = 0; j < sub.length; j++) {
                if (hay[i + j] != sub[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    @Builtin(name = "find", signature = "self, sub, /")
    @GenerateNodeFactory
    public abstract static class FindNode extends BuiltinNode.Binary {
        @Specialization
        @TruffleBoundary
        static long find(byte[] self, Object sub) {
            return indexOf(self, needle(sub), 0);
        }
    }

    @Builtin(name = "count", signature = "self, sub, /")
    @GenerateNodeFactory
    public abstract static class CountNode extends BuiltinNode.Binary {
        @Specialization
        @TruffleBoundary
        static long count(byte[] self, Object sub) {
            byte[] n = needle(sub);
            if (n.length == 0) {
                return self.length + 1;
            }
            long c = 0;
            int i = indexOf(self, n, 0);
            while (i >= 0) {
                c++;
                i = indexOf(self, n, i + n.length);
            }
            return c;
        }
    }

    @Builtin(name = "__contains__", signature = "self, key, /")
    @GenerateNodeFactory
    public abstract static class ContainsNode extends BuiltinNode.Binary {
        @Specialization
        @TruffleBoundary
        static boolean contains(byte[] self, Object key) {
            return indexOf(self, needle(key), 0) >= 0;
        }
    }

    @Builtin(name = "startswith", signature = "self, prefix, /")
    @GenerateNodeFactory
    public abstract static class StartsWithNode extends BuiltinNode.Binary {
        @Specialization
        @TruffleBoundary
        static boolean startswith(byte[] self, Object prefix) {
            byte[] p = bytesArg(prefix);
            return p.length <= self.length && Arrays.equals(self, 0, p.length, p, 0, p.length);
        }
    }

    @Builtin(name = "endswith", signature = "self, suffix, /")
    @GenerateNodeFactory
    public abstract static class EndsWithNode extends BuiltinNode.Binary {
        @Specialization
        @TruffleBoundary
        static boolean endswith(byte[] self, Object suffix) {
            byte[] p = bytesArg(suffix);
            return p.length <= self.length && Arrays.equals(self, self.length - p.length, self.length, p, 0, p.length);
        }
    }

    @Builtin(name = "join", signature = "self, iterable_of_bytes, /")
    @GenerateNodeFactory
    public abstract static class JoinNode extends BuiltinNode.Binary {
        @Specialization
        @TruffleBoundary
        static Object join(byte[] self, Object iterable) {
            Object[] items = PyObjectOps.toArray(iterable);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            for (int i = 0; i < items.length; i++) {
                if (!(items[i] instanceof byte[] b)) {
                    throw PRaise.typeError(null, "sequence item %d: expected a bytes-like object, %s found", i, PyObjectOps.typeName(items[i]));
                }
                if (i > 0) {
                    out.write(self, 0, self.length);
                }
                out.write(b, 0, b.length);
            }
            return out.toByteArray();
        }
    }

    @Builtin(name = "split", signature = "self, /, sep=None, maxsplit=-1")
    @GenerateNodeFactory
    public abstract static class SplitNode extends BuiltinNode.Ternary {
        @Specialization
        @TruffleBoundary
        static Object split(byte[] self, Object sep, Object maxsplit) {
            long max = PyObjectOps.toIndexValue(maxsplit);
            if (max < 0) {
                max = Long.MAX_VALUE;
            }
            PList out = new PList();
            int n = self.length;
            if (sep == PNone.NONE) {
                int i = 0;
                while (true) {
                    while (i < n && isAsciiSpace(self[i])) {
                        i++;
                    }
                    if (i >= n) {
                        break;
                    }
                    if (max == 0) {
                        out.append(Arrays.copyOfRange(self, i, n));
                        break;
                    }
                    int j = i;
                    while (j < n && !isAsciiSpace(self[j])) {
                        j++;
                    }
                    out.append(Arrays.copyOfRange(self, i, j));
                    max--;
                    i = j;
                }
                return out;
            }
            byte[] s = bytesArg(sep);
            if (s.length == 0) {
                throw PRaise.valueError(null, "empty separator");
            }
            int i = 0;
            while (max > 0) {
                int j = indexOf(self, s, i);
                if (j < 0) {
                    break;
                }
                out.append(Arrays.copyOfRange(self, i, j));
                i = j + s.length;
                max--;
            }
            out.append(Arrays.copyOfRange(self, i, n));
            return out;
        }
    }

    @Builtin(name = "strip", signature = "self, bytes=None, /")
    @GenerateNodeFactory
    public abstract static class StripNode extends BuiltinNode.Binary {
        @Specialization
        @TruffleBoundary
        static Object strip(byte[] self, Object chars) {
            byte[] set = chars == PNone.NONE ? null : bytesArg(chars);
            int start = 0;
            int end = self.length;
            while (start < end && stripped(self[start], set)) {
                start++;
            }
            while (end > start && stripped(self[end - 1], set)) {
                end--;
            }
            return Arrays.copyOfRange(self, start, end);
        }

        private static boolean stripped(byte b, byte[] set) {
            if (set == null) {
                return isAsciiSpace(b);
            }
            for (byte c : set) {
                if (c == b) {
                    return true;
                }
            }
            return false;
        }
    }

    @Builtin(name = "replace", signature = "self, old, new, count=-1, /")
    @GenerateNodeFactory
    public abstract static class ReplaceNode extends BuiltinNode.Quaternary {
        @Specialization
        @TruffleBoundary
        static Object replace(byte[] self, Object old, Object replacement, Object count) {
            byte[] o = bytesArg(old);
            byte[] r = bytesArg(replacement);
            long c = PyObjectOps.toIndexValue(count);
            if (c < 0) {
                c = Long.MAX_VALUE;
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            int i = 0;
            if (o.length == 0) {
                for (; i <= self.length; i++) {
                    if (c-- > 0) {
                        out.write(r, 0, r.length);
                    }
                    if (i < self.length) {
                        out.write(self[i]);
                    }
                }
                return out.toByteArray();
            }
            while (c > 0) {
                int j = indexOf(self, o, i);
                if (j < 0) {
                    break;
                }
                out.write(self, i, j - i);
                out.write(r, 0, r.length);
                i = j + o.length;
                c--;
            }
            out.write(self, i, self.length - i);
            return out.toByteArray();
        }
    }

    @Builtin(name = "upper", signature = "self, /")
    @GenerateNodeFactory
    public abstract static class UpperNode extends BuiltinNode.Unary {
        @Specialization
        static Object upper(byte[] self) {
            byte[] out = self.clone();
            for (int i = 0; i < out.length; i++) {
                if (out[i] >= 'a' && out[i] <= 'z') {
                    out[i] -= 32;
                }
            }
            return out;
        }
    }

    @Builtin(name = "lower", signature = "self, /")
    @GenerateNodeFactory
    public abstract static class LowerNode extends BuiltinNode.Unary {
        @Specialization
        static Object lower(byte[] self) {
            byte[] out = self.clone();
            for (int i = 0; i < out.length; i++) {
                if (out[i] >= 'A' && out[i] <= 'Z') {
                    out[i] += 32;
                }
            }
            return out;
        }
    }
}
