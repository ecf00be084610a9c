package dev.throughline.confluence.macro;

import dev.throughline.confluence.Views;
import dev.throughline.core.macro.Reading;
import dev.throughline.core.view.DevelopmentView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** {@code throughline-development} on a page: the thread and its history from Jira, or why not. */
class DevelopmentMacroTest {

    private final MacroSite site = new MacroSite();
    private final DevelopmentMacro macro = new DevelopmentMacro(site.jira, site.output, site.texts);

    private void jiraSends(DevelopmentView view) {
        when(site.jira.pairing("alex", null)).thenReturn(new Reading.Data<>(7L));
        when(site.jira.development(7)).thenReturn(new Reading.Data<>(view));
    }

    @Test
    void theActiveThreadWithItsWholeHistoryNewestFirst() throws Exception {
        jiraSends(Views.development(Views.thread("Public speaking", 500), false));

        String html = macro.execute(Map.of("report", "alex"), null, null);

        assertTrue(html.contains("Public speaking"), html);
        assertEquals(500, MacroSite.count(html, "<li><strong>Day \\d+</strong>"));
        assertTrue(html.indexOf("Day 500") < html.indexOf("Day 1<"), "newest first");
        assertFalse(html.contains("??"), "every text found");
        verify(site.pages.assembler().resources()).requireWebResource(MacroOutput.RESOURCES);
    }

    @Test
    void aLimitShowsTheNewestEntriesOnly() throws Exception {
        jiraSends(Views.development(Views.thread("Public speaking", 500), false));

        String html = macro.execute(Map.of("report", "alex", "limit", "3"), null, null);

        assertEquals(3, MacroSite.count(html, "<li><strong>Day \\d+</strong>"));
        assertTrue(html.contains("Day 500") && html.contains("Day 498") && !html.contains("Day 497"));
    }

    @Test
    void hostileTextShowsAsText() throws Exception {
        jiraSends(Views.development(Views.thread(Views.HOSTILE, 2), false));

        String html = macro.execute(Map.of("report", "alex"), null, null);

        assertFalse(html.contains("<script>"), html);
        assertTrue(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &#34;quoted&#34;"), html);
    }

    @Test
    void aPageIsReadNotEditedSoNoFormToStartAThread() throws Exception {
        jiraSends(Views.development(null, true));

        String html = macro.execute(Map.of("report", "alex"), null, null);

        assertFalse(html.contains("<form"), html);
        assertTrue(html.contains("No active development thread yet."), html);
    }

    @ParameterizedTest
    @MethodSource("dev.throughline.confluence.macro.MacroSite#failures")
    void eachFailureIsAMessageNeverATrace(Reading<Object> failure) throws Exception {
        when(site.jira.pairing("alex", "morgan")).thenReturn(new Reading.Data<>(7L));
        when(site.jira.development(7)).thenReturn(MacroSite.failing(failure));

        String html = macro.execute(Map.of("report", "alex", "manager", "morgan"), null, null);

        assertTrue(html.contains("class=\"aui-message aui-message-"), html);
        assertFalse(html.contains("Exception") || html.contains("??") || html.contains("Public speaking"), html);
    }

    @Test
    void notPermittedSaysNothingAboutWhetherThereIsAnything() throws Exception {
        when(site.jira.pairing("casey", null)).thenReturn(new Reading.NotPermitted<>());

        String html = macro.execute(Map.of("report", "casey"), null, null);

        assertTrue(html.contains("Nothing to show: there is no one-on-one here that Jira shares with you."), html);
        verify(site.jira, never()).development(anyLong());
    }

    @Test
    void aViewerWhoMustAuthoriseGetsTheLink() throws Exception {
        when(site.jira.pairing("alex", null)).thenReturn(new Reading.NeedsAuthorisation<>(MacroSite.AUTHORISE));

        String html = macro.execute(Map.of("report", "alex"), null, null);

        assertTrue(html.contains("href=\"https://confluence.example/plugins/servlet/applinks/oauth/login-dance"
                + "/authorize?applicationLinkID=1\""), html);
        assertTrue(html.contains("Authorise Throughline to read Jira"), html);
    }

    @Test
    void withoutAReportOrWithABadLimitItSaysSoAndAsksJiraNothing() throws Exception {
        assertTrue(macro.execute(Map.of(), null, null).contains("Choose a report"));
        assertTrue(macro.execute(Map.of("report", "alex", "limit", "0"), null, null)
                .contains("must be a whole number from 1 to 50"));
        verify(site.jira, never()).pairing(anyString(), org.mockito.ArgumentMatchers.any());
    }

    @Test
    void aBlockWithoutBody() {
        assertEquals(com.atlassian.confluence.macro.Macro.BodyType.NONE, macro.getBodyType());
        assertEquals(com.atlassian.confluence.macro.Macro.OutputType.BLOCK, macro.getOutputType());
        assertEquals(List.of(), dev.throughline.core.macro.Macros.forPage(Views.development(null, true), java.util.OptionalInt.of(1))
                .earlier());
    }
}
