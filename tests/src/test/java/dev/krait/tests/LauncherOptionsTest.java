package dev.krait.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.krait.launcher.LauncherOptions;
import dev.krait.launcher.LauncherOptions.Action;
import dev.krait.launcher.LauncherOptions.UsageException;
import dev.krait.launcher.Mode;

class LauncherOptionsTest {
    @Test
    void scriptWithArguments() throws UsageException {
        LauncherOptions options = LauncherOptions.parse(new String[]{"--mode=ast", "prog.py", "--mode=jit", "x"});
        assertEquals(Action.RUN_FILE, options.action());
        assertEquals(Mode.AST, options.mode());
        assertEquals("prog.py", options.program());
        assertArrayEquals(new String[]{"prog.py", "--mode=jit", "x"}, options.sysArgv());
    }

    @Test
    void inspectFlag() throws UsageException {
        LauncherOptions withScript = LauncherOptions.parse(new String[]{"-i", "prog.py", "-i"});
        assertEquals(Action.RUN_FILE, withScript.action());
        assertTrue(withScript.inspect());
        assertArrayEquals(new String[]{"prog.py", "-i"}, withScript.sysArgv());
        LauncherOptions alone = LauncherOptions.parse(new String[]{"--mode=bytecode", "-i"});
        assertEquals(Action.NO_PROGRAM, alone.action());
        assertTrue(alone.inspect());
        assertFalse(LauncherOptions.parse(new String[]{"prog.py"}).inspect());
    }

    @Test
    void defaultModeIsJit() throws UsageException {
        assertEquals(Mode.JIT, LauncherOptions.parse(new String[]{"prog.py"}).mode());
    }

    @Test
    void codeArgument() throws UsageException {
        LauncherOptions options = LauncherOptions.parse(new String[]{"-c", "print(1)", "a"});
        assertEquals(Action.RUN_CODE, options.action());
        assertEquals("print(1)", options.program());
        assertArrayEquals(new String[]{"-c", "a"}, options.sysArgv());
    }

    @Test
    void stdinProgram() throws UsageException {
        assertArrayEquals(new String[]{"-", "a"}, LauncherOptions.parse(new String[]{"-", "a"}).sysArgv());
        assertEquals(Action.NO_PROGRAM, LauncherOptions.parse(new String[]{}).action());
    }

    @Test
    void polyglotOptionsPassThroughInOrder() throws UsageException {
        LauncherOptions options = LauncherOptions.parse(
                        new String[]{"--engine.TraceCompilation", "--python.X=1", "--cpusampler=true", "p.py"});
        assertEquals(List.of(Map.entry("engine.TraceCompilation", "true"), Map.entry("python.X", "1"),
                        Map.entry("cpusampler", "true")), List.copyOf(options.polyglotOptions().entrySet()));
    }

    @Test
    void disIsTheLanguageOption() throws UsageException {
        LauncherOptions options = LauncherOptions.parse(new String[]{"--dis", "-c", "x = 1"});
        assertEquals(Action.RUN_CODE, options.action());
        assertEquals(Map.of(LauncherOptions.DIS_OPTION, "true"), options.polyglotOptions());
    }

    @Test
    void badCommandLines() {
        assertThrows(UsageException.class, () -> LauncherOptions.parse(new String[]{"--mode=fast", "p.py"}));
        assertThrows(UsageException.class, () -> LauncherOptions.parse(new String[]{"-c"}));
        assertThrows(UsageException.class, () -> LauncherOptions.parse(new String[]{"-x", "p.py"}));
    }

    @Test
    void helpAndVersion() throws UsageException {
        assertEquals(Action.HELP, LauncherOptions.parse(new String[]{"--help", "p.py"}).action());
        assertEquals(Action.VERSION, LauncherOptions.parse(new String[]{"-V"}).action());
    }
}
