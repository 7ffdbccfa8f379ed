package dev.krait.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.Source;
import org.junit.jupiter.api.Test;

import com.oracle.truffle.api.debug.Breakpoint;
import com.oracle.truffle.api.debug.DebugScope;
import com.oracle.truffle.api.debug.DebugStackFrame;
import com.oracle.truffle.api.debug.DebugValue;
import com.oracle.truffle.api.debug.Debugger;
import com.oracle.truffle.api.debug.DebuggerSession;
import com.oracle.truffle.api.debug.SuspendedEvent;

import dev.krait.launcher.KraitPolyglot;
import dev.krait.launcher.Mode;

/** GraalVM's tools on Python programs: the debugger through its Java API, and the CPU sampler's report. */
class ToolsTest {
    private static final String PROGRAM = """
                    def area(w, h):
                        scale = 2
                        total = w * h * scale
                        return total

                    names = ["a", "b"]
                    print(area(3, 4))
                    """;

    /** One stop of the debugger: where, and the variables of the frame and of its parent scope (the globals). */
    record Stop(String function, int line, Map<String, String> locals, Map<String, String> globals) {
    }

    @Test
    void breakpointLocalsAndStepping() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<Stop> stops = new ArrayList<>();
        try (Engine engine = KraitPolyglot.engineBuilder(Mode.JIT).out(out).build();
                        Context context = KraitPolyglot.contextBuilder(engine, Mode.JIT).out(out).build()) {
            Source source = Source.newBuilder(KraitPolyglot.LANGUAGE_ID, PROGRAM, "area.py").buildLiteral();
            try (DebuggerSession session = Debugger.find(engine).startSession(event -> {
                stops.add(stop(event));
                if (stops.size() == 1) {
                    event.prepareStepOver(1);
                }
            })) {
                session.install(Breakpoint.newBuilder(source.getURI()).lineIs(3).build());
                context.eval(source);
            }
        }
        assertEquals("24\n", out.toString(StandardCharsets.UTF_8));
        assertEquals(2, stops.size(), stops.toString());
        assertEquals(new Stop("area", 3, Map.of("w", "3", "h", "4", "scale", "2"), Map.of("area", "<function area>", "names", "['a', 'b']")),
                        withoutFunctionAddress(stops.get(0)));
        assertEquals(new Stop("area", 4, Map.of("w", "3", "h", "4", "scale", "2", "total", "24"), Map.of("area", "<function area>", "names", "['a', 'b']")),
                        withoutFunctionAddress(stops.get(1)));
    }

    private static Stop stop(SuspendedEvent event) {
        DebugStackFrame frame = event.getTopStackFrame();
        DebugScope scope = frame.getScope();
        return new Stop(frame.getName(), event.getSourceSection().getStartLine(), variables(scope), variables(scope.getParent()));
    }

    private static Map<String, String> variables(DebugScope scope) {
        Map<String, String> result = new LinkedHashMap<>();
        for (DebugValue value : scope.getDeclaredValues()) {
            if (!value.getName().startsWith("__")) {
                result.put(value.getName(), value.toDisplayString());
            }
        }
        return result;
    }

    /** A function's repr carries its address: {@code <function area at 0x...>} becomes {@code <function area>}. */
    private static Stop withoutFunctionAddress(Stop stop) {
        Map<String, String> globals = new LinkedHashMap<>();
        stop.globals().forEach((name, value) -> globals.put(name, value.replaceAll(" at 0x[0-9a-f]+>", ">")));
        return new Stop(stop.function(), stop.line(), Map.copyOf(stop.locals()), Map.copyOf(globals));
    }

    @Test
    void cpuSamplerNamesTheHotFunction() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        String program = """
                        def spin(n):
                            total = 0
                            for i in range(n):
                                total = (total + i * i) % 1000003
                            return total

                        print(spin(3000000))
                        """;
        try (Engine engine = KraitPolyglot.engineBuilder(Mode.AST).out(out).err(err).option("cpusampler", "true").build();
                        Context context = KraitPolyglot.contextBuilder(engine, Mode.AST).out(out).err(err).build()) {
            context.eval(Source.newBuilder(KraitPolyglot.LANGUAGE_ID, program, "spin.py").buildLiteral());
        }
        String report = out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8);
        assertTrue(report.matches("(?s).*\\n spin +\\|\\|.*\\|\\| spin\\.py~1-5:.*"), report);
        assertTrue(report.matches("(?s).*Recorded [1-9][0-9]* samples.*"), report);
    }

    @Test
    void cpuTracerCountsPythonCallsInEveryMode() {
        String program = """
                        def fib(n):
                            return n if n < 2 else fib(n - 1) + fib(n - 2)

                        print(fib(15))
                        """;
        for (Mode mode : Mode.values()) {
            String report = runWithTool(mode, "cputracer", program, "fib.py");
            // fib(15) makes 1973 calls of fib; its location is the def (the whole def in the AST modes, its line in bytecode).
            assertTrue(report.matches("(?s).*\\n fib +\\| +1973 .*\\| fib\\.py~1.*"), mode + ": " + report);
        }
    }

    @Test
    void memTracerCountsPythonObjectsByType() {
        String program = """
                        class Node:
                            def __init__(self, rest):
                                self.rest = rest

                        def build(n):
                            head = None
                            for i in range(n):
                                head = Node([i, head])
                            return head

                        build(100)
                        """;
        for (Mode mode : Mode.values()) {
            String report = runWithTool(mode, "memtracer", program, "nodes.py");
            assertTrue(report.matches("(?s).*\\n build +\\| +200 .*"), mode + ": " + report);
        }
        String types = runWithTool(Mode.AST, "memtracer", program + "\n", "nodes.py", "memtracer.Output", "typehistogram");
        assertTrue(types.matches("(?s).*\\n __main__\\.Node +\\| +100 .*"), types);
        assertTrue(types.matches("(?s).*\\n list +\\| +100 .*"), types);
    }

    /** Runs {@code program} on an engine with {@code tool} enabled (and extra option pairs); returns what it printed. */
    private static String runWithTool(Mode mode, String tool, String program, String name, String... options) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Engine.Builder builder = KraitPolyglot.engineBuilder(mode).out(out).err(out).option(tool, "true");
        for (int i = 0; i < options.length; i += 2) {
            builder.option(options[i], options[i + 1]);
        }
        try (Engine engine = builder.build();
                        Context context = KraitPolyglot.contextBuilder(engine, mode).out(out).err(out).build()) {
            context.eval(Source.newBuilder(KraitPolyglot.LANGUAGE_ID, program, name).buildLiteral());
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
