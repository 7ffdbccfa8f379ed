package dev.krait.bytecode;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.instrumentation.GenerateWrapper;
import com.oracle.truffle.api.instrumentation.InstrumentableNode;
import com.oracle.truffle.api.instrumentation.ProbeNode;
import com.oracle.truffle.api.instrumentation.StandardTags;
import com.oracle.truffle.api.instrumentation.Tag;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.source.SourceSection;

/**
 * The one instrumentable node of a code object's root: it runs the bytecode loop, and its root tag lets the tools
 * that follow calls (cputracer, memtracer) see bytecode functions as they see AST ones. Statements are inside the
 * loop, so line breakpoints and coverage need the AST modes.
 */
@GenerateWrapper
public class CodeBodyNode extends Node implements InstrumentableNode {

    public Object execute(VirtualFrame frame) {
        return ((BytecodeRootNode) getRootNode()).executeCode(frame);
    }

    @Override
    public boolean isInstrumentable() {
        return true;
    }

    @Override
    public WrapperNode createWrapper(ProbeNode probe) {
        return new CodeBodyNodeWrapper(this, probe);
    }

    @Override
    public boolean hasTag(Class<? extends Tag> tag) {
        return tag == StandardTags.RootTag.class || tag == StandardTags.RootBodyTag.class;
    }

    @Override
    public SourceSection getSourceSection() {
        return getRootNode().getSourceSection();
    }
}
