module dev.krait.launcher {
    requires java.base;
    requires java.management;
    requires org.graalvm.polyglot;

    exports dev.krait.launcher;
}
