package dev.throughline.standalone.web;

import dev.throughline.core.i18n.BundleMessages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every value a template inserts is HTML-escaped unless its name ends in "Html"; a missing text shows its key. */
class PageRendererTest {

    private static final String TEMPLATE = "dev/throughline/standalone/web/escaping.vm";
    private static final String LAYOUT = "dev/throughline/standalone/templates/layout.vm";

    private final PageRenderer renderer = new PageRenderer(new BundleMessages(Locale.ENGLISH,
            List.of("dev.throughline.standalone.i18n.sandbox")));

    @ParameterizedTest
    @ValueSource(strings = {"<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "O'Brien", "R&D",
            "' onmouseover='alert(1)"})
    void hostileValuesComeOutAsText(String hostile) {
        String html = render(hostile);
        String escaped = escaped(hostile);
        for (String id : new String[] {"plain", "quiet", "braced", "title"}) {
            assertEquals(escaped, element(html, "p|div", id), id);
        }
        assertTrue(html.contains("title=\"" + escaped + "\""), html);
        assertFalse(html.contains(hostile), html);
    }

    @Test
    void referencesNamedHtmlAreInsertedAsTheyAre() {
        String html = render("x");
        assertEquals("<b>prepared</b>", element(html, "div", "body"));
        assertEquals("<em>summary</em>", element(html, "div", "summary"));
    }

    @Test
    void aMissingTextShowsItsKeyInsteadOfFailing() {
        String html = render("x");
        assertEquals("??no.such.key??", element(html, "p", "missing"));
        assertEquals("Sign in to the Throughline sandbox", element(html, "p", "known"));
    }

    @Test
    void argumentsOfATextAreEscapedWithIt() {
        String html = render("<b>Sam</b>");
        assertEquals("&lt;b&gt;Sam&lt;/b&gt; and Alex", element(html, "p", "args"));
    }

    @Test
    void theLayoutEscapesTheTitleAndTheViewerNameButNotTheBody() {
        Map<String, Object> values = new HashMap<>();
        values.put("title", "<script>alert(1)</script>");
        values.put("viewerName", "\"><img src=x onerror=alert(1)>");
        values.put("xsrfToken", "token\"><x>");
        values.put("baseUrl", "");
        values.put("bodyHtml", "<p id=\"prepared\">body</p>");
        String html = renderer.render(LAYOUT, values);
        assertFalse(html.contains("<script>alert(1)"), html);
        assertFalse(html.contains("<img src=x"), html);
        assertFalse(html.contains("token\"><x>"), html);
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), html);
        assertTrue(html.contains("<p id=\"prepared\">body</p>"), html);
    }

    private String render(String value) {
        Map<String, Object> view = new HashMap<>();
        view.put("title", value);
        view.put("summaryHtml", "<em>summary</em>");
        Map<String, Object> values = new HashMap<>();
        values.put("value", value);
        values.put("bodyHtml", "<b>prepared</b>");
        values.put("view", view);
        return renderer.render(TEMPLATE, values);
    }

    private static String escaped(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&#34;")
                .replace("'", "&#39;");
    }

    private static String element(String html, String tags, String id) {
        Matcher m = Pattern.compile("<(?:" + tags + ") id=\"" + id + "\">(.*?)</(?:" + tags + ")>").matcher(html);
        assertTrue(m.find(), "no #" + id + " in " + html);
        return m.group(1);
    }
}
