package dev.krait.runtime;

import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.ThreadLocalAction;
import com.oracle.truffle.api.Truffle;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.nodes.RootNode;
import com.oracle.truffle.api.source.SourceSection;

import sun.misc.Signal;

/**
 * Ctrl-C as in CPython: SIGINT raises KeyboardInterrupt in the program's thread, at its next safepoint (a loop
 * iteration, a call, or while it blocks in time.sleep). Only when the embedder asks for it (option
 * {@code python.InstallSignalHandlers}, set by the krait launcher): signal handlers belong to the whole process.
 */
public final class KeyboardInterrupts {
    private KeyboardInterrupts() {
    }

    public static void install(KraitContext context, Thread programThread) {
        Signal.handle(new Signal("INT"), signal -> {
            try {
                context.env.submitThreadLocal(new Thread[]{programThread}, new ThreadLocalAction(true, false) {
                    @Override
                    protected void perform(Access access) {
                        throw raiseAt(access.getLocation(), context.mode.equals("bytecode"));
                    }
                });
            } catch (IllegalStateException e) {
                // The context is already closed: the program has ended.
            }
        });
    }

    /**
     * The interrupt positioned where the program was polled: the nearest node with a source; a loop compiled on stack
     * replacement polls in a root of its own, so then the first line of the interrupted function. The bytecode loop
     * positions it at the current instruction itself.
     */
    private static PException raiseAt(Node location, boolean bytecode) {
        Node node = location;
        while (node != null && node.getSourceSection() == null) {
            node = node.getParent();
        }
        PException interrupt = PRaise.raise(new PBaseException(BuiltinClasses.KEYBOARD_INTERRUPT, PTuple.EMPTY), node);
        if (node == null && !bytecode) {
            RootNode root = Truffle.getRuntime().iterateFrames(frame -> frame.getCallTarget() instanceof RootCallTarget target ? target.getRootNode() : null);
            SourceSection section = root == null ? null : root.getSourceSection();
            if (section != null) {
                interrupt.setLine(section.getStartLine());
            }
        }
        return interrupt;
    }
}
