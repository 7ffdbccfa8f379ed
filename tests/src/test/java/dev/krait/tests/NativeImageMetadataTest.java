package dev.krait.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleReader;
import java.lang.module.ResolvedModule;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The native image's closed world knows only the reflection the language declares in its
 * reachability-metadata.json. nodes.Translator walks the components of every syntax-tree record reflectively, so
 * every record of dev.krait.ast must be declared there, or a native executable fails where the JVM works.
 */
class NativeImageMetadataTest {
    private static final String LANGUAGE_MODULE = "dev.krait.language";
    private static final String METADATA = "META-INF/native-image/dev.krait/krait-language/reachability-metadata.json";

    @Test
    void everySyntaxTreeRecordIsRegisteredForReflection() throws IOException, ClassNotFoundException {
        Module language = ModuleLayer.boot().findModule(LANGUAGE_MODULE).orElseThrow();
        String metadata;
        try (InputStream in = language.getResourceAsStream(METADATA)) {
            assertNotNull(in, METADATA + " is missing from the language jar");
            metadata = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Set<String> registered = new TreeSet<>();
        Matcher type = Pattern.compile("\"type\"\\s*:\\s*\"([^\"]+)\"").matcher(metadata);
        while (type.find()) {
            registered.add(type.group(1));
        }

        ResolvedModule resolved = ModuleLayer.boot().configuration().findModule(LANGUAGE_MODULE).orElseThrow();
        List<String> classNames;
        try (ModuleReader reader = resolved.reference().open(); Stream<String> entries = reader.list()) {
            classNames = entries.filter(name -> name.startsWith("dev/krait/ast/") && name.endsWith(".class"))
                            .map(name -> name.substring(0, name.length() - ".class".length()).replace('/', '.'))
                            .toList();
        }
        Set<String> records = new TreeSet<>();
        for (String name : classNames) {
            if (Class.forName(name, false, language.getClassLoader()).isRecord()) {
                records.add(name);
            }
        }
        assertTrue(records.size() > 10, "found only " + records + " in dev.krait.ast");
        Set<String> missing = new TreeSet<>(records);
        missing.removeAll(registered);
        assertEquals(Set.of(), missing, "records of dev.krait.ast missing from " + METADATA);
    }
}
