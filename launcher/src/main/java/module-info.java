module dev.krait.launcher {
    requires java.base;
    requires java.management;
    requires org.graalvm.polyglot;
    requires org.jline;

    exports dev.krait.launcher;
    exports dev.krait.launcher.bench;
}
