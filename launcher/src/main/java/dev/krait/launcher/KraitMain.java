package dev.krait.launcher;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Source;

public final class KraitMain {
    public static void main(String[] args) throws Exception {
        try (Context context = Context.newBuilder("python").build()) {
            context.eval(Source.newBuilder("python", new java.io.File(args[0])).build());
            System.out.println(context.getEngine().getImplementationName());
        }
    }
}
