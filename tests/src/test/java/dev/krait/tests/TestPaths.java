package dev.krait.tests;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where the tests module and the repository are, independent of the working directory. */
final class TestPaths {
    private TestPaths() {
    }

    /** The tests module folder: surefire passes it in; from an IDE it is found from the compiled test classes. */
    static Path testsDir() {
        String configured = System.getProperty("krait.testsDir");
        if (configured != null) {
            return Path.of(configured).toAbsolutePath().normalize();
        }
        try {
            // .../tests/target/test-classes -> .../tests
            Path classes = Path.of(TestPaths.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return classes.getParent().getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Path goldenDir() {
        return testsDir().resolve("python");
    }

    static Path repositoryRoot() {
        Path root = testsDir().getParent();
        if (!Files.isRegularFile(root.resolve("krait"))) {
            throw new IllegalStateException("no ./krait script in " + root);
        }
        return root;
    }
}
