package dev.krait.builtins;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a builtin function or method implemented by the annotated node class. The signature uses Python's
 * syntax: {@code "iterable, /, *, key=None, reverse=False"}; a default of {@code ?} means "optional, no default"
 * (the node receives {@link dev.krait.runtime.PNone#NO_VALUE}). Methods list {@code self} first. The node's
 * parameters come in CPython's co_varnames order: positional parameters, keyword-only parameters, then the
 * {@code *args} tuple, then the {@code **kwargs} dict.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Builtin {
    String name();

    String signature() default "";

    /** Reached on the class without binding (e.g. {@code __new__}, {@code dict.fromkeys}, {@code str.maketrans}). */
    boolean isStatic() default false;
}
