package dev.krait.runtime.interop;

import java.util.LinkedHashMap;
import java.util.Map;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.MaterializedFrame;
import com.oracle.truffle.api.frame.FrameDescriptor;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.interop.UnknownIdentifierException;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;
import com.oracle.truffle.api.nodes.RootNode;
import com.oracle.truffle.api.source.SourceSection;

import dev.krait.runtime.PCell;
import dev.krait.runtime.PFunction;
import dev.krait.runtime.PModule;

/**
 * The variables a debugger sees in a Python frame: the function's locals (frame slots named by scope analysis,
 * captured ones unwrapped from their cells, unbound ones left out), whose parent scope is the module's globals.
 * A snapshot: names and values are read when the scope is made.
 */
@ExportLibrary(InteropLibrary.class)
public final class FrameScope extends KraitInteropObject {
    private final String name;
    private final Map<String, Object> variables;
    private final FrameScope parent;
    /** The function's (or module's) source section: debuggers recognise the function scope by it. */
    private final SourceSection section;

    private FrameScope(String name, Map<String, Object> variables, FrameScope parent, SourceSection section) {
        this.name = name;
        this.variables = variables;
        this.parent = parent;
        this.section = section;
    }

    /** The scope of {@code frame}, run by {@code root}; {@code module} is the module being run, if known. */
    @TruffleBoundary
    public static FrameScope of(MaterializedFrame frame, RootNode root, PModule module) {
        String rootName = root.getName();
        SourceSection rootSection = root.getSourceSection();
        PModule globals = module;
        Object[] arguments = frame.getArguments();
        if (arguments.length > 0 && arguments[0] instanceof PFunction function) {
            globals = function.globals;
        }
        if (module != null && globals == module && !(arguments.length > 0 && arguments[0] instanceof PFunction)) {
            // A module body: its variables are the globals.
            return new FrameScope("globals", globals.boundNames(), null, rootSection);
        }
        FrameScope globalScope = globals == null ? null : new FrameScope("globals", globals.boundNames(), null, null);
        Map<String, Object> locals = new LinkedHashMap<>();
        FrameDescriptor descriptor = frame.getFrameDescriptor();
        for (int slot = 0; slot < descriptor.getNumberOfSlots(); slot++) {
            if (descriptor.getSlotName(slot) instanceof String local) {
                Object value = frame.getValue(slot);
                if (value instanceof PCell cell) {
                    value = cell.value;
                }
                if (value != null) {
                    locals.put(local, value);
                }
            }
        }
        return new FrameScope(rootName, locals, globalScope, rootSection);
    }

    @ExportMessage
    boolean isScope() {
        return true;
    }

    @ExportMessage
    boolean hasMembers() {
        return true;
    }

    @ExportMessage
    @TruffleBoundary
    Object getMembers(@SuppressWarnings("unused") boolean includeInternal) {
        // Interop scopes list what is visible from them: their own names first, then their parents' not shadowed.
        java.util.Set<String> visible = new java.util.LinkedHashSet<>(variables.keySet());
        for (FrameScope p = parent; p != null; p = p.parent) {
            visible.addAll(p.variables.keySet());
        }
        return new Names(visible.toArray(new String[0]));
    }

    @ExportMessage
    @TruffleBoundary
    boolean isMemberReadable(String member) {
        return lookup(member) != null;
    }

    @ExportMessage
    @TruffleBoundary
    Object readMember(String member) throws UnknownIdentifierException {
        Object value = lookup(member);
        if (value == null) {
            throw UnknownIdentifierException.create(member);
        }
        return PythonValue.export(value);
    }

    private Object lookup(String member) {
        for (FrameScope scope = this; scope != null; scope = scope.parent) {
            Object value = scope.variables.get(member);
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    @ExportMessage
    boolean hasSourceLocation() {
        return section != null;
    }

    @ExportMessage
    SourceSection getSourceLocation() throws com.oracle.truffle.api.interop.UnsupportedMessageException {
        if (section == null) {
            throw com.oracle.truffle.api.interop.UnsupportedMessageException.create();
        }
        return section;
    }

    @ExportMessage
    boolean hasScopeParent() {
        return parent != null;
    }

    @ExportMessage
    Object getScopeParent() throws com.oracle.truffle.api.interop.UnsupportedMessageException {
        if (parent == null) {
            throw com.oracle.truffle.api.interop.UnsupportedMessageException.create();
        }
        return parent;
    }

    @Override
    String displayString() {
        return name;
    }

    /** The member names of a scope, as an interop array. */
    @ExportLibrary(InteropLibrary.class)
    static final class Names implements TruffleObject {
        private final String[] names;

        Names(String[] names) {
            this.names = names;
        }

        @ExportMessage
        boolean hasArrayElements() {
            return true;
        }

        @ExportMessage
        long getArraySize() {
            return names.length;
        }

        @ExportMessage
        boolean isArrayElementReadable(long index) {
            return index >= 0 && index < names.length;
        }

        @ExportMessage
        Object readArrayElement(long index) throws com.oracle.truffle.api.interop.InvalidArrayIndexException {
            if (!isArrayElementReadable(index)) {
                throw com.oracle.truffle.api.interop.InvalidArrayIndexException.create(index);
            }
            return names[(int) index];
        }
    }
}
