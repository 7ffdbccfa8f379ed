package dev.krait.nodes;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.frame.FrameDescriptor;
import com.oracle.truffle.api.nodes.NodeUtil;
import com.oracle.truffle.api.nodes.RootNode;
import com.oracle.truffle.api.source.Source;
import com.oracle.truffle.api.source.SourceSection;

import dev.krait.KraitLanguage;

/** A root of Python code (a module body or a function body) in the AST engine. */
public abstract class KraitRootNode extends RootNode {
    protected final Source source;
    protected final String name;
    @CompilerDirectives.CompilationFinal private SourceSection section;

    protected KraitRootNode(KraitLanguage language, FrameDescriptor descriptor, Source source, String name) {
        super(language, descriptor);
        this.source = source;
        this.name = name;
    }

    public Source getSource() {
        return source;
    }

    @Override
    public String getName() {
        return name;
    }

    /**
     * The whole {@code def} (or module): profilers name a Python function by its root's section, and skip roots
     * that have none.
     */
    @Override
    public SourceSection getSourceSection() {
        if (section == null) {
            CompilerDirectives.transferToInterpreterAndInvalidate();
            section = findSection();
        }
        return section;
    }

    protected SourceSection findSection() {
        RootBodyNode body = NodeUtil.findFirstNodeInstance(this, RootBodyNode.class);
        SourceSection found = body == null ? null : body.getSourceSection();
        return found != null ? found : source.createUnavailableSection();
    }

    /** The file name tracebacks show: the source's name as given on the command line. */
    public String getFilename() {
        return source.getName();
    }
}
