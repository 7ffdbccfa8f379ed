package dev.krait.nodes;

import com.oracle.truffle.api.frame.FrameDescriptor;
import com.oracle.truffle.api.nodes.RootNode;
import com.oracle.truffle.api.source.Source;

import dev.krait.KraitLanguage;

/** A root of Python code (a module body or a function body) in the AST engine. */
public abstract class KraitRootNode extends RootNode {
    protected final Source source;
    protected final String name;

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

    /** The file name tracebacks show: the source's name as given on the command line. */
    public String getFilename() {
        return source.getName();
    }
}
