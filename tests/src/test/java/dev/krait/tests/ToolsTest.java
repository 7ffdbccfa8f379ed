package dev.krait.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

/** GraalVM's tools on Python programs: the debugger (its Java API and Chrome DevTools), the profilers' reports. */
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
    @Test
    void coverageMarksRunAndUnrunLines() {
        String program = """
                        def f(x):
                            if x > 2:
                                return x * 2
                            return x

                        def never():
                            print("no")

                        for i in range(2):
                            f(i)
                        """;
        for (Mode mode : new Mode[]{Mode.JIT, Mode.AST}) {
            String report = runWithTool(mode, "coverage", program, "cov.py", "coverage.Output", "detailed");
            // 6 of 8 statements ran (not `return x * 2`, not `print("no")`); 2 of 3 roots (not never).
            assertTrue(report.matches("(?s).*\\n cov\\.py +\\| +75\\.00% \\| +75\\.00% \\| +66\\.67%.*"), mode + ": " + report);
            assertTrue(report.contains("""
                            + def f(x):
                            +     if x > 2:
                            -         return x * 2
                            +     return x
                            """), mode + ": " + report);
            assertTrue(report.contains("-     print(\"no\")"), mode + ": " + report);
        }
    }

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

    /**
     * --inspect end to end: a Chrome DevTools protocol client (the JDK's WebSocket) attaches, sets a breakpoint by
     * URL and line, resumes, and reads the paused frame's local scope.
     */
    @Test
    void chromeInspectorShowsPythonFramesAndLocals() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Engine engine = KraitPolyglot.engineBuilder(Mode.JIT).out(out).err(out)
                        .option("inspect", "127.0.0.1:" + port).option("inspect.Path", "krait-test").build();
                        Context context = KraitPolyglot.contextBuilder(engine, Mode.JIT).out(out).err(out).build()) {
            Thread program = new Thread(() -> context.eval(Source.newBuilder(KraitPolyglot.LANGUAGE_ID, PROGRAM, "area.py").buildLiteral()));
            program.start();
            BlockingQueue<String> messages = new LinkedBlockingQueue<>();
            WebSocket socket = connect(URI.create("ws://127.0.0.1:" + port + "/krait-test"), messages);
            socket.sendText("{\"id\":1,\"method\":\"Runtime.enable\"}", true).join();
            socket.sendText("{\"id\":2,\"method\":\"Debugger.enable\"}", true).join();
            socket.sendText("{\"id\":3,\"method\":\"Runtime.runIfWaitingForDebugger\"}", true).join();
            String parsed = await(messages, "\"Debugger.scriptParsed\"");
            Matcher url = Pattern.compile("\"url\":\"([^\"]*area\\.py)\"").matcher(parsed);
            assertTrue(url.find(), parsed);
            // Suspended at the first statement; 0-based line 2 is "total = w * h * scale".
            await(messages, "\"Debugger.paused\"");
            socket.sendText("{\"id\":4,\"method\":\"Debugger.setBreakpointByUrl\",\"params\":{\"lineNumber\":2,\"url\":\"" + url.group(1) + "\"}}", true).join();
            await(messages, "\"id\":4");
            socket.sendText("{\"id\":5,\"method\":\"Debugger.resume\"}", true).join();
            String paused = await(messages, "\"Debugger.paused\"");
            assertTrue(paused.contains("\"functionName\":\"area\""), paused);
            assertTrue(paused.contains("\"lineNumber\":2"), paused);
            Matcher scope = Pattern.compile("\"scopeChain\":\\[\\{\"name\":\"area\",\"type\":\"local\".*?\"objectId\":\"([^\"]+)\"").matcher(paused);
            assertTrue(scope.find(), paused);
            socket.sendText("{\"id\":6,\"method\":\"Runtime.getProperties\",\"params\":{\"objectId\":\"" + scope.group(1) + "\"}}", true).join();
            String locals = await(messages, "\"id\":6");
            for (String[] variable : new String[][]{{"w", "3"}, {"h", "4"}, {"scale", "2"}}) {
                assertTrue(Pattern.compile("\"name\":\"" + variable[0] + "\".*?\"description\":\"" + variable[1] + "\"").matcher(locals).find(), locals);
            }
            socket.sendText("{\"id\":7,\"method\":\"Debugger.resume\"}", true).join();
            program.join(60_000);
            socket.abort();
        }
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("24\n"), out.toString(StandardCharsets.UTF_8));
    }

    private static WebSocket connect(URI uri, BlockingQueue<String> messages) {
        return HttpClient.newHttpClient().newWebSocketBuilder().buildAsync(uri, new WebSocket.Listener() {
            private final StringBuilder partial = new StringBuilder();

            @Override
            public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
                partial.append(data);
                if (last) {
                    messages.add(partial.toString());
                    partial.setLength(0);
                }
                webSocket.request(1);
                return null;
            }
        }).join();
    }

    /** The next message containing {@code marker}, skipping others. */
    private static String await(BlockingQueue<String> messages, String marker) throws InterruptedException {
        while (true) {
            String message = messages.poll(60, TimeUnit.SECONDS);
            assertTrue(message != null, "no message with " + marker);
            if (message.contains(marker)) {
                return message;
            }
        }
    }
}
