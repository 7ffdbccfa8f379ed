package dev.krait.launcher;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes a script's bytes as CPython does (PEP 263): UTF-8 unless the first or second line declares another
 * encoding; bytes that are not valid in it are the SyntaxError CPython reports before running anything.
 */
final class ScriptDecoder {
    /** PEP 263's declaration, on one of the first two lines. */
    private static final Pattern CODING = Pattern.compile("^[ \\t\\f]*#.*?coding[:=][ \\t]*([-\\w.]+)");

    /** The message of a script that cannot be decoded; CPython prints it as a SyntaxError without a position. */
    static final class DecodingError extends Exception {
        private static final long serialVersionUID = 1L;

        DecodingError(String message) {
            super(message);
        }
    }

    private ScriptDecoder() {
    }

    static String decode(byte[] bytes, String fileName) throws DecodingError {
        String declared = declaredEncoding(bytes);
        Charset charset = StandardCharsets.UTF_8;
        if (declared != null) {
            charset = charsetFor(declared);
            if (charset == null) {
                throw new DecodingError("unknown encoding for '" + fileName + "': " + declared);
            }
        }
        int start = startsWithUtf8Bom(bytes) && charset == StandardCharsets.UTF_8 ? 3 : 0;
        CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 16, (long) bytes.length * 2 + 16));
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int position = in.position();
            if (declared != null) {
                throw new DecodingError("(unicode error) '" + declared + "' codec can't decode byte 0x" + String.format("%02x", bytes[position] & 0xff));
            }
            throw new DecodingError(String.format("Non-UTF-8 code starting with '\\x%02x' in file %s on line %d, but no encoding declared; "
                            + "see https://peps.python.org/pep-0263/ for details", bytes[position] & 0xff, fileName, lineOf(bytes, position)));
        }
        return out.flip().toString();
    }

    /** Java's charset for a Python codec name: Python also writes latin-1, latin_1, cp-1252 and such. */
    private static Charset charsetFor(String name) {
        for (String candidate : new String[]{name, name.replace('_', '-'), name.replace("-", "").replace("_", "")}) {
            try {
                return Charset.forName(candidate);
            } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                // try the next spelling
            }
        }
        return null;
    }

    private static boolean startsWithUtf8Bom(byte[] bytes) {
        return bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb && (bytes[2] & 0xff) == 0xbf;
    }

    private static int lineOf(byte[] bytes, int position) {
        int line = 1;
        for (int i = 0; i < position; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    /** The encoding named on line 1, or on line 2 when line 1 is a comment or blank. */
    private static String declaredEncoding(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 1024), StandardCharsets.ISO_8859_1);
        String[] lines = head.split("\r\n|\r|\n", 3);
        for (int i = 0; i < Math.min(2, lines.length); i++) {
            Matcher matcher = CODING.matcher(lines[i]);
            if (matcher.find()) {
                String name = matcher.group(1);
                return name.equalsIgnoreCase("utf-8") || name.equalsIgnoreCase("utf8") ? null : name;
            }
            String stripped = lines[i].strip();
            if (!stripped.isEmpty() && !stripped.startsWith("#")) {
                break;
            }
        }
        return null;
    }
}
