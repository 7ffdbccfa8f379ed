package dev.krait.nodes;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.frame.Frame;
import com.oracle.truffle.api.interop.NodeLibrary;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.nodes.NodeInfo;
import com.oracle.truffle.api.source.Source;
import com.oracle.truffle.api.source.SourceSection;

import dev.krait.runtime.interop.FrameScope;

/** Base of all AST nodes: a source position (line/column range) that becomes a SourceSection on demand. */
@NodeInfo(language = "Krait")
@ExportLibrary(NodeLibrary.class)
public abstract class KraitNode extends Node {
    private int startLine;
    private int startColumn;
    private int endLine;
    private int endColumn;

    /** Sets the position: 1-based lines, 1-based columns, end column inclusive (Truffle's convention). */
    public final void setPosition(int startLine, int startColumn, int endLine, int endColumn) {
        this.startLine = startLine;
        this.startColumn = startColumn;
        this.endLine = endLine;
        this.endColumn = endColumn;
    }

    public final boolean hasSource() {
        return startLine > 0;
    }

    public final int getStartLine() {
        return startLine;
    }

    @Override
    public SourceSection getSourceSection() {
        if (startLine <= 0) {
            return null;
        }
        Source source = getSource();
        if (source == null) {
            return null;
        }
        return createSection(source);
    }

    @CompilerDirectives.TruffleBoundary
    private SourceSection createSection(Source source) {
        try {
            int lines = source.getLineCount();
            if (startLine > lines) {
                return source.createUnavailableSection();
            }
            int el = Math.min(endLine, lines);
            int ec = Math.max(1, Math.min(endColumn, source.getLineLength(el)));
            int sc = Math.max(1, Math.min(startColumn, Math.max(1, source.getLineLength(startLine))));
            if (el == startLine && ec < sc) {
                ec = sc;
            }
            return source.createSection(startLine, sc, el, ec);
        } catch (IllegalArgumentException e) {
            return source.createUnavailableSection();
        }
    }

    private Source getSource() {
        var root = getRootNode();
        if (root instanceof KraitRootNode k) {
            return k.getSource();
        }
        return null;
    }

    /** Debuggers read a frame's Python variables here (see {@link FrameScope}). */
    @ExportMessage
    final boolean hasScope(Frame frame) {
        return frame != null && getRootNode() instanceof KraitRootNode;
    }

    @ExportMessage
    final Object getScope(Frame frame, @SuppressWarnings("unused") boolean nodeEnter) throws com.oracle.truffle.api.interop.UnsupportedMessageException {
        if (!hasScope(frame)) {
            throw com.oracle.truffle.api.interop.UnsupportedMessageException.create();
        }
        KraitRootNode root = (KraitRootNode) getRootNode();
        return FrameScope.of(frame.materialize(), root, root instanceof ModuleBodyRootNode body ? body.module : null);
    }
}
