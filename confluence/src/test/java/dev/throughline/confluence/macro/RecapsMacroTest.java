package dev.throughline.confluence.macro;

import dev.throughline.confluence.Views;
import dev.throughline.core.macro.Reading;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** {@code throughline-recap} on a page: the last recaps with their commitments from Jira, or why not. */
class RecapsMacroTest {

    private final MacroSite site = new MacroSite();
    private final RecapsMacro macro = new RecapsMacro(site.jira, site.output, site.texts);

    @Test
    void theLastFiveUnlessToldOtherwise() throws Exception {
        when(site.jira.pairing("alex", null)).thenReturn(new Reading.Data<>(7L));
        when(site.jira.recaps(7, 5)).thenReturn(new Reading.Data<>(Views.recaps(5, "Discussed X.")));

        String html = macro.execute(Map.of("report", "alex"), null, null);

        assertEquals(5, MacroSite.count(html, "<article class=\"tl-recap-item\""));
        assertTrue(html.contains("One-on-one recaps: Morgan Manager and Alex Report"), html);
        assertTrue(html.indexOf("Recap day 5") < html.indexOf("Recap day 1<"), "newest first");
        assertTrue(html.contains("Commitment 5 <span class=\"tl-muted\">Alex Report · Tue 1 Dec 2026 · Open</span>"),
                html);
        assertFalse(html.contains("??"), html);
    }

    @Test
    void aLongListRendersWhole() throws Exception {
        when(site.jira.pairing("alex", null)).thenReturn(new Reading.Data<>(7L));
        when(site.jira.recaps(7, 50)).thenReturn(new Reading.Data<>(Views.recaps(500, "Discussed X.")));

        String html = macro.execute(Map.of("report", "alex", "limit", "50"), null, null);

        assertEquals(500, MacroSite.count(html, "<article class=\"tl-recap-item\""));
    }

    @Test
    void hostileTextInARecapOrCommitmentShowsAsText() throws Exception {
        when(site.jira.pairing("alex", null)).thenReturn(new Reading.Data<>(7L));
        when(site.jira.recaps(7, 5)).thenReturn(new Reading.Data<>(Views.recaps(1, Views.HOSTILE)));

        String html = macro.execute(Map.of("report", "alex"), null, null);

        assertFalse(html.contains("<script>"), html);
        assertTrue(html.contains("<li>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"), html);
    }

    @Test
    void noRecapsYetIsSaid() throws Exception {
        when(site.jira.pairing("alex", null)).thenReturn(new Reading.Data<>(7L));
        when(site.jira.recaps(7, 5)).thenReturn(new Reading.Data<>(Views.recaps(0, "unused")));

        assertTrue(macro.execute(Map.of("report", "alex"), null, null).contains("No recaps yet."));
    }

    @ParameterizedTest
    @MethodSource("dev.throughline.confluence.macro.MacroSite#failures")
    void eachFailureIsAMessageNeverATrace(Reading<Object> failure) throws Exception {
        when(site.jira.pairing("alex", null)).thenReturn(MacroSite.failing(failure));

        String html = macro.execute(Map.of("report", "alex"), null, null);

        assertTrue(html.strip().startsWith("<div class=\"aui-message aui-message-"), html);
        assertFalse(html.contains("Exception") || html.contains("??"), html);
        verify(site.jira, never()).recaps(anyLong(), anyInt());
    }

    @Test
    void aBadLimitIsSaidAndJiraIsNotAsked() throws Exception {
        String html = macro.execute(Map.of("report", "alex", "limit", "51"), null, null);
        assertTrue(html.contains("must be a whole number from 1 to 50"), html);
        verify(site.jira, never()).recaps(anyLong(), anyInt());
    }
}
