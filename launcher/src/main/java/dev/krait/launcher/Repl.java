package dev.krait.launcher;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.jline.keymap.KeyMap;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.Reference;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/**
 * The interactive prompt. Each input goes to the language as a source of MIME type
 * {@value #INTERACTIVE_MIME_TYPE}: the language runs it in the session's {@code __main__}, displays expression
 * values, reports errors, and answers "incomplete source" when it needs more lines (the {@code ...} prompt).
 * Ctrl-C while an input runs is the language's: it raises KeyboardInterrupt in the running code.
 */
public final class Repl {
    /** The language's MIME type for one REPL input (see KraitLanguage). */
    public static final String INTERACTIVE_MIME_TYPE = "text/x-python-interactive";
    static final String PROMPT = ">>> ";
    static final String CONTINUATION_PROMPT = "... ";

    /** Where the lines come from: a terminal with line editing, or a plain stream. */
    interface LineInput extends AutoCloseable {
        /** The next line without its end, or null at the end of input. */
        String readLine(String prompt) throws Interrupted, IOException;

        @Override
        void close() throws IOException;
    }

    /** Ctrl-C at the prompt: the line typed so far is dropped. */
    static final class Interrupted extends Exception {
        private static final long serialVersionUID = 1L;
    }

    private final Context context;
    private final LineInput input;
    private final PrintStream err;

    Repl(Context context, LineInput input, PrintStream err) {
        this.context = context;
        this.input = input;
        this.err = err;
    }

    /**
     * Runs the prompt on a plain stream, as {@code python3 -i} does when stdin is not a terminal: prompts and the
     * banner go to {@code err}. Returns the exit status (0 at the end of input, or SystemExit's).
     */
    public static int runOnStream(Context context, InputStream in, PrintStream err, boolean banner) {
        return new Repl(context, new StreamInput(in, err), err).run(banner ? banner(context) : null);
    }

    /** Runs the prompt on the terminal, with line editing and history ({@code ~/.krait_history}). */
    static int runOnTerminal(Context context, PrintStream err, boolean banner) throws IOException {
        try (LineInput input = new TerminalInput()) {
            return new Repl(context, input, err).run(banner ? banner(context) : null);
        }
    }

    static String banner(Context context) {
        return "Krait " + KraitMain.VERSION + " (Python 3.11 subset) on " + context.getEngine().getImplementationName()
                        + "\nType \"exit()\" or Ctrl-D (end of input) to leave.";
    }

    int run(String banner) {
        if (banner != null) {
            err.println(banner);
        }
        StringBuilder pending = new StringBuilder();
        while (true) {
            String line;
            try {
                line = input.readLine(pending.isEmpty() ? PROMPT : CONTINUATION_PROMPT);
            } catch (Interrupted e) {
                err.println();
                err.println("KeyboardInterrupt");
                pending.setLength(0);
                continue;
            } catch (IOException e) {
                err.println("krait: cannot read input: " + e.getMessage());
                return 1;
            }
            if (line == null) {
                if (pending.isEmpty()) {
                    return 0;
                }
                // The end of input ends an unfinished block as a blank line would.
                line = "";
            }
            pending.append(line).append('\n');
            Integer status = evaluate(pending.toString());
            if (status == null) {
                continue;
            }
            pending.setLength(0);
            if (status >= 0) {
                return status;
            }
        }
    }

    /** Runs one input: null when it needs more lines, -1 to go on, else the status to exit with. */
    private Integer evaluate(String text) {
        Source source = Source.newBuilder(KraitPolyglot.LANGUAGE_ID, text, "<stdin>").mimeType(INTERACTIVE_MIME_TYPE).buildLiteral();
        try {
            context.eval(source);
            return -1;
        } catch (PolyglotException e) {
            if (e.isIncompleteSource()) {
                return null;
            }
            if (e.isExit()) {
                return e.getExitStatus();
            }
            err.println("krait: internal error: " + e.getMessage());
            e.printStackTrace(err);
            return -1;
        }
    }

    /** Lines from a plain stream; prompts are written to stderr, as CPython does when stdin is not a terminal. */
    static final class StreamInput implements LineInput {
        private final BufferedReader reader;
        private final PrintStream prompts;

        StreamInput(InputStream in, PrintStream prompts) {
            this.reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            this.prompts = prompts;
        }

        @Override
        public String readLine(String prompt) throws IOException {
            prompts.print(prompt);
            prompts.flush();
            return reader.readLine();
        }

        @Override
        public void close() {
        }
    }

    /** JLine: line editing, history, Ctrl-C and Ctrl-D handled as Python's prompt does. */
    static final class TerminalInput implements LineInput {
        private final Terminal terminal;
        private final LineReader reader;

        TerminalInput() throws IOException {
            terminal = TerminalBuilder.builder().system(true).build();
            reader = LineReaderBuilder.builder().terminal(terminal).appName("krait")
                            .variable(LineReader.HISTORY_FILE, Path.of(System.getProperty("user.home"), ".krait_history"))
                            .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
                            .build();
            // Tab indents, as in Python's own prompt without a completer.
            reader.getKeyMaps().get(LineReader.MAIN).bind(new Reference(LineReader.SELF_INSERT), KeyMap.ctrl('I'));
        }

        @Override
        public String readLine(String prompt) throws Interrupted {
            try {
                return reader.readLine(prompt);
            } catch (UserInterruptException e) {
                throw new Interrupted();
            } catch (EndOfFileException e) {
                terminal.writer().println();
                terminal.flush();
                return null;
            }
        }

        @Override
        public void close() throws IOException {
            reader.getHistory().save();
            terminal.close();
        }
    }
}
