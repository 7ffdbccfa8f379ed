package dev.krait.nodes.expression;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

import dev.krait.nodes.ExprNode;
import dev.krait.ops.Formatting;
import dev.krait.ops.Repr;

/** f-strings: the parts are concatenated; each replacement field is converted and formatted. */
public final class FStringNodes {
    private FStringNodes() {
    }

    public static final class JoinNode extends ExprNode {
        @Children private final ExprNode[] parts;

        public JoinNode(ExprNode[] parts) {
            this.parts = parts;
        }

        @Override
        @ExplodeLoop
        public Object execute(VirtualFrame frame) {
            String[] strings = new String[parts.length];
            for (int i = 0; i < parts.length; i++) {
                strings[i] = (String) parts[i].execute(frame);
            }
            return join(strings);
        }

        /** Shared with the bytecode engine (BUILD_STRING). */
        @TruffleBoundary
        public static String join(String[] strings) {
            return String.join("", strings);
        }
    }

    public static final class FormattedValueNode extends ExprNode {
        @Child private ExprNode value;
        @Child private ExprNode spec;
        private final char conversion;

        public FormattedValueNode(ExprNode value, char conversion, ExprNode spec) {
            this.value = value;
            this.conversion = conversion;
            this.spec = spec;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            Object v = value.execute(frame);
            String specText = spec == null ? "" : (String) spec.execute(frame);
            return format(v, conversion, specText);
        }

        /** Shared with the bytecode engine's FORMAT_VALUE. */
        @TruffleBoundary
        public static String format(Object v, char conversion, String spec) {
            Object converted = switch (conversion) {
                case 'r' -> Repr.repr(v);
                case 's' -> Repr.str(v);
                case 'a' -> ascii(Repr.repr(v));
                default -> v;
            };
            if (spec.isEmpty() && converted instanceof String s) {
                return s;
            }
            return Formatting.format(converted, spec);
        }

        /** ascii(): repr with non-ASCII characters escaped. */
        public static String ascii(String repr) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < repr.length();) {
                int cp = repr.codePointAt(i);
                i += Character.charCount(cp);
                if (cp < 0x80) {
                    sb.append((char) cp);
                } else if (cp <= 0xff) {
                    sb.append(String.format("\\x%02x", cp));
                } else if (cp <= 0xffff) {
                    sb.append(String.format("\\u%04x", cp));
                } else {
                    sb.append(String.format("\\U%08x", cp));
                }
            }
            return sb.toString();
        }
    }
}
