package dev.throughline.jira.work;

import dev.throughline.core.i18n.BundleMessages;
import dev.throughline.jira.provision.FieldSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Summaries fit Jira on one line; refusals read in the viewer's texts; the names match what provisioning makes. */
class IssueTextTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Ask infra|Ask infra",
        "'  two\n lines\there  '|two lines here",
        "Zoë’s ünïcode review|Zoë’s ünïcode review",
        "<script>alert(1)</script>|<script>alert(1)</script>"})
    void aSummaryIsTheTextOnOneLine(String text, String summary) {
        assertEquals(summary, IssueText.summary(text));
    }

    @Test
    void aSummaryOfExactlyTheLimitIsKeptAndOneLongerIsCutWithAnEllipsis() {
        assertEquals("a".repeat(255), IssueText.summary("a".repeat(255)));
        String cut = IssueText.summary("a".repeat(256));
        assertEquals(255, cut.length());
        assertTrue(cut.endsWith("\u2026"));
    }

    @Test
    void aCutNeverSplitsACharacterPair() {
        String text = "a".repeat(253) + "\uD83D\uDE00" + "tail";

        String cut = IssueText.summary(text);

        assertEquals("a".repeat(253) + "\u2026", cut);
    }

    @Test
    void theSessionSummaryNamesBothAndTheDay() {
        assertEquals("1:1 Morgan Lee / Alex O'Neil \u2014 2026-12-03",
                IssueText.session("Morgan Lee", "Alex O'Neil", LocalDate.of(2026, 12, 3)));
    }

    @Test
    void aRefusalReadsInTheViewersTextsWhichIncludeThePlugins() {
        WorkRefusal refusal = new WorkRefusal("throughline.work.refused", null, "Summary is required.");

        assertEquals("Jira refused the commitment: Summary is required.", refusal.getMessage());
        assertEquals(refusal.getMessage(), refusal.message(
                new BundleMessages(Locale.ENGLISH, List.of("dev.throughline.jira.i18n.jira"))));
    }

    @Test
    void everyProvisionedFieldIsWrittenAndEachExactlyOnce() {
        assertEquals(FieldSpec.ALL.stream().map(FieldSpec::name).toList(),
                Arrays.stream(SessionField.values()).map(SessionField::fieldName).toList());
    }
}
