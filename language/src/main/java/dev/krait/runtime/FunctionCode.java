package dev.krait.runtime;

import com.oracle.truffle.api.RootCallTarget;

/** What all function objects made from one def/lambda share: the call target and the signature. */
public final class FunctionCode {
    public final String name;
    public final String qualname;
    public final Signature signature;
    public final RootCallTarget callTarget;
    public final boolean isGenerator;
    public final String filename;
    public final int firstLine;

    public FunctionCode(String name, String qualname, Signature signature, RootCallTarget callTarget, boolean isGenerator,
                    String filename, int firstLine) {
        this.name = name;
        this.qualname = qualname;
        this.signature = signature;
        this.callTarget = callTarget;
        this.isGenerator = isGenerator;
        this.filename = filename;
        this.firstLine = firstLine;
    }
}
