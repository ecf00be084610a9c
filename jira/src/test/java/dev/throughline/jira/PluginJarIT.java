package dev.throughline.jira;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The packaged plugin jar: everything Throughline brings, nothing the host provides. */
class PluginJarIT {

    @Test
    void theJarCarriesTheDescriptorTheCoreAndTheApiButNoHostLibrary() throws IOException {
        Set<String> entries = entries();
        for (String expected : List.of("atlassian-plugin.xml", "META-INF/spring/plugin-context.xml",
                "dev/throughline/jira/store/ActiveObjectsAccess.class", "dev/throughline/core/session/Session.class",
                "dev/throughline/web/rest/SessionResource.class", "dev/throughline/core/templates/session.vm",
                "dev/throughline/core/i18n/core.properties", "dev/throughline/core/i18n/pages.properties",
                "dev/throughline/jira/i18n/jira.properties", "dev/throughline/core/static/pages.js")) {
            assertTrue(entries.contains(expected), "the jar holds " + expected);
        }
        List<String> host = entries.stream()
                .filter(entry -> entry.endsWith(".class"))
                .filter(entry -> !entry.startsWith("dev/throughline/"))
                .toList();
        assertEquals(List.of(), host, "no class of the host's or of a library the host provides");
    }

    private static Set<String> entries() throws IOException {
        try (var jars = Files.list(Path.of("target"))) {
            Path jar = jars.filter(path -> path.getFileName().toString().matches("throughline-jira-.*\\.jar"))
                    .filter(path -> !path.getFileName().toString().startsWith("original-"))
                    .findFirst().orElseThrow(() -> new AssertionError("no plugin jar in target/"));
            try (JarFile file = new JarFile(jar.toFile())) {
                return file.stream().map(entry -> entry.getName()).collect(Collectors.toSet());
            }
        }
    }
}
