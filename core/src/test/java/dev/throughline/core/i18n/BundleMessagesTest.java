package dev.throughline.core.i18n;

import dev.throughline.core.DomainException;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BundleMessagesTest {

    private static final Pattern LITERAL_KEY = Pattern.compile(
            "\"((?:error|segment|session|cadence|party|commitment|thread|tone|script|progress|prep|recap|habit"
                    + "|reflection|store|development|page|template)\\.[a-z0-9.\\-_]+)\"");

    @Test
    void formatsArgumentsAndResolvesNestedKeys() {
        BundleMessages messages = new BundleMessages(Locale.ENGLISH);
        assertEquals("Keep this under 1,000 characters.", messages.get("error.too.long", 1000));
        assertEquals("Open Progress Check before Blocker Clearing: the segments run in order.",
                messages.get("error.segment.order", MessageKey.of("segment.blocker-clearing.name"),
                        MessageKey.of("segment.progress-check.name")));
        assertEquals("What's in your way that you need my help with?",
                messages.get("segment.blocker-clearing.question"));
    }

    @Test
    void unknownKeyComesBackAsItself() {
        assertEquals("no.such.key", BundleMessages.english().get("no.such.key"));
    }

    @Test
    void domainExceptionsSpeakPlainEnglish() {
        DomainException e = new DomainException("error.required", "text");
        assertEquals("This field is required.", e.getMessage());
    }

    /** Every key the core's sources name literally must have a text: no raw key ever reaches a person. */
    @Test
    void everyKeyUsedInTheSourcesHasAText() throws IOException {
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = LITERAL_KEY.matcher(Files.readString(source));
                while (m.find()) {
                    if (!BundleMessages.english().has(m.group(1)) && !m.group(1).endsWith(".")) {
                        missing.add(m.group(1) + " (" + source.getFileName() + ")");
                    }
                }
            }
        }
        assertTrue(missing.isEmpty(), "keys without a text: " + missing);
    }

    /** Every key the shared templates ask for has a text. */
    @Test
    void everyKeyUsedInTheTemplatesHasAText() throws IOException {
        Pattern getText = Pattern.compile("getText\\(\"([^\"]+)\"");
        Set<String> missing = new TreeSet<>();
        int found = 0;
        try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/dev/throughline/core/templates"))) {
            for (Path template : templates.filter(p -> p.toString().endsWith(".vm")).toList()) {
                Matcher m = getText.matcher(Files.readString(template));
                while (m.find()) {
                    found++;
                    if (!BundleMessages.english().has(m.group(1))) {
                        missing.add(m.group(1) + " (" + template.getFileName() + ")");
                    }
                }
            }
        }
        assertTrue(found > 50, "the templates were read");
        assertTrue(missing.isEmpty(), "keys without a text: " + missing);
    }

    @Test
    void enumKeysAllHaveTexts() {
        BundleMessages m = BundleMessages.english();
        for (var s : dev.throughline.core.session.Segment.values()) {
            assertTrue(m.has(s.nameKey()) && m.has(s.questionKey()), s.name());
        }
        for (var s : dev.throughline.core.session.SessionState.values()) {
            assertTrue(m.has(s.i18nKey()), s.name());
        }
        for (var k : dev.throughline.core.commitment.CommitmentKind.values()) {
            assertTrue(m.has(k.i18nKey()), k.name());
        }
        for (var k : dev.throughline.core.commitment.CommitmentStatus.values()) {
            assertTrue(m.has(k.i18nKey()), k.name());
        }
        for (var k : dev.throughline.core.commitment.Party.values()) {
            assertTrue(m.has(k.i18nKey()), k.name());
        }
        for (var k : dev.throughline.core.development.ThreadStatus.values()) {
            assertTrue(m.has(k.i18nKey()), k.name());
        }
        for (var k : dev.throughline.core.cadence.Cadence.values()) {
            assertTrue(m.has(k.i18nKey()), k.name());
        }
    }

    @Test
    void bundlesAreValidMessageFormatPatterns() throws IOException {
        for (String base : BundleMessages.BUNDLES) {
            Properties p = new Properties();
            try (InputStream in = getClass().getResourceAsStream("/" + base.replace('.', '/') + ".properties")) {
                p.load(in);
            }
            for (String key : p.stringPropertyNames()) {
                new java.text.MessageFormat(p.getProperty(key)); // throws on a broken pattern
            }
        }
    }
}
