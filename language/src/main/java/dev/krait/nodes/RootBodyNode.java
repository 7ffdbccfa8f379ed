package dev.krait.nodes;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.instrumentation.StandardTags;
import com.oracle.truffle.api.instrumentation.Tag;

/** The whole body of a function or module, tagged for tools (profilers and debuggers find Python functions by it). */
public final class RootBodyNode extends StmtNode {
    @Child private StmtNode body;

    public RootBodyNode(StmtNode body) {
        this.body = body;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        body.executeVoid(frame);
    }

    @Override
    public boolean hasTag(Class<? extends Tag> tag) {
        return tag == StandardTags.RootTag.class || tag == StandardTags.RootBodyTag.class;
    }
}
