package dev.krait.runtime;

/** A builtin-typed object that can carry instance attributes when it is an instance of a user subclass. */
public interface HasDict {
    /** The attribute dict, created on demand when {@code create} is true, else possibly null. */
    PDict getDict(boolean create);
}
