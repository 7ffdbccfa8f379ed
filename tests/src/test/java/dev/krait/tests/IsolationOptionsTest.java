package dev.krait.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import dev.krait.launcher.Isolation;
import dev.krait.launcher.LauncherOptions;
import dev.krait.launcher.LauncherOptions.UsageException;

/** The command-line options of {@link Isolation}: host access, sandbox and limits. */
class IsolationOptionsTest {
    @Test
    void defaultIsNoHostAccessAndNoLimits() throws UsageException {
        assertEquals(Isolation.DEFAULT, LauncherOptions.parse(new String[]{"prog.py"}).isolation());
        assertEquals(new Isolation(false, false, 0, 0, 0), Isolation.DEFAULT);
    }

    @Test
    void allOptions() throws UsageException {
        LauncherOptions options = LauncherOptions.parse(new String[]{"--allow-host-access", "--sandbox", "--max-statements=100",
                        "--max-heap=64m", "--max-time=1.5", "prog.py", "--sandbox"});
        assertEquals(new Isolation(true, true, 100, 64L << 20, 1500), options.isolation());
        assertEquals("--sandbox", options.programArguments().get(0), "options after the program are the program's");
    }

    @Test
    void sizes() throws UsageException {
        assertEquals(2048, LauncherOptions.parse(new String[]{"--max-heap=2k", "p.py"}).isolation().maxHeapBytes());
        assertEquals(3L << 30, LauncherOptions.parse(new String[]{"--max-heap=3G", "p.py"}).isolation().maxHeapBytes());
        assertEquals(12345, LauncherOptions.parse(new String[]{"--max-heap=12345", "p.py"}).isolation().maxHeapBytes());
    }

    @Test
    void badValues() {
        for (String bad : new String[]{"--max-statements=0", "--max-statements=x", "--max-heap=12x", "--max-heap=-1m", "--max-heap=",
                        "--max-time=0", "--max-time=abc", "--max-time=Infinity", "--max-time", "--max-heap=99999999999g"}) {
            assertThrows(UsageException.class, () -> LauncherOptions.parse(new String[]{bad, "p.py"}), bad);
        }
    }

    @Test
    void statementLimitNeedsStatementNodes() {
        UsageException e = assertThrows(UsageException.class,
                        () -> LauncherOptions.parse(new String[]{"--mode=bytecode", "--max-statements=5", "p.py"}));
        assertTrue(e.getMessage().contains("--mode=jit or --mode=ast"), e.getMessage());
    }
}
