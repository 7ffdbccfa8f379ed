import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import java.util.jar.JarFile;

/**
 * Does what the native-image driver does with the META-INF/native-image/.../native-image.properties of the jars
 * on the image path (the bootstrap has no driver): prints one builder argument per line, "jvm ARG" for the
 * builder JVM and "image ARG" for the image generator, translating the driver's options into the generator's.
 * Run as a source-file program: java ImageArgs.java JAR...
 */
public final class ImageArgs {
    public static void main(String[] jars) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String jar : jars) {
            try (JarFile file = new JarFile(jar)) {
                List<String> names = file.stream().map(e -> e.getName())
                                .filter(n -> n.startsWith("META-INF/native-image/") && n.endsWith("/native-image.properties"))
                                .sorted().toList();
                for (String name : names) {
                    Properties properties = new Properties();
                    try (InputStream in = file.getInputStream(file.getEntry(name))) {
                        properties.load(in);
                    }
                    for (String arg : split(properties.getProperty("JavaArgs"))) {
                        lines.add("jvm " + arg);
                    }
                    // ${.} in a jar's arguments is the folder of its native-image.properties (as the driver reads it).
                    String folder = name.substring(0, name.lastIndexOf('/'));
                    for (String arg : split(properties.getProperty("Args"))) {
                        String translated = translate(arg.replace("${.}", folder));
                        if (translated != null) {
                            lines.add("image " + translated);
                        }
                    }
                }
            }
        }
        lines.forEach(System.out::println);
    }

    private static List<String> split(String value) {
        if (value == null || value.isBlank()) {
            return Collections.emptyList();
        }
        return List.of(value.trim().split("\\s+"));
    }

    /** The generator's form of one driver argument; null for what build.sh does itself (the truffle-svm macro). */
    private static String translate(String arg) {
        if (arg.startsWith("--macro:")) {
            return null;
        }
        if (arg.startsWith("--features=")) {
            return "-H:Features=" + value(arg);
        }
        if (arg.startsWith("--initialize-at-build-time=")) {
            return "-H:ClassInitialization=" + withSuffix(value(arg), ":build_time");
        }
        if (arg.startsWith("--initialize-at-run-time=")) {
            return "-H:ClassInitialization=" + withSuffix(value(arg), ":run_time");
        }
        if (arg.startsWith("--add-exports=")) {
            return "-H:AddExports=" + value(arg);
        }
        if (arg.startsWith("--add-opens=")) {
            return "-H:AddOpens=" + value(arg);
        }
        if (arg.startsWith("-H:") || arg.startsWith("-R:")) {
            return arg;
        }
        throw new IllegalArgumentException("native-image.properties argument the bootstrap cannot translate: " + arg);
    }

    private static String value(String arg) {
        return arg.substring(arg.indexOf('=') + 1);
    }

    private static String withSuffix(String list, String suffix) {
        List<String> parts = new ArrayList<>();
        for (String part : list.split(",")) {
            parts.add(part + suffix);
        }
        return String.join(",", parts);
    }
}
