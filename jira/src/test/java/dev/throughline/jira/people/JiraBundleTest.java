package dev.throughline.jira.people;

import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.util.Properties;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The plugin's texts are read through MessageFormat (by Jira and by the core alike), where a lone apostrophe starts a
 * quote and disappears: every apostrophe is doubled.
 */
class JiraBundleTest {

    private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");

    @Test
    void everyApostropheIsDoubled() throws Exception {
        Properties texts = new Properties();
        try (InputStream in = JiraBundleTest.class.getResourceAsStream("/dev/throughline/jira/i18n/jira.properties")) {
            assertNotNull(in);
            texts.load(in);
        }
        for (String key : texts.stringPropertyNames()) {
            assertTrue(!LONE_APOSTROPHE.matcher(texts.getProperty(key)).find(), key + " has a lone apostrophe");
        }
    }
}
