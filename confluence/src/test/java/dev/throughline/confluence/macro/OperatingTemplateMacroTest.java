package dev.throughline.confluence.macro;

import dev.throughline.confluence.Views;
import dev.throughline.core.macro.Reading;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

/** {@code throughline-template} on a page: the method without Jira, filled for those who may see a pairing. */
class OperatingTemplateMacroTest {

    private final MacroSite site = new MacroSite();
    private final OperatingTemplateMacro macro = new OperatingTemplateMacro(site.jira, site.output, site.texts);

    @Test
    void withoutAReportItNeedsNoJira() throws Exception {
        String html = macro.execute(Map.of(), null, null);

        assertTrue(html.contains("<div class=\"tl-operating-template\">"), html);
        assertEquals(3, MacroSite.count(html, "<tr><td>\\d</td>"), "three segments");
        assertTrue(html.contains("Progress Check") && html.contains("Blocker Clearing")
                && html.contains("Development Thread"), html);
        assertFalse(html.contains("??") || html.contains("tl-live"), html);
        verifyNoInteractions(site.jira);
    }

    @Test
    void withAReportTheViewerSharesItIsFilled() throws Exception {
        when(site.jira.pairing("alex", null)).thenReturn(new Reading.Data<>(7L));
        when(site.jira.template(7)).thenReturn(new Reading.Data<>(Views.filledTemplate(Views.HOSTILE)));

        String html = macro.execute(Map.of("report", "alex"), null, null);

        assertTrue(html.contains("With Alex Report"), html);
        assertTrue(html.contains("Public speaking"), html);
        assertFalse(html.contains("<script>"), html);
        assertTrue(html.contains("&lt;script&gt;"), html);
    }

    @Test
    void forAnyoneElseItIsThePlainTemplateExactly() throws Exception {
        String plain = macro.execute(Map.of(), null, null);
        when(site.jira.pairing("alex", null)).thenReturn(new Reading.NotPermitted<>());

        assertEquals(plain, macro.execute(Map.of("report", "alex"), null, null));
    }

    @Test
    void whenJiraCannotBeReadThePlainTemplateShowsUnderWhy() throws Exception {
        when(site.jira.pairing("alex", null)).thenReturn(new Reading.Unreachable<>());

        String html = macro.execute(Map.of("report", "alex"), null, null);

        assertTrue(html.strip().startsWith("<div class=\"aui-message aui-message-warning"), html);
        assertTrue(html.contains("Jira did not answer in time."), html);
        assertTrue(html.contains("<div class=\"tl-operating-template\">"), html);
    }

    @Test
    void aBadNameIsSaid() throws Exception {
        assertTrue(macro.execute(Map.of("report", "x".repeat(300)), null, null).contains("is not a user name"));
        verifyNoInteractions(site.jira);
    }
}
