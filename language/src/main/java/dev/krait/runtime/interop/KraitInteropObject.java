package dev.krait.runtime.interop;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;

import dev.krait.KraitLanguage;

/** An object Krait hands to tools: it belongs to the Python language and has a display string. */
@ExportLibrary(InteropLibrary.class)
abstract class KraitInteropObject implements TruffleObject {
    @ExportMessage
    final boolean hasLanguage() {
        return true;
    }

    @ExportMessage
    final Class<KraitLanguage> getLanguage() {
        return KraitLanguage.class;
    }

    @ExportMessage
    @TruffleBoundary
    final Object toDisplayString(@SuppressWarnings("unused") boolean allowSideEffects) {
        return displayString();
    }

    /** What tools show for this object. */
    abstract String displayString();
}
