package dev.throughline.confluence;

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

/** The packaged plugin jar: the macros, the core's views, templates and texts, Caffeine, and nothing of the host's. */
class PluginJarIT {

    @Test
    void theJarCarriesTheDescriptorTheCoreAndTheCacheButNoHostLibrary() throws IOException {
        Set<String> entries = entries();
        for (String expected : List.of("atlassian-plugin.xml", "META-INF/spring/plugin-context.xml",
                "dev/throughline/confluence/macro/DevelopmentMacro.class",
                "dev/throughline/confluence/jira/JiraClient.class", "dev/throughline/core/view/DevelopmentView.class",
                "dev/throughline/core/templates/development.html.vm", "dev/throughline/core/templates/thread.html.vm",
                "dev/throughline/core/templates/recaps.html.vm",
                "dev/throughline/core/templates/operating-template.html.vm",
                "dev/throughline/core/templates/macro-message.html.vm", "dev/throughline/core/i18n/pages.properties",
                "dev/throughline/confluence/i18n/confluence.properties", "dev/throughline/core/static/pages.css",
                "dev/throughline/confluence/icons/template.svg",
                "com/github/benmanes/caffeine/cache/Caffeine.class")) {
            assertTrue(entries.contains(expected), "the jar holds " + expected);
        }
        List<String> host = entries.stream()
                .filter(entry -> entry.endsWith(".class"))
                .filter(entry -> !entry.startsWith("dev/throughline/"))
                .filter(entry -> !entry.startsWith("com/github/benmanes/caffeine/"))
                .toList();
        assertEquals(List.of(), host, "no class of the host's or of a library the host provides (Jackson included)");
        assertTrue(entries.stream().noneMatch(entry -> entry.startsWith("dev/throughline/web/")),
                "Jira's REST API is Jira's");
    }

    private static Set<String> entries() throws IOException {
        try (var jars = Files.list(Path.of("target"))) {
            Path jar = jars.filter(path -> path.getFileName().toString().matches("throughline-confluence-.*\\.jar"))
                    .filter(path -> !path.getFileName().toString().startsWith("original-"))
                    .findFirst().orElseThrow(() -> new AssertionError("no plugin jar in target/"));
            try (JarFile file = new JarFile(jar.toFile())) {
                return file.stream().map(entry -> entry.getName()).collect(Collectors.toSet());
            }
        }
    }
}
