module dev.krait.language {
    requires java.base;
    requires java.logging;
    requires jdk.unsupported;
    requires org.graalvm.polyglot;
    requires org.graalvm.truffle;

    exports dev.krait to dev.krait.launcher;

    provides com.oracle.truffle.api.provider.TruffleLanguageProvider with dev.krait.KraitLanguageProvider;
}
